package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.daylight.store.testing.EmbeddedFiles;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
  // One cluster for the tests that only look at a running server; initdb costs 1-4 s here.
  @TempDir static Path sharedDir;
  private static Path sharedData;
  private static Database shared;

  @TempDir Path dir;

  @BeforeAll
  static void startShared() {
    sharedData = sharedDir.resolve("db");
    shared = Database.embedded(sharedData);
  }

  @AfterAll
  static void stopShared() {
    shared.close();
  }

  private static StoredEvent event(String id) {
    return new StoredEvent(id, "auth", "w-1", 1_772_000_000_000L, "{\"id\":\"" + id + "\"}");
  }

  private static String setting(Database db, String name) throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void keeps_its_data_across_a_clean_restart_on_the_same_directory() throws Exception {
    Path data = dir.resolve("daylight db"); // a space, to catch unquoted paths in pg_ctl's shell
    try (Database db = Database.embedded(data)) {
      new EventStore(db.dataSource()).append(List.of(event("e-1"), event("e-2")));
    }
    assertThat(EmbeddedFiles.server(data)).as("server stopped on close").isEmpty();
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (Database db = Database.embedded(data, port)) {
      assertThat(db.jdbcUrl()).contains(":" + port + "/");
      EventStore events = new EventStore(db.dataSource());
      assertThat(events.count()).isEqualTo(2);
      assertThat(events.append(List.of(event("e-2"), event("e-3")))).containsExactly(false, true);
    }
  }

  @Test
  void refuses_a_directory_that_holds_other_files() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Database.embedded(home)).isInstanceOf(StoreException.class).hasMessageContaining("notes.txt");
    assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void a_directory_in_use_is_refused_and_its_server_left_alone() {
    assertThatThrownBy(() -> Database.embedded(sharedData)).isInstanceOf(StoreException.class).hasMessageContaining("in use");
    assertThat(new EventStore(shared.dataSource()).append(List.of(event("still-up")))).containsExactly(true);
  }

  @Test
  void starts_when_a_stale_postmaster_pid_names_a_pid_now_used_by_another_program() throws Exception {
    Path data = dir.resolve("db");
    Path pidFile = data.resolve("pg/postmaster.pid");
    List<String> running;
    try (Database db = Database.embedded(data)) {
      new EventStore(db.dataSource()).append(List.of(event("before")));
      running = Files.readAllLines(pidFile);
    }
    // As after a crash in a container where the pid went to another process: here, this JVM.
    List<String> stale = new ArrayList<>(running);
    stale.set(0, Long.toString(ProcessHandle.current().pid()));
    Files.write(pidFile, stale);
    try (Database db = Database.embedded(data)) {
      assertThat(new EventStore(db.dataSource()).byIds(List.of("before"))).hasSize(1);
    }
    assertThat(ProcessHandle.current().isAlive()).isTrue();
  }

  @Test
  void commits_are_flushed_to_disk_before_they_are_acknowledged() throws Exception {
    assertThat(setting(shared, "fsync")).isEqualTo("on");
    assertThat(setting(shared, "synchronous_commit")).isEqualTo("on");
    assertThat(setting(shared, "full_page_writes")).isEqualTo("on");
  }

  @Test
  void listens_only_on_loopback_and_asks_for_a_password() throws Exception {
    assertThat(setting(shared, "listen_addresses")).isEqualTo("127.0.0.1");
    assertThat(setting(shared, "unix_socket_directories")).isEmpty();
    assertThat(Files.readString(sharedData.resolve("pg/pg_hba.conf"))).contains("scram-sha-256").doesNotContain(" trust");
  }

  @Test
  void runs_the_server_as_an_unprivileged_account_when_started_by_root() throws Exception {
    // Under JUnit's 0700 temp directory only the user-namespace way can work for root.
    ProcessHandle server = EmbeddedFiles.server(sharedData).orElseThrow();
    if (RunAs.currentUid() == 0) {
      assertThat(shared.embeddedRunAs()).isEqualTo(RunAs.USER_NAMESPACE);
      assertThat(server.info().user()).hasValue("root");
    } else {
      assertThat(shared.embeddedRunAs()).isEqualTo(RunAs.CURRENT_USER);
      assertThat(server.info().user()).hasValue(System.getProperty("user.name"));
    }
  }

  @Test
  void a_root_started_directory_moves_between_the_two_ways_of_dropping_root() throws Exception {
    assumeThat(RunAs.currentUid()).as("only root drops privileges").isZero();
    // JUnit's temp dir is 0700, which the nobody account cannot pass through.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    Path data = dir.resolve("db");
    try (Database db = Database.embedded(data)) {
      assertThat(db.embeddedRunAs()).as("preferred when the directory is reachable").isEqualTo(RunAs.NOBODY);
      assertThat(EmbeddedFiles.server(data).orElseThrow().info().user()).hasValue("nobody");
      new EventStore(db.dataSource()).append(List.of(event("e-1")));
    }
    try (Database db = Database.embedded(data, 0, RunAs.USER_NAMESPACE)) {
      // The kernel still sees root; PostgreSQL, inside the namespace, sees uid 65534.
      assertThat(EmbeddedFiles.server(data).orElseThrow().info().user()).hasValue("root");
      assertThat(new EventStore(db.dataSource()).count()).isEqualTo(1);
    }
    try (Database db = Database.embedded(data, 0, RunAs.NOBODY)) {
      assertThat(new EventStore(db.dataSource()).count()).isEqualTo(1);
    }
  }
}
