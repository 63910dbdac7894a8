package io.daylight.app.serve;

import java.util.List;

/**
 * A group of routes added to the API (the console, exports, a sensor script). Each route declares
 * its permission and body limit, so a module cannot add an unguarded endpoint.
 */
public interface RouteModule {
  List<ApiRoute> routes();
}
