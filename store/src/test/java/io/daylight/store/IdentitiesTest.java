package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pseudonym table against the real embedded PostgreSQL. */
class IdentitiesTest {
  private static Database db;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("identities_test");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void forgets_exactly_the_pseudonyms_no_event_finding_case_decision_rejected_line_or_audit_entry_names() throws SQLException {
    long now = Instant.now().toEpochMilli();
    Identities identities = new Identities(db.dataSource());
    Map<String, String> all = new java.util.LinkedHashMap<>();
    for (String p : List.of("p-event", "p-finding", "p-member", "p-case-member", "p-decided", "p-audited", "p-rejected",
        "p-gone", "p-gone-prefix")) {
      all.put(p, "w-" + p.substring(2));
    }
    identities.remember(all, "k1");
    new EventStore(db.dataSource()).append(List.of(new StoredEvent("e1", "auth", "p-event", now, "{}")));
    Finding f = new Finding(FindingIds.of("t", "p-finding", "g"), "t", "p-finding", SubjectKind.WORKER, now, "t", "…", 10,
        "g", List.of(), List.of(), List.of("p-finding", "p-member"));
    new FindingStore(db.dataSource()).upsert(List.of(f));
    Finding ring = new Finding(FindingIds.of("t", "p-finding", "h"), "t", "p-finding", SubjectKind.WORKER, now, "t", "…",
        10, "h", List.of(), List.of(), List.of("p-finding", "p-case-member"));
    new CaseStore(db.dataSource()).replace(new CaseScorer(ScoringPolicy.DEFAULT).score(List.of(ring)));
    execute("INSERT INTO case_state (kind, subject, status) VALUES ('worker', 'p-decided', 'benign')");
    new AuditLog(db.dataSource()).append("alice", "subject.reidentify", "case:worker:p-audited", "{}");
    new RejectedStore(db.dataSource()).append(List.of(
        new RejectedLine(3, "sensor", "missing required field: time", "{\"type\":\"auth\",\"subject\":\"p-rejected\"}")));
    // Names that merely contain a forgotten pseudonym do not keep it.
    new AuditLog(db.dataSource()).append("alice", "case.read", "case:worker:p-gone-prefix-x", "{}");

    assertThat(identities.forgetUnreferenced()).isEqualTo(2);
    List<String> left = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT pseudonym FROM identities")) {
      while (rs.next()) left.add(rs.getString(1));
    }
    assertThat(left).containsExactlyInAnyOrder("p-event", "p-finding", "p-member", "p-case-member", "p-decided",
        "p-audited", "p-rejected");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
