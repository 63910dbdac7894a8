package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogTest {
  private Database db;
  private AuditLog audit;

  // A fresh database per test: the log is append-only, so a test cannot clean up after itself.
  @BeforeEach
  void open() {
    db = SharedServer.freshDatabase("audit_log_test");
    audit = new AuditLog(db.dataSource());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void asSuperuser(String... sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
  }

  private List<AuditEntry> appendThree() {
    List<AuditEntry> entries = new ArrayList<>();
    entries.add(audit.append("ana", "case.open", "worker:w-1042", "{\"reason\": \"score 97\", \"a\": 1}"));
    entries.add(audit.append("ana", "case.note", "worker:w-1042", null));
    entries.add(audit.append("bo", "case.close", "worker:w-1042", "{\"outcome\":\"confirmed\"}"));
    return entries;
  }

  @Test
  void chains_each_entry_to_the_one_before_and_verifies() {
    List<AuditEntry> e = appendThree();
    assertThat(e.get(0).prevHash()).isEqualTo(AuditLog.GENESIS);
    assertThat(e.get(1).prevHash()).isEqualTo(e.get(0).hash());
    assertThat(e.get(2).prevHash()).isEqualTo(e.get(1).hash());
    assertThat(audit.verify()).isEqualTo(new ChainCheck(3, -1, ""));
    assertThat(audit.head()).isEqualTo(e.get(2).hash());
    assertThat(audit.latest(3)).containsExactly(e.get(2), e.get(1), e.get(0));
    assertThat(e.get(0).detail()).as("canonical jsonb text").isEqualTo("{\"a\": 1, \"reason\": \"score 97\"}");
  }

  @Test
  void refuses_update_delete_and_truncate() {
    appendThree();
    assertThatThrownBy(() -> asSuperuser("UPDATE audit_log SET actor = 'mallory'")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> asSuperuser("DELETE FROM audit_log")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> asSuperuser("TRUNCATE audit_log")).hasMessageContaining("append-only");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void finds_a_row_changed_behind_the_triggers_back() throws SQLException {
    List<AuditEntry> e = appendThree();
    long changed = e.get(1).id();
    asSuperuser("ALTER TABLE audit_log DISABLE TRIGGER USER",
        "UPDATE audit_log SET actor = 'mallory' WHERE id = " + changed,
        "ALTER TABLE audit_log ENABLE TRIGGER USER");
    ChainCheck check = audit.verify();
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenId()).isEqualTo(changed);
    assertThat(check.problem()).contains("content");
  }

  @Test
  void finds_a_row_removed_behind_the_triggers_back_at_the_row_after_it() throws SQLException {
    List<AuditEntry> e = appendThree();
    asSuperuser("ALTER TABLE audit_log DISABLE TRIGGER USER",
        "DELETE FROM audit_log WHERE id = " + e.get(1).id(),
        "ALTER TABLE audit_log ENABLE TRIGGER USER");
    ChainCheck check = audit.verify();
    assertThat(check.firstBrokenId()).isEqualTo(e.get(2).id());
    assertThat(check.problem()).contains("removed");
  }

  @Test
  void a_detail_rewritten_to_an_equal_json_document_still_verifies() throws SQLException {
    List<AuditEntry> e = appendThree();
    // Same JSON value, other spelling: jsonb stores one canonical form, which is what is hashed.
    asSuperuser("ALTER TABLE audit_log DISABLE TRIGGER USER",
        "UPDATE audit_log SET detail = '{\"reason\":\"score 97\",   \"a\":1}' WHERE id = " + e.get(0).id(),
        "ALTER TABLE audit_log ENABLE TRIGGER USER");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void concurrent_appenders_keep_one_unbroken_chain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String actor = "analyst-" + t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) audit.append(actor, "case.view", "worker:w-" + i, "{\"i\":" + i + "}");
        }));
      }
      for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(audit.verify()).isEqualTo(new ChainCheck(100, -1, ""));
  }
}
