package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purge against the real embedded PostgreSQL: every table loses what is older than its period,
 * and a case under legal hold keeps its case, findings and events whatever their age.
 */
class RetentionTest {
  private static final Duration DAY = Duration.ofDays(1);
  private static Database db;
  private static Instant now;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("retention_test");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void seed() {
    sql("TRUNCATE events, rejected, findings, cases, case_state, suppressions");
    now = Instant.now();
    EventStore events = new EventStore(db.dataSource());
    events.append(List.of(
        event("e-old", "w-old", now.minus(DAY.multipliedBy(100))),
        event("e-new", "w-old", now.minus(DAY.multipliedBy(10))),
        event("e-held", "w-held", now.minus(DAY.multipliedBy(400))),
        // A benign look-alike of the held worker: same age, similar id, no hold.
        event("e-held-lookalike", "w-held-2", now.minus(DAY.multipliedBy(400))),
        event("app-old", null, now.minus(DAY.multipliedBy(100)))));
    sql("INSERT INTO rejected (source, line, reason, raw, received_at) VALUES"
        + " ('s', 1, 'bad', '{\"subject\":\"w-old\"}', now() - interval '40 days'),"
        + " ('s', 2, 'bad', '{\"subject\":\"w-new\"}', now() - interval '5 days')");
    List<Finding> f = new ArrayList<>();
    f.add(finding("w-old", now.minus(DAY.multipliedBy(400)), "location", 1e4));
    f.add(finding("w-recent", now.minus(DAY.multipliedBy(20)), "location", 1e4));
    f.add(finding("w-held", now.minus(DAY.multipliedBy(400)), "location", 1e4));
    f.add(finding("w-held-2", now.minus(DAY.multipliedBy(400)), "location", 1e4));
    f.add(finding("w-closed", now.minus(DAY.multipliedBy(20)), "location", 1e4));
    f.add(finding("w-closed-recently", now.minus(DAY.multipliedBy(20)), "location", 1e4));
    new FindingStore(db.dataSource()).upsert(f);
    new CaseStore(db.dataSource()).replace(new CaseScorer(ScoringPolicy.DEFAULT).score(f));
    sql("INSERT INTO case_state (kind, subject, status, updated_at) VALUES"
        + " ('worker', 'w-closed', 'benign', now() - interval '200 days'),"
        + " ('worker', 'w-closed-recently', 'benign', now() - interval '20 days')");
    sql("INSERT INTO suppressions (kind, subject, detector, dependency_group, decided_by, audit_id) VALUES"
        + " ('worker', 'w-closed', 't', 'location', 'alice', 1),"
        + " ('worker', 'w-closed-recently', 't', 'location', 'alice', 2)");
    new LegalHolds(db.dataSource(), new AuditLog(db.dataSource())).hold("worker", "w-held", "matter 2026-114", "cli:dpo");
  }

  @Test
  void removes_from_every_table_what_is_older_than_its_period_and_keeps_the_rest() {
    RetentionReport r = retention().run(RetentionPolicy.DEFAULT, now, false, "cli:test");

    assertThat(ids("SELECT id FROM events")).containsExactlyInAnyOrder("e-new", "e-held");
    assertThat(ids("SELECT raw FROM rejected")).containsExactly("{\"subject\":\"w-new\"}");
    // w-closed was decided benign 200 days ago (> 180): its case goes with its recent finding.
    assertThat(ids("SELECT subject FROM findings")).containsExactlyInAnyOrder("w-recent", "w-held", "w-closed-recently");
    // w-old's and w-held-2's cases lost their only findings.
    assertThat(ids("SELECT subject FROM cases")).containsExactlyInAnyOrder("w-recent", "w-held", "w-closed-recently");
    assertThat(ids("SELECT subject FROM case_state")).containsExactlyInAnyOrder("w-held", "w-closed-recently");
    assertThat(ids("SELECT subject FROM suppressions")).containsExactly("w-closed-recently");
    assertThat(r).isEqualTo(new RetentionReport(false, 3, 1, 3, 3, 1, 1, 0));
  }

  @Test
  void an_active_workers_newest_roster_record_outlives_the_events_period_and_a_silent_workers_does_not() {
    new EventStore(db.dataSource()).append(List.of(
        roster("hire-active", "w-active", now.minus(DAY.multipliedBy(400))),
        roster("move-active", "w-active", now.minus(DAY.multipliedBy(200))),
        event("auth-active", "w-active", now.minus(DAY.multipliedBy(3))),
        // Left 120 days ago: hired, worked, then nothing for longer than the events period.
        roster("hire-left", "w-left", now.minus(DAY.multipliedBy(400))),
        event("auth-left", "w-left", now.minus(DAY.multipliedBy(120))),
        // Hired last month: the roster record is young and stays like any event.
        roster("hire-new", "w-new", now.minus(DAY.multipliedBy(30)))));
    retention().run(RetentionPolicy.DEFAULT, now, false, "cli:test");

    // The superseded record goes; the current one stays so a replay still knows where w-active lives.
    assertThat(ids("SELECT id FROM events WHERE subject IN ('w-active', 'w-left', 'w-new')"))
        .containsExactlyInAnyOrder("move-active", "auth-active", "hire-new");
  }

