package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.Main;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.AuditLog;
import io.daylight.store.CaseStore;
import io.daylight.store.Database;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.daylight.store.Identities;
import io.daylight.store.StoredEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code daylight pseudonyms rotate} on a real embedded database: a store written before
 * pseudonymisation is pseudonymised, a second rotation moves every table to a new key, a decision's
 * history and a subject-rights export still find the person, and serve's key check refuses a key the
 * data is not under.
 */
class PseudonymsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void rotation_pseudonymises_a_legacy_store_then_moves_every_table_to_a_new_key() throws Exception {
    Instant now = Instant.now();
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      new EventStore(db.dataSource()).append(List.of(event("e1", "w-a", now), event("e2", "w-a", now), event("e3", "w-b", now)));
      Finding farm = new Finding(FindingIds.of("farm", "w-a", "x"), "farm", "w-a", SubjectKind.WORKER, now.toEpochMilli(),
          "shared with w-b", "Worker w-a shares an address with w-b (not w-ab).", 10, "farm", List.of(), List.of("e1"),
          List.of("w-a", "w-b"));
      new FindingStore(db.dataSource()).upsert(List.of(farm));
      new CaseStore(db.dataSource()).replace(new CaseScorer(ScoringPolicy.DEFAULT).score(List.of(farm)));
      execute(db, "INSERT INTO case_state (kind, subject, status) VALUES ('worker', 'w-a', 'needs_verification')");
      new AuditLog(db.dataSource()).append("analyst1", "case.decide", "case:worker:w-a", "{\"reason\":\"call booked\"}");
      assertThatThrownBy(() -> new Identities(db.dataSource()).adopt("anykey"))
          .hasMessageContaining("stored before pseudonymisation");
    }

    Result first = run("pseudonyms", "rotate", "--data-dir", dir.toString());
    assertThat(first.code).as(first.err).isZero();
    Pseudonyms k1 = PseudonymKey.load(dir.resolve("pseudonym.key"));
    String a1 = k1.of("w-a");
    String b1 = k1.of("w-b");
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      assertThat(column(db, "SELECT DISTINCT subject FROM events")).containsExactlyInAnyOrder(a1, b1);
      assertThat(column(db, "SELECT raw FROM events WHERE id = 'e3'").get(0)).contains("\"subject\":\"" + b1 + "\"");
      assertThat(column(db, "SELECT subject || ' ' || array_to_string(members, ',') || ' ' || explanation || ' ' || title FROM findings"))
          .containsExactly(a1 + " " + String.join(",", a1, b1) + " Worker " + a1 + " shares an address with " + b1
              + " (not w-ab). shared with " + b1);
      assertThat(column(db, "SELECT subject FROM cases")).containsExactly(a1);
      assertThat(column(db, "SELECT subject FROM case_state")).containsExactly(a1);
      new Identities(db.dataSource()).adopt(k1.keyId()); // serve's check passes with the key file
    }
    assertThat(JSON.readTree(run("pseudonyms", "status", "--data-dir", dir.toString()).out).get("match").asBoolean()).isTrue();

    Result second = run("pseudonyms", "rotate", "--data-dir", dir.toString());
    assertThat(second.code).as(second.err).isZero();
    assertThat(JSON.readTree(second.out).get("from_key").asText()).isEqualTo(k1.keyId());
    Pseudonyms k2 = PseudonymKey.load(dir.resolve("pseudonym.key"));
    assertThat(k2.keyId()).isNotEqualTo(k1.keyId());
    String a2 = k2.of("w-a");
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      assertThat(column(db, "SELECT DISTINCT subject FROM events")).containsExactlyInAnyOrder(a2, k2.of("w-b"));
      assertThat(column(db, "SELECT subject FROM case_state")).containsExactly(a2);
      Identities ids = new Identities(db.dataSource());
      assertThat(ids.subjectOf(a2)).contains("w-a");
      assertThat(ids.siblingsOf(a2)).containsExactly(a2, a1); // old audit targets still resolve
      assertThatThrownBy(() -> ids.adopt(k1.keyId())).isInstanceOf(Identities.KeyMismatchException.class)
          .hasMessageContaining(k2.keyId());
      assertThat(column(db, "SELECT action FROM audit_log ORDER BY id"))
          .containsExactly("case.decide", "pseudonym.rotate", "pseudonym.rotate");
    }

    Path export = dir.resolve("w-a.json");
    assertThat(run("subject", "export", "w-a", "--out", export.toString(), "--data-dir", dir.toString()).code).isZero();
    JsonNode doc = JSON.readTree(Files.readString(export));
    assertThat(doc.get("events")).hasSize(2);
    assertThat(doc.get("cases")).hasSize(1);
    assertThat(doc.get("audit").toString()).contains("call booked");

    assertThat(run("subject", "erase", "w-b", "--data-dir", dir.toString()).code).isZero();
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      assertThat(column(db, "SELECT subject FROM identities")).doesNotContain("w-b");
    }
  }

  @Test
  void a_rotation_that_stopped_before_replacing_the_key_file_finishes_with_the_same_new_key() throws Exception {
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      new EventStore(db.dataSource()).append(List.of(event("e1", "w-a", Instant.now())));
    }
    // As a crash after the database moved would leave it: the next key written, the old file in place.
    PseudonymKey.write(dir.resolve("pseudonym.key.next"), PseudonymKey.fresh(), false);
    String next = PseudonymKey.load(dir.resolve("pseudonym.key.next")).keyId();
    assertThat(run("pseudonyms", "rotate", "--data-dir", dir.toString()).code).isZero();
    assertThat(PseudonymKey.load(dir.resolve("pseudonym.key")).keyId()).isEqualTo(next);
    assertThat(Files.exists(dir.resolve("pseudonym.key.next"))).isFalse();
    assertThat(Files.getPosixFilePermissions(dir.resolve("pseudonym.key")))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static StoredEvent event(String id, String subject, Instant time) {
    return new StoredEvent(id, "auth", subject, time.toEpochMilli(),
        "{\"type\":\"auth\", \"id\":\"" + id + "\", \"subject\": \"" + subject + "\"}");
  }

  private static void execute(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
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
