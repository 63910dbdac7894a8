package io.daylight.app.sensor;

import io.daylight.app.security.Permission;
import io.daylight.app.serve.ApiRoute;
import io.daylight.app.serve.RouteModule;
import io.javalin.config.JavalinConfig;
import java.util.List;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser sensor's HTTP side: {@code GET /sensor.js} (the script, with its Subresource
 * Integrity hash in a header and at {@code GET /sensor.js.sri}) and {@code POST /v1/echo}, the
 * application-level round trip the script times (contract {@code rtt}, method {@code app}; the
 * server is the landmark). The echo does no work and reads no body, so its round trip is the
 * path's plus the server's scheduling, which is what "app" means in the contract.
 */
public final class SensorRoutes {
  static final String RESOURCE = "/sensor/sensor.js";
  private static final byte[] SCRIPT = load();
  private static final String INTEGRITY = "sha384-" + Base64.getEncoder().encodeToString(sha384(SCRIPT));

  /** Where the server that answers the echo stands: the landmark of the browser's {@code rtt} events. */
  public record ServerPlace(String id, double lat, double lon) {}

  private SensorRoutes() {}

  /**
   * Adds the sensor routes. {@code place} may be null: the echo then names no landmark and the
   * script sends no {@code rtt} events (a round trip to a server of unknown place locates nothing).
   */
  public static void register(JavalinConfig config, ServerPlace place) {
    for (ApiRoute r : module(place).routes()) config.routes.addHttpHandler(r.method(), r.path(), r.handler());
  }

  /**
   * The same routes for {@code serve}, each with its permission: the script and its hash are public
   * (a page must load them before anyone signs in); the echo takes the page's ingest token.
   */
  public static RouteModule module(ServerPlace place) {
    List<ApiRoute> routes = List.of(
        ApiRoute.get("/sensor.js", Permission.PUBLIC, "sensor", "The browser timing sensor (timing only, never content)",
            SensorRoutes::script).producing("application/javascript"),
        ApiRoute.get("/sensor.js.sri", Permission.PUBLIC, "sensor", "The script's Subresource Integrity hash",
            ctx -> ctx.contentType("text/plain; charset=utf-8").result(INTEGRITY)).producing("text/plain"),
        ApiRoute.post("/v1/echo", Permission.INGEST, "sensor", "Application-level round trip for the browser sensor",
            ctx -> echo(ctx, place)).withBody(ApiRoute.SMALL_BODY));
    return () -> routes;
  }

  /** The {@code integrity} attribute value for the script tag, e.g. {@code sha384-…}. */
  public static String integrity() {
    return INTEGRITY;
  }

  private static void script(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Daylight-Integrity", INTEGRITY);
    // SRI on a cross-origin script needs CORS: the including page uses crossorigin="anonymous".
    ctx.header("Access-Control-Allow-Origin", "*");
    ctx.contentType("application/javascript; charset=utf-8").result(SCRIPT);
  }

  private static void echo(Context ctx, ServerPlace place) {
    ctx.header("Cache-Control", "no-store");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("server_time_ms", System.currentTimeMillis());
    if (place != null) body.put("landmark", Map.of("id", place.id(), "lat", place.lat(), "lon", place.lon()));
    ctx.json(body);
  }

  private static byte[] load() {
    try (InputStream in = SensorRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] sha384(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-384").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-384 is required of every Java platform", e);
    }
  }
}
