package io.daylight.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.ImportStats;
import io.daylight.adapters.Importer;
import io.daylight.adapters.Importers;
import io.daylight.adapters.Mapping;
import io.daylight.app.console.OpenApiDocument;
import io.daylight.app.security.ApiException;
import io.daylight.app.security.Guard;
import io.daylight.app.security.Permission;
import io.daylight.app.security.Security;
import io.daylight.app.security.SessionRoutes;
import io.daylight.store.EventStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP API, configured as code: every route is an {@link ApiRoute} with its permission and
 * body limit, wrapped by the {@link Guard} before its handler runs, and listed in /openapi.json.
 * Security headers (a strict Content-Security-Policy: scripts and styles only from this origin,
 * nothing inline) go on every response.
 */
public final class HttpApi {
  /** A bigger body is refused: split uploads into batches (the sensors send far smaller ones). */
  public static final long MAX_BODY_BYTES = 64L << 20;
  /** A refused body up to this size is read to its end so the client hears the 413 (a few small JSON bodies). */
  static final long DRAIN_LIMIT = 256L << 10;
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpApi() {}

  /**
   * Every route: the API's own (ingest, import, health, metrics, sign-in, tokens, OpenAPI) and those
   * of {@code modules} (the console, exports; other modules such as a sensor script go here too).
   */
  public static List<ApiRoute> routes(DaylightService service, EventStore events, ServiceMetrics metrics, Mapping mapping,
                                      Security security, List<RouteModule> modules) {
    List<ApiRoute> routes = new java.util.ArrayList<>(coreRoutes(service, events, metrics, mapping, security));
    for (RouteModule m : modules) routes.addAll(m.routes());
    byte[][] openApi = new byte[1][];
    routes.add(ApiRoute.get("/openapi.json", Permission.PUBLIC, "meta", "This OpenAPI 3 document",
        ctx -> ctx.contentType("application/json").result(openApi[0])));
    List<ApiRoute> all = List.copyOf(routes);
    openApi[0] = OpenApiDocument.build(all).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return all;
  }

