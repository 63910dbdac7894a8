package io.daylight.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daylight's PostgreSQL database: an embedded server on a local directory (the default), or an
 * external server (production). Either way the schema is migrated on open and the
 * {@link #dataSource()} pools connections whose commits are durable when they return.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  /** Connections per pool: the HTTP workers plus the ingest writer; PostgreSQL allows 100. */
  private static final int POOL_SIZE = 16;

  private final EmbeddedServer server;
  private final ConnectionPool pool;
  private final String jdbcUrl;

  private Database(EmbeddedServer server, ConnectionPool pool, String jdbcUrl) {
    this.server = server;
    this.pool = pool;
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * Starts (creating on first use) an embedded PostgreSQL server whose files live in
   * {@code dataDir}, on a free port, and opens its database. The directory survives restarts,
   * including after this process was killed with -9.
   */
  public static Database embedded(Path dataDir) {
    return embedded(dataDir, 0);
  }

  /** As {@link #embedded(Path)}, listening on {@code port} (0 for a free one) on 127.0.0.1. */
  public static Database embedded(Path dataDir, int port) {
    return embedded(dataDir, port, null);
  }

  static Database embedded(Path dataDir, int port, RunAs runAs) {
    EmbeddedServer server;
    try {
      server = EmbeddedServer.start(dataDir, port, runAs);
    } catch (IOException e) {
      throw new StoreException("could not start the embedded database in " + dataDir, e);
    }
    try {
      ConnectionPool pool = new ConnectionPool(server.jdbcUrl(), EmbeddedServer.SUPERUSER, server.password(), POOL_SIZE);
      Database db = new Database(server, pool, server.jdbcUrl());
      db.requireDurableCommits(true);
      db.migrate();
      return db;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Opens the database at {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db}) and migrates it. */
  public static Database external(String jdbcUrl, String user, String password) {
    Database db = new Database(null, new ConnectionPool(jdbcUrl, user, password, POOL_SIZE), jdbcUrl);
    try {
      db.requireDurableCommits(false);
      db.migrate();
      return db;
    } catch (RuntimeException e) {
      db.pool.close();
      throw e;
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  /** The JDBC URL (without credentials). */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The embedded server's superuser password; empty for an external database. */
  public String embeddedPassword() {
    return server == null ? "" : server.password();
  }

  RunAs embeddedRunAs() {
    return server == null ? null : server.runAs();
  }

  @Override
  public void close() {
    pool.close();
    if (server != null) server.close();
  }

  private void migrate() {
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /**
   * An acknowledged append must survive a crash, so fsync must be on. The embedded server sets it
   * itself, and a server that then reports it off is a bug; an external server's configuration
   * belongs to its operator, who is warned.
   */
  private void requireDurableCommits(boolean embedded) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
      rs.next();
      boolean durable = "on".equals(rs.getString(1)) && "on".equals(rs.getString(2));
      if (durable) return;
      String message = "fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2)
          + ": acknowledged events can be lost in a crash";
      if (embedded) throw new StoreException(message);
      log.warn("{} ({})", message, jdbcUrl);
    } catch (SQLException e) {
      throw new StoreException("could not reach the database at " + jdbcUrl, e);
    }
  }
}
