package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.Main;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.AuditEntry;
import io.daylight.store.AuditLog;
import io.daylight.store.CaseStore;
import io.daylight.store.Database;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.daylight.store.StoredEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The privacy commands end to end, as an operator runs them: {@code daylight retention hold/run}
 * and {@code daylight subject export/erase} on an embedded database directory.
 */
class PrivacyCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void retention_run_purges_old_data_and_keeps_a_held_case_then_export_and_erase_cover_a_person() throws Exception {
    Instant now = Instant.now();
    Instant old = now.minus(Duration.ofDays(200));
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      new EventStore(db.dataSource()).append(List.of(
          event("e-a-old", "w-a", old), event("e-a-new", "w-a", now.minus(Duration.ofDays(2))),
          event("e-held-old", "w-held", old), event("e-b-old", "w-b", old)));
      List<Finding> f = List.of(finding("w-a", now.minus(Duration.ofDays(2))), finding("w-held", old),
          finding("w-b", now.minus(Duration.ofDays(400))));
      new FindingStore(db.dataSource()).upsert(f);
      new CaseStore(db.dataSource()).replace(new CaseScorer(ScoringPolicy.DEFAULT).score(f));
    }

    assertThat(run("retention", "hold", "worker", "w-held", "--reason", "matter 2026-3", "--data-dir", dir.toString()).code)
        .isZero();
    Result dry = run("retention", "run", "--dry-run", "--data-dir", dir.toString());
    assertThat(JSON.readTree(dry.out).get("events").asLong()).isEqualTo(2);
    Result bad = run("retention", "run", "--period", "event=10d", "--data-dir", dir.toString());
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("unknown data class 'event'");
    Result real = run("retention", "run", "--data-dir", dir.toString());
    assertThat(real.code).isZero();
    assertThat(JSON.readTree(real.out).get("events").asLong()).isEqualTo(2);

    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      assertThat(column(db, "SELECT id FROM events")).containsExactlyInAnyOrder("e-a-new", "e-held-old");
      assertThat(column(db, "SELECT subject FROM findings")).containsExactlyInAnyOrder("w-a", "w-held");
      assertThat(column(db, "SELECT subject FROM cases")).containsExactlyInAnyOrder("w-a", "w-held");
      assertThat(column(db, "SELECT action FROM audit_log ORDER BY id")).containsExactly("case.hold", "retention.run");
    }

    Path export = dir.resolve("w-a.json");
    assertThat(run("subject", "export", "w-a", "--out", export.toString(), "--data-dir", dir.toString()).code).isZero();
    JsonNode doc = JSON.readTree(Files.readString(export));
    assertThat(doc.get("events")).hasSize(1);
    assertThat(doc.get("findings")).hasSize(1);
    assertThat(doc.get("cases").get(0).get("subject").asText()).isEqualTo("w-a");

    Result refused = run("subject", "erase", "w-held", "--data-dir", dir.toString());
    assertThat(refused.code).isEqualTo(3);
    assertThat(refused.err).contains("legal hold");
    assertThat(run("subject", "erase", "w-a", "--data-dir", dir.toString()).code).isZero();

    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      assertThat(column(db, "SELECT id FROM events")).containsExactly("e-held-old");
      assertThat(column(db, "SELECT subject FROM cases")).containsExactly("w-held");
      AuditLog audit = new AuditLog(db.dataSource());
      assertThat(audit.verify().intact()).isTrue();
      List<String> actions = new ArrayList<>();
      for (AuditEntry e : audit.latest(10)) actions.add(e.action() + " " + e.target());
      assertThat(actions).contains("subject.export subject:w-a", "subject.erase subject:w-a");
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static StoredEvent event(String id, String subject, Instant time) {
    return new StoredEvent(id, "auth", subject, time.toEpochMilli(),
        "{\"type\":\"auth\",\"id\":\"" + id + "\",\"subject\":\"" + subject + "\"}");
  }

  private static Finding finding(String subject, Instant time) {
    return new Finding(FindingIds.of("t", subject, "location"), "t", subject, SubjectKind.WORKER, time.toEpochMilli(),
        "location for " + subject, "…", 1e3, "location", List.of(), List.of(), List.of());
  }

  private static List<String> column(Database db, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