  /** The server for {@code routes}, each behind the guard. */
  public static Javalin create(List<ApiRoute> routes, Security security) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.routes.before(HttpApi::securityHeaders);
      for (ApiRoute r : routes) config.routes.addHttpHandler(r.method(), r.path(), guarded(r, security));
      config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(error(e.getMessage())));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage())));
    });
  }

  private static io.javalin.http.Handler guarded(ApiRoute r, Security security) {
    return ctx -> {
      security.guard().admit(ctx, r.permission(), r.changesState());
      long length = ctx.contentLength();
      if (length > r.maxBodyBytes() && (r.maxBodyBytes() > 0 || length > 0)) {
        drainSmallBody(ctx, length);
        throw new ApiException(413, "body too large: at most " + r.maxBodyBytes() + " bytes");
      }
      r.handler().handle(ctx);
    };
  }

  /**
   * Reads and discards a refused body of at most {@link #DRAIN_LIMIT} bytes. Without this the server
   * answers 413 and closes while the client is still writing, and the client sees a broken pipe
   * instead of the reason (seen once in five CI runs of ConsoleApiTest). Larger bodies are not read:
   * refusing them cheaply matters more than a tidy answer.
   */
  private static void drainSmallBody(Context ctx, long length) {
    if (length <= 0 || length > DRAIN_LIMIT) return;
    try {
      java.io.InputStream in = ctx.req().getInputStream();
      byte[] sink = new byte[8192];
      long left = length;
      while (left > 0) {
        int n = in.read(sink, 0, (int) Math.min(sink.length, left));
        if (n < 0) break;
        left -= n;
      }
    } catch (java.io.IOException e) {
      // The client went away; there is nobody left to tell.
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }

  private static List<ApiRoute> coreRoutes(DaylightService service, EventStore events, ServiceMetrics metrics,
                                           Mapping mapping, Security security) {
    SessionRoutes session = new SessionRoutes(security);
    return List.of(
        ApiRoute.post("/v1/events", Permission.INGEST, "ingest", "Ingest contract events (NDJSON), acknowledged once durable",
            ctx -> ingest(ctx, service)).withBody(MAX_BODY_BYTES),
        ApiRoute.post("/v1/import/{format}", Permission.INGEST, "ingest",
            "Convert a vendor export (okta, entra, gworkspace, osquery, greenhouse, csv, git) and ingest it",
            ctx -> importVendor(ctx, service, mapping)).withBody(MAX_BODY_BYTES),
        ApiRoute.get("/health", Permission.PUBLIC, "meta", "Liveness and the number of stored events",
            ctx -> ctx.json(health(events))),
        ApiRoute.get("/metrics", Permission.METRICS, "meta", "Prometheus metrics (no personal data)",
            ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()))
            .producing("text/plain"),
        ApiRoute.post("/v1/session", Permission.PUBLIC, "session", "Sign in with name and password; sets the session cookie",
            session::signIn),
        ApiRoute.get("/v1/session", Permission.SIGNED_IN, "session", "Who is signed in, and the CSRF token for changes",
            session::current),
        new ApiRoute(io.javalin.http.HandlerType.DELETE, "/v1/session", Permission.SIGNED_IN, 0, "session", "Sign out",
            "application/json", session::signOut),
        ApiRoute.get("/v1/tokens", Permission.ADMINISTER, "tokens", "API tokens (without secrets)", session::listTokens),
        ApiRoute.post("/v1/tokens", Permission.ADMINISTER, "tokens", "Create an API token; the secret is shown once",
            session::createToken),
        new ApiRoute(io.javalin.http.HandlerType.DELETE, "/v1/tokens/{id}", Permission.ADMINISTER, 0, "tokens",
            "Revoke an API token", "application/json", session::revokeToken));
  }

  private static void ingest(Context ctx, DaylightService service) throws Exception {
    String ct = ctx.contentType();
    if (ct != null && !ct.startsWith("application/x-ndjson") && !ct.startsWith("application/json")
        && !ct.startsWith("text/plain")) {
      ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json(error("send NDJSON (application/x-ndjson)"));
      return;
    }
    ctx.json(report(service.ingest(ctx.bodyInputStream(), "http:" + ctx.ip())));
  }

  private static ObjectNode report(DaylightService.IngestReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("accepted", r.accepted());
    o.put("duplicates", r.duplicates());
    o.put("rejected", r.rejected());
    o.put("late", r.late());
    ArrayNode lines = o.putArray("lines");
    for (DaylightService.LineResult l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("line", l.line());
      n.put("status", l.status());
      if (l.id() != null) n.put("id", l.id());
      if (l.reason() != null) n.put("reason", l.reason());
    }
    return o;
  }

  /**
   * Converts a vendor export (Okta, Entra, Google Workspace, osquery, Greenhouse, CSV, git) to
   * contract events with the same adapters as {@code daylight import}, then ingests them.
   */
  private static void importVendor(Context ctx, DaylightService service, Mapping mapping) throws Exception {
    Importer importer = Importers.forFormat(ctx.pathParam("format"), mapping);
    java.io.ByteArrayOutputStream converted = new java.io.ByteArrayOutputStream();
    List<io.daylight.ingest.Rejection> rejections = new java.util.ArrayList<>();
    String source = "http:" + ctx.ip() + ":" + importer.format();
    ImportStats stats = importer.convert(ctx.bodyInputStream(), source, new ImportSink() {
      @Override
      public void event(ObjectNode event) {
        converted.writeBytes(event.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        converted.write('\n');
      }

      @Override
      public void rejected(io.daylight.ingest.Rejection r) {
        rejections.add(r);
      }
    });
    service.rejectedUpstream(rejections);
    DaylightService.IngestReport r = service.ingest(new java.io.ByteArrayInputStream(converted.toByteArray()), source);
    ObjectNode o = report(r);
    ObjectNode imp = o.putObject("import");
    imp.put("records", stats.records());
    imp.put("events", stats.events());
    imp.put("rejected", stats.rejected());
    imp.put("skipped", stats.skipped());
    ArrayNode rej = imp.putArray("rejections");
    for (io.daylight.ingest.Rejection x : rejections) rej.addObject().put("line", x.line()).put("reason", x.reason());
    ctx.json(o);
  }

  private static ObjectNode health(EventStore events) {
    ObjectNode o = JSON.createObjectNode();
    o.put("status", "ok");
    o.put("events", events.count());
    return o;
  }

  public static ObjectNode error(String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message);
    return o;
  }

  public static <E extends Enum<E>> E enumParam(String v, Class<E> type) {
    if (v == null || v.isBlank()) return null;
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + ": " + v);
    }
  }

  public static int intParam(String v, int dflt, int min, int max) {
    if (v == null || v.isBlank()) return dflt;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw new IllegalArgumentException("out of range [" + min + "," + max + "]: " + v);
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + v);
    }
  }
}
