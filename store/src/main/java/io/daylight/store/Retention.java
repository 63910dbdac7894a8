package io.daylight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The purge job: removes what is older than its {@link RetentionPolicy} period from every table
 * that holds personal data, except what a legal hold covers, and records the run in the audit log.
 *
 * <p>A closed case (decided benign or confirmed) past its period goes with its findings, state and
 * suppressions. A worker's newest roster record outlives the events period while the worker is
 * still active (see {@code CURRENT_ROSTER}). A legal hold on a case (case_state.legal_hold) keeps the case, its state and suppressions,
 * every finding about its subject or members, and every event of its subject or members. All table
 * deletions happen in one transaction, so a crash leaves either the old data or the purged data.
 * A dry run executes the same statements and rolls them back, so its counts are exact.
 *
 * <p>Deleted rows stay in PostgreSQL's table files as dead tuples until VACUUM reclaims their space,
 * so a real run ends with VACUUM on the tables it touched; the write-ahead log still holds them
 * until its segments are recycled (one checkpoint cycle; see docs/privacy/retention.md).
 */
public final class Retention {
  private static final String HELD = """
      CREATE TEMP TABLE held_subjects ON COMMIT DROP AS
        SELECT s.subject AS id FROM case_state s WHERE s.legal_hold
        UNION SELECT unnest(c.members) FROM cases c JOIN case_state s USING (kind, subject) WHERE s.legal_hold""";
  // A worker's newest HR roster record is where detectors learn the declared place, time zone and
  // payroll: purged with the telemetry, a restart's replay would forget every worker hired more
  // than the events period ago. So it is kept while the worker still sends anything newer than the
  // period, and goes with the rest once the worker has been silent that long (left, or erased).
  private static final String CURRENT_ROSTER = """
      CREATE TEMP TABLE current_roster ON COMMIT DROP AS
        SELECT DISTINCT ON (r.subject) r.id FROM events r
         WHERE r.type = 'worker' AND r.time < ?
           AND EXISTS (SELECT 1 FROM events x WHERE x.subject = r.subject AND x.time >= ?)
         ORDER BY r.subject, r.time DESC, r.seq DESC""";
  private static final String EVENTS = """
      DELETE FROM events WHERE time < ? AND (subject IS NULL OR subject NOT IN (SELECT id FROM held_subjects))
         AND id NOT IN (SELECT id FROM current_roster)""";
  private static final String REJECTED = "DELETE FROM rejected WHERE received_at < ?";
  private static final String FINDINGS = """
      DELETE FROM findings WHERE time < ? AND subject NOT IN (SELECT id FROM held_subjects)
         AND NOT members && ARRAY(SELECT id FROM held_subjects)""";
  private static final String CLOSED = """
      CREATE TEMP TABLE closed_cases ON COMMIT DROP AS
        SELECT kind, subject FROM case_state
         WHERE status IN ('benign', 'confirmed') AND updated_at < ? AND NOT legal_hold""";
  // A purged case takes its findings with it: left behind, they would raise it again as a new,
  // undecided case the next time the queue is scored.
  private static final String CLOSED_FINDINGS = """
      DELETE FROM findings f USING cases c, closed_cases k
       WHERE k.kind = c.kind AND k.subject = c.subject AND f.uid = ANY(c.findings)""";
  private static final String CASES = """
      DELETE FROM cases c
       WHERE EXISTS (SELECT 1 FROM closed_cases k WHERE k.kind = c.kind AND k.subject = c.subject)
          OR (NOT EXISTS (SELECT 1 FROM findings f WHERE f.uid = ANY(c.findings))
              AND NOT EXISTS (SELECT 1 FROM case_state s
                               WHERE s.kind = c.kind AND s.subject = c.subject AND s.legal_hold))""";
  private static final String CASE_STATES = """
      DELETE FROM case_state s USING closed_cases k WHERE k.kind = s.kind AND k.subject = s.subject""";
  private static final String SUPPRESSIONS = """
      DELETE FROM suppressions s USING closed_cases k WHERE k.kind = s.kind AND k.subject = s.subject""";

  private final DataSource dataSource;
  private final AuditLog audit;

  public Retention(DataSource dataSource, AuditLog audit) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * Purges everything older than the policy's periods, counted back from {@code now}.
   *
   * @param actor who runs it, for the audit log ("cli:alice", "serve:scheduler")
   */
  public RetentionReport run(RetentionPolicy policy, Instant now, boolean dryRun, String actor) {
    long events;
    long rejected;
    long findings;
    long cases;
    long states;
    long suppressions;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        execute(c, HELD);
        Instant eventsCutoff = now.minus(policy.events());
        try (PreparedStatement ps = c.prepareStatement(CURRENT_ROSTER)) {
          ps.setObject(1, OffsetDateTime.ofInstant(eventsCutoff, ZoneOffset.UTC));
          ps.setObject(2, OffsetDateTime.ofInstant(eventsCutoff, ZoneOffset.UTC));
          ps.execute();
        }
        events = update(c, EVENTS, eventsCutoff);
        rejected = update(c, REJECTED, now.minus(policy.rejected()));
        findings = update(c, FINDINGS, now.minus(policy.findings()));
        update(c, CLOSED, now.minus(policy.closedCases()));
        findings += update(c, CLOSED_FINDINGS, null);
        cases = update(c, CASES, null);
        states = update(c, CASE_STATES, null);
        suppressions = update(c, SUPPRESSIONS, null);
        if (dryRun) c.rollback();
        else c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("retention run failed", e);
    }
    Instant auditCutoff = now.minus(policy.audit());
    long auditRows = dryRun ? auditRowsBefore(auditCutoff) : 0;
    RetentionReport report;
    if (dryRun) {
      report = new RetentionReport(true, events, rejected, findings, cases, states, suppressions, auditRows);
    } else {
      RetentionReport tables = new RetentionReport(false, events, rejected, findings, cases, states, suppressions, 0);
      // The table purge is recorded before the audit log's own retention, so the record of this
      // run is never among the rows that run retires.
      audit.append(actor, "retention.run", "retention", tables.toJson());
      auditRows = audit.retireBefore(auditCutoff, actor, "audit log retention period " + policy.audit())
          .map(r -> rowsIn(r.detail())).orElse(0L);
      report = new RetentionReport(false, events, rejected, findings, cases, states, suppressions, auditRows);
      // Last: a worker id stays beside its pseudonym only while some stored row or audit entry names it.
      new Identities(dataSource).forgetUnreferenced();
      vacuum();
    }
    return report;
  }

  private long auditRowsBefore(Instant cutoff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log WHERE at < ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("could not count old audit log rows", e);
    }
  }

  private static long rowsIn(String detailJson) {
    return Json.tree(detailJson).get("rows").asLong();
  }

  /** VACUUM cannot run in a transaction: each table on its own, in autocommit. */
  private void vacuum() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      for (String table : new String[] {"events", "rejected", "findings", "cases", "case_state", "suppressions", "audit_log"}) {
        s.execute("VACUUM " + table);
      }
    } catch (SQLException e) {
      throw new StoreException("the purge committed but VACUUM failed", e);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long update(Connection c, String sql, Instant cutoff) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (cutoff != null) ps.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
      return ps.executeUpdate();
    }
  }
}
