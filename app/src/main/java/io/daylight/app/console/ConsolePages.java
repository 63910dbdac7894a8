package io.daylight.app.console;

import io.daylight.app.security.ApiException;
import io.daylight.app.security.Permission;
import io.daylight.app.serve.ApiRoute;
import io.daylight.app.serve.RouteModule;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The console's pages and static files, from the classpath (console/). They hold no data: every
 * page fetches JSON from the guarded API, so the pages themselves are public. Only the files named
 * here are served (no path from the request reaches the classpath lookup).
 */
public final class ConsolePages implements RouteModule {
  static final Map<String, String> ASSETS = Map.of(
      "console.css", "text/css; charset=utf-8",
      "common.js", "text/javascript; charset=utf-8",
      "login.js", "text/javascript; charset=utf-8",
      "queue.js", "text/javascript; charset=utf-8",
      "case.js", "text/javascript; charset=utf-8",
      "explanation.js", "text/javascript; charset=utf-8",
      "charts.js", "text/javascript; charset=utf-8",
      "world-110m.json", "application/json");

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        page("/", "queue.html", "The case queue"),
        page("/login", "login.html", "Sign-in page"),
        page("/cases/{subject}", "case.html", "A case page (data from /v1/cases/{subject})"),
        new ApiRoute(HandlerType.GET, "/console/{file}", Permission.PUBLIC, 0, "console",
            "Console scripts, styles and the offline world map", "*/*", ConsolePages::asset));
  }

  private static ApiRoute page(String path, String file, String summary) {
    return new ApiRoute(HandlerType.GET, path, Permission.PUBLIC, 0, "console", summary, "text/html",
        ctx -> serve(ctx, file, "text/html; charset=utf-8"));
  }

  private static void asset(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    String type = ASSETS.get(file);
    if (type == null) throw new ApiException(404, "no such file");
    serve(ctx, file, type);
  }

  private static void serve(Context ctx, String file, String type) throws IOException {
    try (InputStream in = ConsolePages.class.getResourceAsStream("/console/" + file)) {
      if (in == null) throw new ApiException(404, "no such file");
      ctx.contentType(type).result(in.readAllBytes());
    }
  }
}
