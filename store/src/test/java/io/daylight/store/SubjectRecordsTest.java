package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access and erasure for one person, end to end against the real embedded PostgreSQL. */
class SubjectRecordsTest {
  private static final long T0 = 1_772_000_000_000L;
  private static Database db;
  private static AuditLog audit;
  private static SubjectRecords records;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("subject_records_test");
    audit = new AuditLog(db.dataSource());
    records = new SubjectRecords(db.dataSource(), audit, Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void seed() {
    sql("TRUNCATE events, rejected, findings, cases, case_state, suppressions");
    new EventStore(db.dataSource()).append(List.of(
        event("e-1", "w-7", "{\"type\":\"auth\",\"subject\":\"w-7\",\"src_ip\":\"198.51.100.23\"}"),
        event("e-2", "w-7", "{\"type\":\"activity\",\"subject\":\"w-7\",\"source\":\"git\"}"),
        // Look-alikes: an id that contains w-7 as a prefix, and a colleague.
        event("e-3", "w-70", "{\"type\":\"auth\",\"subject\":\"w-70\"}"),
        event("e-4", "w-8", "{\"type\":\"auth\",\"subject\":\"w-8\"}")));
    new RejectedStore(db.dataSource()).append(List.of(
        new RejectedLine(3, "s", "bad time", "{\"subject\":\"w-7\",\"time\":\"x\"}"),
        new RejectedLine(4, "s", "bad time", "{\"subject\":\"w-70\",\"time\":\"x\"}")));
    List<Finding> f = new ArrayList<>();
    f.add(finding("w-7", "location", List.of()));
    f.add(finding("w-70", "location", List.of()));
    f.add(finding("ring-1", "shared-laptop", List.of("w-7", "w-8")));
    new FindingStore(db.dataSource()).upsert(f);
    new CaseStore(db.dataSource()).replace(new CaseScorer(ScoringPolicy.DEFAULT).score(f));
    sql("INSERT INTO case_state (kind, subject, status, assignee) VALUES ('worker', 'w-7', 'needs_verification', 'alice')");
    audit.append("alice", "case.decide", "case:worker:w-7", "{\"status\":\"needs_verification\",\"reason\":\"asked HR\"}");
    audit.append("alice", "case.read", "case:worker:w-70", null);
  }

  @Test
  void exports_everything_held_about_the_person_and_nothing_about_a_namesake_id() {
    ObjectNode doc = records.export("w-7", "cli:dpo");

    assertThat(values(doc.get("events"), "id")).containsExactly("e-1", "e-2");
    assertThat(doc.get("events").get(0).get("record").get("src_ip").asText()).isEqualTo("198.51.100.23");
    assertThat(values(doc.get("findings"), "subject")).containsExactlyInAnyOrder("w-7", "ring-1");
    assertThat(values(doc.get("cases"), "subject")).containsExactlyInAnyOrder("w-7", "ring-1");
    assertThat(values(doc.get("case_state"), "status")).containsExactly("needs_verification");
    assertThat(values(doc.get("rejected_lines"), "line")).containsExactly("3");
    assertThat(values(doc.get("audit"), "target")).contains("case:worker:w-7").doesNotContain("case:worker:w-70");
    assertThat(doc.get("audit").toString()).contains("asked HR");
    assertThat(audit.latest(1).get(0).action()).isEqualTo("subject.export");
    assertThat(audit.latest(1).get(0).target()).isEqualTo("subject:w-7");
  }

  @Test
  void erasure_removes_the_person_from_every_table_keeps_others_and_leaves_an_audited_tombstone() {
    AuditEntry tombstone = records.erase("w-7", "cli:dpo", null);

    assertThat(column("SELECT id FROM events")).containsExactlyInAnyOrder("e-3", "e-4");
    assertThat(column("SELECT subject FROM findings")).containsExactly("w-70");
    assertThat(column("SELECT subject FROM cases")).containsExactly("w-70");
    assertThat(column("SELECT subject FROM case_state")).isEmpty();
    assertThat(column("SELECT line FROM rejected")).containsExactly("4");
    assertThat(tombstone.action()).isEqualTo("subject.erase");
    assertThat(tombstone.detail()).contains("\"events\": 2").contains("\"findings\": 2");
    assertThat(audit.verify().intact()).isTrue();
    ObjectNode after = records.export("w-7", "cli:dpo");
    assertThat(after.get("events")).isEmpty();
    assertThat(after.get("findings")).isEmpty();
    assertThat(values(after.get("audit"), "action")).contains("case.decide", "subject.erase");
  }

  @Test
  void erasure_is_refused_under_legal_hold_unless_overridden_with_a_reason() {
    new LegalHolds(db.dataSource(), audit).hold("worker", "ring-1", "matter 2026-9", "cli:legal");

    assertThatThrownBy(() -> records.erase("w-8", "cli:dpo", null)).isInstanceOf(SubjectRecords.HeldException.class);
    assertThatThrownBy(() -> records.erase("w-8", "cli:dpo", " ")).isInstanceOf(SubjectRecords.HeldException.class);
    assertThat(column("SELECT id FROM events")).contains("e-4");

    AuditEntry tombstone = records.erase("w-8", "cli:dpo", "court order 17 releasing w-8");
    assertThat(column("SELECT id FROM events")).doesNotContain("e-4");
    assertThat(tombstone.detail()).contains("court order 17 releasing w-8");
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static StoredEvent event(String id, String subject, String raw) {
    return new StoredEvent(id, "auth", subject, T0, raw);
  }

  private static Finding finding(String subject, String group, List<String> members) {
    return new Finding(FindingIds.of("t", subject, group), "t", subject, SubjectKind.WORKER, T0, group + " for " + subject, "…",
        1e3, group, List.of(), List.of(), members);
  }

  private static void sql(String statement) {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  private static List<String> column(String query) {
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
