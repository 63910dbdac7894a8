package io.daylight.flink;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL 18 from the zonky binaries jar, for the sink tests. PostgreSQL refuses to
 * run as root, and builders and CI run as root here, so the server runs as {@code nobody} through
 * setpriv when needed. The store module has the production launcher; this is the test-only minimum.
 */
final class TestPostgres implements AutoCloseable {
  private static final String NOBODY = "65534";
  private final Path dir;
  private final int port;

  private TestPostgres(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  static TestPostgres start() throws Exception {
    Path dir = Files.createTempDirectory("daylight-flink-pg");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (InputStream txz = TestPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
      Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", dir.toString()).redirectErrorStream(true).start();
      txz.transferTo(tar.getOutputStream());
      tar.getOutputStream().close();
      check(tar, "tar");
    }
    if (isRoot()) check(new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()).start(), "chown");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = dir.resolve("data");
    run(dir, "initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
    run(dir, "pg_ctl", "-D", data.toString(), "-w", "-l", dir.resolve("server.log").toString(), "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    return new TestPostgres(dir, port);
  }

  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  Properties connection() {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    return p;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), connection());
  }

  /** The findings, cases and identities tables as the store module's migrations declare them. */
  void createStoreTables() throws SQLException {
    try (Connection c = connect(); var st = c.createStatement()) {
      st.execute("CREATE TABLE findings (uid text PRIMARY KEY, detector text NOT NULL, subject text NOT NULL, "
          + "kind text NOT NULL, time timestamptz NOT NULL, likelihood_ratio double precision NOT NULL "
          + "CHECK (likelihood_ratio > 0), dependency_group text NOT NULL, title text, explanation text, "
          + "evidence jsonb NOT NULL, event_ids text[] NOT NULL, members text[] NOT NULL, "
          + "stored_at timestamptz NOT NULL DEFAULT now())");
      st.execute("CREATE TABLE cases (kind text NOT NULL, subject text NOT NULL, score integer NOT NULL "
          + "CHECK (score BETWEEN 0 AND 100), posterior double precision NOT NULL, level text NOT NULL, "
          + "members text[] NOT NULL, findings text[] NOT NULL, reasons jsonb NOT NULL, summary text NOT NULL, "
          + "updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (kind, subject))");
      // V4__pseudonyms.sql
      st.execute("CREATE TABLE identities (pseudonym text PRIMARY KEY, subject text NOT NULL, key_id text NOT NULL, "
          + "created_at timestamptz NOT NULL DEFAULT now())");
    }
  }

  void truncateStoreTables() throws SQLException {
    try (Connection c = connect(); var st = c.createStatement()) {
      st.execute("TRUNCATE findings, cases, identities");
    }
  }

  @Override
  public void close() throws Exception {
    run(dir, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void run(Path dir, String tool, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (isRoot()) cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
    cmd.add(dir.resolve("bin").resolve(tool).toString());
    cmd.addAll(List.of(args));
    check(new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start(), tool);
  }

  private static void check(Process p, String what) throws IOException, InterruptedException {
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(what + " failed: " + out);
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
