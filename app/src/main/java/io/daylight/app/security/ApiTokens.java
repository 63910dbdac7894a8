package io.daylight.app.security;

import io.daylight.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * API tokens for ingestion and automation: {@code dl_<id>_<secret>}. The id is public (lists, the
 * audit log); only SHA-256 of the secret is stored, so the token is shown once, at creation. Each
 * token carries one role (its scope) and can be revoked.
 */
public final class ApiTokens {
  private static final String PREFIX = "dl_";
  private final DataSource dataSource;

  public ApiTokens(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** A new token: {@code token} is the only copy of the secret. */
  public record Issued(String id, Role role, String token) {}

  /** A stored token, without its secret. */
  public record Info(String id, Role role, String label, Instant createdAt, Instant revokedAt) {}

  public Issued create(Role role, String label) {
    String id = Secrets.token(6).replace('_', 'x').replace('-', 'y');
    String secret = Secrets.token(32);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (id, secret_hash, role, label) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, Secrets.sha256Hex(secret));
      ps.setString(3, role.wire());
      ps.setString(4, label == null ? "" : label);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not store a token", e);
    }
    return new Issued(id, role, PREFIX + id + "_" + secret);
  }

  /** The principal for a presented token, when it is known, unrevoked and its secret matches. */
  public Optional<Principal> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
    int sep = token.indexOf('_', PREFIX.length());
    if (sep < 0) return Optional.empty();
    String id = token.substring(PREFIX.length(), sep);
    String secret = token.substring(sep + 1);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT secret_hash, role FROM api_tokens WHERE id = ? AND revoked_at IS NULL")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !Secrets.equalHex(rs.getString(1), Secrets.sha256Hex(secret))) return Optional.empty();
        return Optional.of(new Principal("token:" + id, Role.parse(rs.getString(2)), null));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read tokens", e);
    }
  }

  public boolean revoke(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")) {
      ps.setString(1, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("could not revoke token " + id, e);
    }
  }

  public List<Info> list() {
    List<Info> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, role, label, created_at, revoked_at FROM api_tokens ORDER BY created_at");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        java.sql.Timestamp revoked = rs.getTimestamp(5);
        out.add(new Info(rs.getString(1), Role.parse(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
            revoked == null ? null : revoked.toInstant()));
      }
    } catch (SQLException e) {
      throw new StoreException("could not list tokens", e);
    }
    return out;
  }
}
