package io.daylight.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded server for the whole test JVM (a start costs about a second, initdb two), and a
 * fresh database on it per test class, opened through {@link Database#external} like a
 * production server.
 */
final class SharedServer {
  private static Database server;

  private SharedServer() {}

  static synchronized Database freshDatabase(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a plain identifier: " + name);
    Database admin = server();
    try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String url = admin.jdbcUrl().substring(0, admin.jdbcUrl().lastIndexOf('/') + 1) + name;
    return Database.external(url, EmbeddedServer.SUPERUSER, admin.embeddedPassword());
  }

  /** The superuser password of the shared server. */
  static synchronized String password() {
    return server().embeddedPassword();
  }

  private static Database server() {
    if (server != null) return server;
    try {
      Path dir = Files.createTempDirectory("daylight-store-test-");
      server = Database.embedded(dir);
      Database started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.close();
        try {
          PostgresBinaries.deleteTree(dir);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
