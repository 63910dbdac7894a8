package io.daylight.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.ImportStats;
import io.daylight.adapters.Importer;
import io.daylight.adapters.Importers;
import io.daylight.adapters.Mapping;
import io.daylight.app.output.CaseJson;
import io.daylight.app.output.OcsfFinding;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.core.score.Level;
import io.daylight.store.CaseQuery;
import io.daylight.store.CaseStore;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The HTTP API, configured as code: routes, limits and error handling in one place. */
public final class HttpApi {
  /** A bigger body is refused: split uploads into batches (the sensors send far smaller ones). */
  public static final long MAX_BODY_BYTES = 64L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpApi() {}

  public static Javalin create(DaylightService service, EventStore events, CaseStore cases, FindingStore findings,
                               ServiceMetrics metrics, Mapping mapping) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.routes.post("/v1/events", ctx -> ingest(ctx, service));
      config.routes.post("/v1/import/{format}", ctx -> importVendor(ctx, service, mapping));
      config.routes.get("/v1/cases", ctx -> listCases(ctx, cases));
      config.routes.get("/v1/cases/{subject}", ctx -> oneCase(ctx, cases, findings, events));
      config.routes.get("/health", ctx -> ctx.json(health(events)));
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage())));
    });
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

  private static void listCases(Context ctx, CaseStore cases) {
    Level level = enumParam(ctx.queryParam("level"), Level.class);
    SubjectKind kind = enumParam(ctx.queryParam("kind"), SubjectKind.class);
    int limit = intParam(ctx.queryParam("limit"), 100, 1, 1000);
    int offset = intParam(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
    ArrayNode arr = JSON.createArrayNode();
    CaseQuery q = CaseQuery.top(limit).from(offset);
    if (level != null) q = q.atLevels(level);
    if (kind != null) q = q.ofKinds(kind);
    for (Case c : cases.list(q)) arr.add(CaseJson.toJson(c));
    ctx.json(arr);
  }

  private static void oneCase(Context ctx, CaseStore cases, FindingStore findings, EventStore events) {
    SubjectKind kind = Optional.ofNullable(enumParam(ctx.queryParam("kind"), SubjectKind.class)).orElse(SubjectKind.WORKER);
    String subject = ctx.pathParam("subject");
    Optional<Case> c = cases.get(kind, subject);
    if (c.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).json(error("no " + kind.wire() + " case for " + subject));
      return;
    }
    ObjectNode o = CaseJson.toJson(c.get());
    ArrayNode fs = o.putArray("finding_details");
    List<Finding> list = findings.bySubject(kind, subject);
    for (Finding f : list) fs.add(OcsfFinding.toJson(f));
    ctx.json(o);
  }

  private static ObjectNode health(EventStore events) {
    ObjectNode o = JSON.createObjectNode();
    o.put("status", "ok");
    o.put("events", events.count());
    return o;
  }

  static ObjectNode error(String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message);
    return o;
  }

  private static <E extends Enum<E>> E enumParam(String v, Class<E> type) {
    if (v == null || v.isBlank()) return null;
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + ": " + v);
    }
  }

  private static int intParam(String v, int dflt, int min, int max) {
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
