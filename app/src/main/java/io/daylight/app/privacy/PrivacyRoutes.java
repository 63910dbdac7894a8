package io.daylight.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.security.Bodies;
import io.daylight.app.security.Guard;
import io.daylight.app.security.Permission;
import io.daylight.app.serve.ApiRoute;
import io.daylight.app.serve.RouteModule;
import io.daylight.core.detect.SubjectKind;
import io.daylight.store.AuditEntry;
import io.daylight.store.AuditLog;
import io.daylight.store.LegalHolds;
import io.daylight.store.SubjectRecords;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Admin-only routes for privacy operations while serve runs: legal holds, a person's export and
 * erasure, and an on-demand retention run. Each is audited by the store classes it calls.
 */
public final class PrivacyRoutes implements RouteModule {
  private final LegalHolds holds;
  private final SubjectRecords records;
  private final RetentionJob retention;

  public PrivacyRoutes(DataSource dataSource, AuditLog audit, RetentionJob retention) {
    this.holds = new LegalHolds(dataSource, audit);
    this.records = new SubjectRecords(dataSource, audit, Clock.systemUTC());
    this.retention = retention;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.post("/v1/cases/{subject}/hold", Permission.ADMINISTER, "privacy",
            "Place the case under legal hold (?kind=worker|applicant; body {\"reason\"}): retention and erasure keep it",
            this::hold),
        new ApiRoute(HandlerType.DELETE, "/v1/cases/{subject}/hold", Permission.ADMINISTER, 4096, "privacy",
            "Lift the legal hold (?kind=; optional body {\"reason\"})", "application/json", this::release),
        ApiRoute.get("/v1/subjects/{id}/export", Permission.ADMINISTER, "privacy",
            "Everything stored under a worker or application id, as readable JSON (GDPR Art. 15)", this::export),
        ApiRoute.post("/v1/subjects/{id}/erase", Permission.ADMINISTER, "privacy",
            "Erase everything stored under the id but the audit log (Art. 17); 409 under legal hold unless body"
                + " {\"override_hold\":reason}", this::erase),
        ApiRoute.post("/v1/retention/run", Permission.ADMINISTER, "privacy",
            "Run the retention purge now; without ?confirm=true only counts what it would remove", this::runRetention));
  }

  private static String kind(Context ctx) {
    String k = ctx.queryParam("kind");
    SubjectKind kind = k == null ? SubjectKind.WORKER : SubjectKind.valueOf(k.toUpperCase(Locale.ROOT));
    return kind.wire();
  }

  private void hold(Context ctx) throws Exception {
    String reason = Bodies.text(Bodies.json(ctx), "reason", 2000);
    holds.hold(kind(ctx), ctx.pathParam("subject"), reason, Guard.principal(ctx).name());
    ctx.json(java.util.Map.of("legal_hold", true));
  }

  private void release(Context ctx) throws Exception {
    String reason = null;
    if (ctx.contentLength() > 0) {
      JsonNode body = Bodies.json(ctx);
      if (body.hasNonNull("reason")) reason = Bodies.text(body, "reason", 2000);
    }
    holds.release(kind(ctx), ctx.pathParam("subject"), reason, Guard.principal(ctx).name());
    ctx.json(java.util.Map.of("legal_hold", false));
  }

  private void export(Context ctx) {
    ObjectNode doc = records.export(ctx.pathParam("id"), Guard.principal(ctx).name());
    ctx.json(doc);
  }

  private void erase(Context ctx) throws Exception {
    String override = null;
    if (ctx.contentLength() > 0) {
      JsonNode body = Bodies.json(ctx);
      if (body.hasNonNull("override_hold")) override = Bodies.text(body, "override_hold", 2000);
    }
    try {
      AuditEntry tombstone = records.erase(ctx.pathParam("id"), Guard.principal(ctx).name(), override);
      retention.forgetPurged();
      ctx.json(java.util.Map.of("erased", ctx.pathParam("id"), "audit_id", tombstone.id()));
    } catch (SubjectRecords.HeldException e) {
      ctx.status(409).json(io.daylight.app.serve.HttpApi.error(e.getMessage()));
    }
  }

  private void runRetention(Context ctx) {
    // Destructive, so a bare POST is a dry run: the caller confirms after seeing the counts.
    boolean dry = !"true".equals(ctx.queryParam("confirm"));
    ctx.contentType("application/json").result(retention.run(Guard.principal(ctx).name(), dry).toJson());
  }
}
