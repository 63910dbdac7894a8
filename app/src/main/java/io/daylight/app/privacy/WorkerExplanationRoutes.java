package io.daylight.app.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.console.Decisions;
import io.daylight.app.security.ApiException;
import io.daylight.app.security.Guard;
import io.daylight.app.security.Permission;
import io.daylight.app.serve.ApiRoute;
import io.daylight.app.serve.HttpApi;
import io.daylight.app.serve.RouteModule;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.store.AuditLog;
import io.daylight.store.FindingStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;

/**
 * The worker-facing explanation of a case, for the analyst who asks the worker to verify it. DECIDE
 * (admin, analyst): preparing what a worker is told is part of reviewing the case, which auditors
 * do not do. Each read is written to the audit log like every other read of a case.
 *
 * <p>The deploying organisation's contact line comes from {@value WorkerExplanation#CONTACT_ENV}
 * (for example "privacy@corp.example, or your HR partner"); without it the text says
 * {@value WorkerExplanation#DEFAULT_CONTACT}. Retention periods are the ones the purge runs with.
 */
public final class WorkerExplanationRoutes implements RouteModule {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FindingStore findings;
  private final AuditLog audit;
  private final Decisions decisions;
  private final RetentionJob retention;
  private final String contact;

  public WorkerExplanationRoutes(FindingStore findings, AuditLog audit, Decisions decisions, RetentionJob retention) {
    this(findings, audit, decisions, retention, System.getenv(WorkerExplanation.CONTACT_ENV));
  }

  public WorkerExplanationRoutes(FindingStore findings, AuditLog audit, Decisions decisions, RetentionJob retention,
                                 String contact) {
    this.findings = Objects.requireNonNull(findings, "findings");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.retention = Objects.requireNonNull(retention, "retention");
    this.contact = contact;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/v1/cases/{subject}/worker-explanation", Permission.DECIDE, "privacy",
        "What to tell the worker about their case (GDPR Art. 13-15, 22): observations in plain words, the data"
            + " used, retention, who decides, how to respond; no other person, threshold or score. ?kind=worker (the default) only",
        this::explain));
  }

  private void explain(Context ctx) {
    // ?kind= like every other case route; absent means worker.
    SubjectKind kind = HttpApi.enumParam(ctx.queryParam("kind"), SubjectKind.class);
    if (kind == null) kind = SubjectKind.WORKER;
    String subject = ctx.pathParam("subject");
    if (kind == SubjectKind.APPLICANT) {
      throw new ApiException(404, "applicant clusters have no worker explanation: applicants are told through the "
          + "applicant tracking system");
    }
    if (kind != SubjectKind.WORKER) throw new ApiException(404, "only a worker's case has a worker explanation");
    List<Finding> list = findings.bySubject(kind, subject);
    if (list.isEmpty()) throw new ApiException(404, "no worker case for " + subject);
    WorkerExplanation e = WorkerExplanation.of(subject, list, decisions::isSuppressed, retention.policy(), contact);
    audit.append(Guard.principal(ctx).name(), "explanation.read", Decisions.target(kind, subject),
        JSON.createObjectNode().put("observations", e.observations().size()).toString());
    ctx.json(e.toJson());
  }
}
