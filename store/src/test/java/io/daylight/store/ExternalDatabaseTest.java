package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A production-style database reached by URL, here a database on the shared embedded server. */
class ExternalDatabaseTest {
  private static String query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void pooled_sessions_commit_synchronously_even_where_the_database_default_is_not() throws Exception {
    String url;
    try (Database first = SharedServer.freshDatabase("external_sync_test")) {
      url = first.jdbcUrl();
      try (Connection c = first.dataSource().getConnection(); Statement s = c.createStatement()) {
        s.execute("ALTER DATABASE external_sync_test SET synchronous_commit = off");
      }
    }
    try (Database again = Database.external(url, EmbeddedServer.SUPERUSER, SharedServer.password());
        Connection c = again.dataSource().getConnection()) {
      assertThat(query(c, "SELECT current_setting('synchronous_commit')")).isEqualTo("on");
    }
  }

  @Test
  void opening_an_already_migrated_database_again_keeps_its_rows() throws Exception {
    String url;
    try (Database first = SharedServer.freshDatabase("external_reopen_test")) {
      url = first.jdbcUrl();
      new EventStore(first.dataSource()).append(List.of(new StoredEvent("x-1", "auth", "w-1", 0, "{}")));
    }
    try (Database again = Database.external(url, EmbeddedServer.SUPERUSER, SharedServer.password())) {
      assertThat(new EventStore(again.dataSource()).count()).isEqualTo(1);
    }
  }

  @Test
  void a_connection_given_back_mid_transaction_is_rolled_back_and_reused_in_autocommit() throws Exception {
    try (Database db = SharedServer.freshDatabase("external_pool_test")) {
      String backend;
      try (Connection c = db.dataSource().getConnection()) {
        backend = query(c, "SELECT pg_backend_pid()");
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          s.execute("INSERT INTO rejected (source, line, reason, raw) VALUES ('s', 1, 'r', 'x')");
        }
      }
      try (Connection c = db.dataSource().getConnection()) {
        assertThat(query(c, "SELECT pg_backend_pid()")).as("same session reused").isEqualTo(backend);
        assertThat(c.getAutoCommit()).isTrue();
        assertThat(query(c, "SELECT count(*) FROM rejected")).isEqualTo("0");
      }
    }
  }

  @Test
  void a_returned_connection_cannot_be_used_by_its_old_borrower() throws Exception {
    try (Database db = SharedServer.freshDatabase("external_pool_test")) {
      Connection c = db.dataSource().getConnection();
      c.close();
      assertThat(c.isClosed()).isTrue();
      assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class).hasMessageContaining("returned");
    }
  }

  @Test
  void a_wrong_password_fails_with_the_url_in_the_message() {
    try (Database db = SharedServer.freshDatabase("external_auth_test")) {
      assertThatThrownBy(() -> Database.external(db.jdbcUrl(), EmbeddedServer.SUPERUSER, "wrong"))
          .isInstanceOf(StoreException.class).hasMessageContaining(db.jdbcUrl());
    }
  }
}
