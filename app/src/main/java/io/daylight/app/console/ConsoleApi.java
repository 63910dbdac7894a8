package io.daylight.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.output.CaseJson;
import io.daylight.app.output.OcsfFinding;
import io.daylight.app.security.ApiException;
import io.daylight.app.security.Bodies;
import io.daylight.app.security.Guard;
import io.daylight.app.security.Permission;
import io.daylight.app.serve.ApiRoute;
import io.daylight.app.serve.HttpApi;
import io.daylight.app.serve.RouteModule;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.store.AuditEntry;
import io.daylight.store.AuditLog;
import io.daylight.store.CaseStore;
import io.daylight.store.ChainCheck;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.daylight.store.StoreException;
import io.daylight.store.StoredEvent;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The console's JSON API: the queue, a case, the events behind a finding, the profile drawn on the
 * case page, decisions, the audit log. Every read of a case or of personal data is written to the
 * audit log with who read it.
 */
public final class ConsoleApi implements RouteModule {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A page of the queue or the audit log: enough for a screen, bounded for the database. */
  private static final int MAX_PAGE = 500;
  private final DataSource dataSource;
  private final CaseStore cases;
  private final FindingStore findings;
  private final EventStore events;
  private final AuditLog audit;
  private final io.daylight.store.Identities identities;
  /** A worker record's fields that name the person outright. */
  private static final List<String> DIRECT_IDENTIFIERS = List.of("name", "email", "phone");
  private final CaseQueue queue;
  private final Decisions decisions;
  private final Profiles profiles;

