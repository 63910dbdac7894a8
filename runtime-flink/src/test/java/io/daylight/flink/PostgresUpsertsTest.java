package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresUpsertsTest {
  static TestPostgres pg;

  @BeforeAll
  static void start() throws Exception {
    pg = TestPostgres.start();
    pg.createStoreTables();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  static Finding finding(String uid, String subject, double ratio, String group) {
    return new Finding(uid, "test.d", subject, SubjectKind.WORKER, 1_770_000_000_000L, "t " + uid, "e " + uid,
        ratio, group, List.of(Evidence.fact("k", "v", "test")), List.of("ev-1"), null);
  }

  @Test
  void replaying_findings_after_a_restart_leaves_one_row_per_uid() throws Exception {
    Finding a = finding("pg-a", "w-1", 370, "g1");
    Finding b = finding("pg-b", "w-1", 10, "g2");
    write(PostgresUpserts.findings(pg.url(), pg.connection()).createWriter(null), List.of(a, b));
    write(PostgresUpserts.findings(pg.url(), pg.connection()).createWriter(null), List.of(a, b, a));

    try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT uid, likelihood_ratio, evidence->0->>'name', event_ids[1] FROM findings WHERE uid LIKE 'pg-%' ORDER BY uid")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("pg-a");
      assertThat(rs.getDouble(2)).isEqualTo(370);
      assertThat(rs.getString(3)).isEqualTo("k");
      assertThat(rs.getString(4)).isEqualTo("ev-1");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("pg-b");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void a_replayed_older_case_never_overwrites_the_newer_one() throws Exception {
    CaseScorer scorer = new CaseScorer(ScoringPolicy.DEFAULT);
    Finding first = finding("c-1", "w-9", 370, "g1");
    Case older = scorer.scoreOne(List.of(first));
    Case newer = scorer.scoreOne(List.of(first, finding("c-2", "w-9", 100, "g2")));
    // Live order, then a replay from an earlier checkpoint re-sends the older version.
    write(PostgresUpserts.cases(pg.url(), pg.connection()).createWriter(null), List.of(older, newer));
    write(PostgresUpserts.cases(pg.url(), pg.connection()).createWriter(null), List.of(older));

    try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT score, cardinality(findings), level FROM cases WHERE subject = 'w-9'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(newer.score()).isGreaterThan(older.score());
      assertThat(rs.getInt(2)).isEqualTo(2);
      assertThat(rs.getString(3)).isEqualTo(newer.level().wire());
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void a_case_joined_to_its_hire_is_deleted_in_the_order_it_came_and_the_hires_case_stays() throws Exception {
    CaseScorer scorer = new CaseScorer(ScoringPolicy.DEFAULT);
    Finding ring = new Finding("j-1", "identity.many-names-one-identifier", "ring-app-1", SubjectKind.APPLICANT,
        1_770_000_000_000L, "t", "e", 2400, "identity-ring", List.of(), List.of(), List.of("app-1", "app-2"));
    Case applicant = scorer.scoreOne(List.of(ring));
    Case joined = new Case("ring-app-1", SubjectKind.APPLICANT, 0, 0, io.daylight.core.score.Level.LOW, List.of(),
        List.of(), List.of(), "");
    Case hire = scorer.scoreLinked("w-joined", SubjectKind.WORKER, List.of(ring), null);
    // Within one checkpoint: the ring's case, then its deletion as it joins the hire, then the hire's case.
    write(PostgresUpserts.cases(pg.url(), pg.connection()).createWriter(null), List.of(applicant, joined, hire));

    try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT kind, subject FROM cases WHERE subject IN ('ring-app-1', 'w-joined')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("worker w-joined");
      assertThat(rs.next()).isFalse();
    }
  }

  private static <T> void write(SinkWriter<T> w, List<T> values) throws Exception {
    for (T v : values) w.write(v, null);
    w.flush(true);
    w.close();
  }
}