  @Test
  void a_released_hold_lets_the_next_run_purge_the_case() {
    LegalHolds holds = new LegalHolds(db.dataSource(), new AuditLog(db.dataSource()));
    holds.release("worker", "w-held", "matter closed", "cli:dpo");
    retention().run(RetentionPolicy.DEFAULT, now, false, "cli:test");

    assertThat(ids("SELECT id FROM events")).containsExactly("e-new");
    assertThat(ids("SELECT subject FROM findings")).doesNotContain("w-held");
    assertThat(ids("SELECT subject FROM cases")).doesNotContain("w-held");
  }

  @Test
  void a_dry_run_counts_exactly_what_a_real_run_removes_and_removes_nothing() {
    long before = count("SELECT count(*) FROM events") + count("SELECT count(*) FROM findings");
    RetentionReport dry = retention().run(RetentionPolicy.DEFAULT, now, true, "cli:test");
    assertThat(count("SELECT count(*) FROM events") + count("SELECT count(*) FROM findings")).isEqualTo(before);

    RetentionReport real = retention().run(RetentionPolicy.DEFAULT, now, false, "cli:test");
    assertThat(new RetentionReport(false, dry.events(), dry.rejected(), dry.findings(), dry.casesRemoved(),
        dry.caseStates(), dry.suppressions(), dry.auditRows())).isEqualTo(real);
  }

  @Test
  void retires_old_audit_rows_through_a_recorded_re_anchor_and_the_chain_still_verifies() {
    Instant sevenYearsAgo = now.minus(DAY.multipliedBy(7 * 365));
    AuditLog old = new AuditLog(db.dataSource(), Clock.fixed(sevenYearsAgo, ZoneOffset.UTC));
    AuditLog log = new AuditLog(db.dataSource());
    old.append("alice", "case.decide", "case:worker:w-ancient", "{\"status\":\"benign\"}");
    old.append("alice", "case.decide", "case:worker:w-ancient-2", null);
    log.append("bob", "case.decide", "case:worker:w-current", null);
    long ancientBefore = count("SELECT count(*) FROM audit_log WHERE at < now() - interval '6 years'");
    assertThat(ancientBefore).isGreaterThanOrEqualTo(2);

    RetentionReport r = retention().run(RetentionPolicy.DEFAULT, now, false, "cli:test");

    assertThat(r.auditRows()).isEqualTo(ancientBefore);
    assertThat(count("SELECT count(*) FROM audit_log WHERE target LIKE 'case:worker:w-ancient%'")).isZero();
    assertThat(count("SELECT count(*) FROM audit_log WHERE target = 'case:worker:w-current'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'retention.audit'")).isEqualTo(1);
    assertThat(log.verify().intact()).isTrue();
    // Still append-only for everything else: a plain DELETE is refused, and removing the oldest
    // remaining row without a re-anchor record breaks the chain.
    assertThatThrownBy(() -> sql("DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> sql("SELECT audit_log_retire((SELECT min(id) FROM audit_log))"))
        .hasMessageContaining("retention.audit");
    sql("SET session_replication_role = replica; DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log);"
        + " SET session_replication_role = DEFAULT");
    assertThat(log.verify().intact()).isFalse();
  }

  private static Retention retention() {
    return new Retention(db.dataSource(), new AuditLog(db.dataSource()));
  }

  private static StoredEvent event(String id, String subject, Instant time) {
    return new StoredEvent(id, subject == null ? "application" : "auth", subject, time.toEpochMilli(),
        "{\"id\":\"" + id + "\"}");
  }

  private static StoredEvent roster(String id, String subject, Instant time) {
    return new StoredEvent(id, "worker", subject, time.toEpochMilli(), "{\"id\":\"" + id + "\"}");
  }

  private static Finding finding(String subject, Instant time, String group, double ratio) {
    return new Finding(FindingIds.of("t", subject, group), "t", subject, SubjectKind.WORKER, time.toEpochMilli(),
        group + " for " + subject, "…", ratio, group, List.of(), List.of(), List.of());
  }

  private static void sql(String statement) {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  private static long count(String query) {
    return ids(query).isEmpty() ? 0 : Long.parseLong(ids(query).get(0));
  }

  private static List<String> ids(String query) {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) out.add(rs.getString(1));
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
    return out;
  }
}
