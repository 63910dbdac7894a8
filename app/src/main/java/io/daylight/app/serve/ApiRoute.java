package io.daylight.app.serve;

import io.daylight.app.security.Permission;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One endpoint: method, path, what it requires, how big a body it takes, and what it does. The
 * HTTP API and the OpenAPI document are both built from these, so they cannot disagree.
 *
 * @param maxBodyBytes a bigger request body is refused with 413 (0: no body expected)
 * @param tag the OpenAPI tag (console, cases, ingest, ...)
 * @param produces the response media type
 */
public record ApiRoute(HandlerType method, String path, Permission permission, long maxBodyBytes, String tag,
                       String summary, String produces, Handler handler) {
  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(handler, "handler");
  }

  /** Small JSON bodies: decisions, comments, sign-in (a reason of a few paragraphs fits in 16 KiB). */
  public static final long SMALL_BODY = 16 * 1024;

  public static ApiRoute get(String path, Permission p, String tag, String summary, Handler h) {
    return new ApiRoute(HandlerType.GET, path, p, 0, tag, summary, "application/json", h);
  }

  public static ApiRoute post(String path, Permission p, String tag, String summary, Handler h) {
    return new ApiRoute(HandlerType.POST, path, p, SMALL_BODY, tag, summary, "application/json", h);
  }

  public ApiRoute withBody(long max) {
    return new ApiRoute(method, path, permission, max, tag, summary, produces, handler);
  }

  public ApiRoute producing(String mediaType) {
    return new ApiRoute(method, path, permission, maxBodyBytes, tag, summary, mediaType, handler);
  }

  public boolean changesState() {
    return method != HandlerType.GET && method != HandlerType.HEAD;
  }
}