  public ConsoleApi(DataSource dataSource, CaseStore cases, FindingStore findings, EventStore events, AuditLog audit,
                    Decisions decisions, Profiles profiles) {
    this.dataSource = dataSource;
    this.cases = cases;
    this.findings = findings;
    this.events = events;
    this.audit = audit;
    this.identities = new io.daylight.store.Identities(dataSource);
    this.queue = new CaseQueue(dataSource);
    this.decisions = decisions;
    this.profiles = profiles;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/v1/cases", Permission.READ_CASES, "cases",
            "The queue: filter by level, kind, detector, assignee, status, age; search names, e-mails, phones, IPs; sort",
            this::list),
        ApiRoute.get("/v1/cases/{subject}", Permission.READ_CASES, "cases",
            "One case: summary, findings with their numbers, state and history", this::one),
        ApiRoute.get("/v1/cases/{subject}/events", Permission.READ_CASES, "cases",
            "The stored events behind one finding (?finding=uid)", this::eventsOfFinding),
        ApiRoute.get("/v1/cases/{subject}/profile", Permission.READ_CASES, "cases",
            "Declared person and place, IP locations, hour-of-day activity and daylight, ring members", this::profile),
        ApiRoute.post("/v1/cases/{subject}/identity", Permission.DECIDE, "cases",
            "Re-identify a worker case: the worker id, name, e-mail and phone behind its pseudonym (reason required; audited)",
            this::reidentify),
        ApiRoute.post("/v1/cases/{subject}/assign", Permission.DECIDE, "decisions", "Assign the case to an account",
            this::assign),
        ApiRoute.post("/v1/cases/{subject}/comments", Permission.DECIDE, "decisions", "Add a comment to the case history",
            this::comment),
        ApiRoute.post("/v1/cases/{subject}/decision", Permission.DECIDE, "decisions",
            "Decide benign, confirmed or needs_verification, with a reason (benign suppresses the same evidence;"
                + " confirmed only by a signed-in person, never by an API token)",
            this::decide),
        ApiRoute.get("/v1/audit", Permission.READ_AUDIT, "audit", "The audit log, newest first (?target=, ?limit=)",
            this::auditLog),
        ApiRoute.get("/v1/audit/verify", Permission.READ_AUDIT, "audit", "Recompute the audit log's hash chain",
            this::verify));
  }

  private void list(Context ctx) {
    String level = lower(ctx.queryParam("level"));
    String kind = lower(ctx.queryParam("kind"));
    if (level != null) HttpApi.enumParam(level, io.daylight.core.score.Level.class);
    if (kind != null) HttpApi.enumParam(kind, SubjectKind.class);
    String status = lower(ctx.queryParam("status"));
    if (status != null && !List.of("open", "benign", "confirmed", "needs_verification", "all").contains(status)) {
      throw new IllegalArgumentException("unknown status: " + status);
    }
    String q = blankToNull(ctx.queryParam("q"));
    if (q != null && q.length() > 200) throw new IllegalArgumentException("search term longer than 200 characters");
    CaseQueue.Filter f = new CaseQueue.Filter(level, kind, blankToNull(ctx.queryParam("detector")),
        blankToNull(ctx.queryParam("assignee")), status, q, optInt(ctx, "min_age_days"), optInt(ctx, "max_age_days"),
        blankToNull(ctx.queryParam("sort")), HttpApi.intParam(ctx.queryParam("limit"), 100, 1, MAX_PAGE),
        HttpApi.intParam(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE));
    List<CaseQueue.Row> rows = queue.list(f);
    ObjectNode detail = JSON.createObjectNode().put("returned", rows.size());
    if (q != null) detail.put("search", q);
    audit.append(Guard.principal(ctx).name(), "queue.read", "queue", detail.toString());
    ArrayNode arr = JSON.createArrayNode();
    for (CaseQueue.Row r : rows) {
      ObjectNode o = arr.addObject();
      o.put("kind", r.kind()).put("subject", r.subject()).put("score", r.score()).put("posterior", r.posterior())
          .put("level", r.level()).put("summary", r.summary()).put("top_reason", r.topReason())
          .put("assignee", r.assignee()).put("status", r.status()).put("first_seen", r.firstSeenMs())
          .put("updated", r.updatedMs());
      ArrayNode m = o.putArray("members");
      r.members().forEach(m::add);
      ArrayNode d = o.putArray("detectors");
      r.detectors().forEach(d::add);
    }
    ctx.json(arr);
  }

  private void one(Context ctx) {
    SubjectKind kind = kind(ctx);
    String subject = ctx.pathParam("subject");
    Optional<Case> c = cases.get(kind, subject);
    List<Finding> list = findings.ofCase(kind, subject);
    if (c.isEmpty() && list.isEmpty()) throw new ApiException(404, "no " + kind.wire() + " case for " + subject);
    audit.append(Guard.principal(ctx).name(), "case.read", Decisions.target(kind, subject), null);
    ObjectNode o = c.map(CaseJson::toJson).orElseGet(() -> {
      ObjectNode n = JSON.createObjectNode();
      n.put("subject", subject).put("kind", kind.wire()).put("score", 0).put("level", "none")
          .put("summary", "Every finding of this case is suppressed by a benign decision.");
      return n;
    });
    Decisions.State s = decisions.state(kind, subject);
    o.put("status", s.status()).put("assignee", s.assignee());
    ArrayNode fs = o.putArray("finding_details");
    for (Finding f : list) {
      boolean hiringSide = kind == SubjectKind.WORKER && f.kind() != SubjectKind.WORKER;
      ObjectNode n = OcsfFinding.toJson(hiringSide ? withoutApplicantText(f) : f);
      n.put("suppressed", decisions.isSuppressed(kind, subject, f));
      if (hiringSide) n.put("hiring_side", true);
      fs.add(n);
    }
    // Under every pseudonym this person has had: decisions made before a key rotation stay in view.
    List<String> targets = new java.util.ArrayList<>();
    for (String p : kind == SubjectKind.WORKER ? identities.siblingsOf(subject) : List.of(subject)) {
      targets.add(Decisions.target(kind, p));
    }
    o.set("history", history(targets));
    ctx.json(o);
  }

  private void eventsOfFinding(Context ctx) {
    SubjectKind kind = kind(ctx);
    String subject = ctx.pathParam("subject");
    String uid = ctx.queryParam("finding");
    if (uid == null || uid.isBlank()) throw new IllegalArgumentException("?finding=<uid> is required");
    Finding f = decisions.finding(kind, subject, uid)
        .orElseThrow(() -> new ApiException(404, "no finding " + uid + " in this case"));
    List<StoredEvent> list = events.byIds(f.eventIds());
    audit.append(Guard.principal(ctx).name(), "events.read", Decisions.target(kind, subject),
        JSON.createObjectNode().put("finding", uid).put("events", list.size()).toString());
    ArrayNode arr = JSON.createArrayNode();
    for (StoredEvent e : list) {
      ObjectNode n = arr.addObject().put("id", e.id()).put("type", e.type()).put("time", e.timeMs());
      try {
        JsonNode event = JSON.readTree(e.rawJson());
        if (kind == SubjectKind.WORKER && event instanceof ObjectNode o) withoutDirectIdentifiers(o);
        n.set("event", event);
      } catch (IOException ex) {
        n.put("raw", e.rawJson());
      }
    }
    ctx.json(arr);
  }

  private void profile(Context ctx) throws IOException {
    SubjectKind kind = kind(ctx);
    String subject = ctx.pathParam("subject");
    List<Finding> list = findings.bySubject(kind, subject);
    if (list.isEmpty()) throw new ApiException(404, "no " + kind.wire() + " case for " + subject);
    audit.append(Guard.principal(ctx).name(), "profile.read", Decisions.target(kind, subject), null);
    ctx.json(profiles.profile(kind, subject, list));
  }

  /**
   * A hiring-side finding as a worker case shows it. Its explanation and its stated facts name the
   * applicants of the cluster, and the worker was hired as one of them; a worker case is
   * pseudonymous, so they give way to a sentence that says why, and only measured evidence (counts,
   * scores) stays. Regression: the demo ring's hire's case named the hire in the
   * ring finding's list of names.
   */
  static Finding withoutApplicantText(Finding f) {
    List<io.daylight.core.detect.Evidence> measured = f.evidence().stream().filter(e -> e.unit() != null).toList();
    String explanation = "Hiring-side evidence about " + f.subject() + " (applications " + String.join(", ", f.members())
        + "). Its explanation names the applicants, and this worker was hired as one of them, so a pseudonymous "
        + "worker case does not show it; the applications themselves are in the applicant tracking system.";
    return new Finding(f.uid(), f.detector(), f.subject(), f.kind(), f.time(), f.title(), explanation,
        f.likelihoodRatio(), f.dependencyGroup(), measured, f.eventIds(), f.members());
  }

  /**
   * A worker case is pseudonymous: the events behind its findings are shown without what names the
   * person outright (the worker record's name, e-mail, phone and payroll holder; the linked
   * application's candidate contacts and CV text). Re-identification shows the worker id and
   * contacts; the CV stays in the ATS.
   */
  static void withoutDirectIdentifiers(ObjectNode event) {
    String type = event.path("type").asText();
    if (type.equals("worker")) {
      event.remove(DIRECT_IDENTIFIERS);
      if (event.get("payroll") instanceof ObjectNode p) p.remove("holder");
    } else if (type.equals("payroll")) {
      event.remove("holder");
    } else if (type.equals("application")) {
      event.remove("resume_text");
      if (event.get("candidate") instanceof ObjectNode c) {
        c.remove(List.of("name", "email", "phone", "links", "birth_date", "national_id"));
      }
    }
  }

  /**
   * The only way from a pseudonym back to a person in the console: a worker case that exists, an
   * account allowed to decide (not auditors, not ingest), and a reason, all written to the audit log
   * before anything is shown.
   */
  private void reidentify(Context ctx) throws IOException {
    SubjectKind kind = kind(ctx);
    if (kind != SubjectKind.WORKER) throw new ApiException(400, "only worker cases are pseudonymous; applicants are shown as the ATS sent them");
    String subject = existing(kind, ctx.pathParam("subject"));
    String reason = Bodies.text(Bodies.json(ctx), "reason", 500);
    if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a reason is required to re-identify a worker");
    String workerId = identities.subjectOf(subject)
        .orElseThrow(() -> new ApiException(404, "no identity is stored for " + subject));
    audit.append(Guard.principal(ctx).name(), "subject.reidentify", Decisions.target(kind, subject),
        JSON.createObjectNode().put("reason", reason).toString());
    ObjectNode o = JSON.createObjectNode().put("subject", subject).put("worker_id", workerId);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT raw FROM events WHERE subject = ? AND type = 'worker' ORDER BY time DESC, seq DESC LIMIT 1")) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          JsonNode w = JSON.readTree(rs.getString(1));
          for (String f : DIRECT_IDENTIFIERS) if (w.hasNonNull(f)) o.put(f, w.get(f).asText());
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the worker record", e);
    }
    ctx.json(o);
  }

  private void assign(Context ctx) throws IOException {
    SubjectKind kind = kind(ctx);
    String subject = existing(kind, ctx.pathParam("subject"));
    JsonNode body = Bodies.json(ctx);
    String assignee = Bodies.text(body, "assignee", 64);
    ctx.json(entry(decisions.assign(Guard.principal(ctx).name(), kind, subject, assignee)));
  }

  private void comment(Context ctx) throws IOException {
    SubjectKind kind = kind(ctx);
    String subject = existing(kind, ctx.pathParam("subject"));
    String text = Bodies.text(Bodies.json(ctx), "text", 4000);
    ctx.status(201).json(entry(decisions.comment(Guard.principal(ctx).name(), kind, subject, text)));
  }

  private void decide(Context ctx) throws IOException {
    SubjectKind kind = kind(ctx);
    String subject = existing(kind, ctx.pathParam("subject"));
    JsonNode body = Bodies.json(ctx);
    Decisions.Decision d = Decisions.Decision.parse(Bodies.text(body, "decision", 32));
    String reason = Bodies.text(body, "reason", 4000);
    ctx.json(entry(decisions.decide(Guard.principal(ctx), kind, subject, d, reason)));
  }

  private void auditLog(Context ctx) {
    int limit = HttpApi.intParam(ctx.queryParam("limit"), 100, 1, MAX_PAGE);
    String target = blankToNull(ctx.queryParam("target"));
    audit.append(Guard.principal(ctx).name(), "audit.read", target == null ? "audit" : target, null);
    ArrayNode arr = target == null ? JSON.createArrayNode() : history(List.of(target));
    if (target == null) for (AuditEntry e : audit.latest(limit)) arr.add(entry(e));
    ctx.json(arr);
  }

  private void verify(Context ctx) {
    ChainCheck check = audit.verify();
    audit.append(Guard.principal(ctx).name(), "audit.verify", "audit",
        JSON.createObjectNode().put("rows", check.rows()).put("intact", check.intact()).toString());
    ObjectNode o = JSON.createObjectNode().put("intact", check.intact()).put("rows", check.rows())
        .put("head", audit.head());
    if (!check.intact()) o.put("first_broken_id", check.firstBrokenId()).put("problem", check.problem());
    ctx.json(o);
  }

  /** A case's history: every audit entry about it, oldest first. */
  private ArrayNode history(List<String> targets) {
    ArrayNode arr = JSON.createArrayNode();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT id, at, actor, action, target, detail::text, prev_hash, hash FROM audit_log WHERE target = ANY(?) ORDER BY id LIMIT 1000")) {
      ps.setArray(1, c.createArrayOf("text", targets.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          arr.add(entry(new AuditEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the case history", e);
    }
    return arr;
  }

  static ObjectNode entry(AuditEntry e) {
    ObjectNode o = JSON.createObjectNode().put("id", e.id()).put("at", e.at().toString()).put("actor", e.actor())
        .put("action", e.action()).put("target", e.target()).put("hash", e.hash());
    if (e.detail() != null) {
      try {
        o.set("detail", JSON.readTree(e.detail()));
      } catch (IOException ex) {
        o.put("detail", e.detail());
      }
    }
    return o;
  }

  private String existing(SubjectKind kind, String subject) {
    if (!decisions.known(kind, subject)) throw new ApiException(404, "no " + kind.wire() + " case for " + subject);
    return subject;
  }

  private static SubjectKind kind(Context ctx) {
    SubjectKind k = HttpApi.enumParam(ctx.queryParam("kind"), SubjectKind.class);
    return k == null ? SubjectKind.WORKER : k;
  }

  private static Integer optInt(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : HttpApi.intParam(v, 0, 0, 36_500);
  }

  private static String lower(String s) {
    return s == null || s.isBlank() ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
