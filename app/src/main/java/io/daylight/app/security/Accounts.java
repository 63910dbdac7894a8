package io.daylight.app.security;

import io.daylight.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Local accounts: a name, a role and an Argon2id hash. There is no default account. */
public final class Accounts {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
  /**
   * Verifying against this when the name is unknown makes a wrong name cost as much time as a wrong
   * password, so response times do not reveal which names exist.
   */
  private final String decoy;
  private final DataSource dataSource;
  private final PasswordHasher hasher;

  public Accounts(DataSource dataSource, PasswordHasher hasher) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.decoy = hasher.hash(Secrets.password(20));
  }

  /** Creates the account, or replaces its role and password when it exists. */
  public void put(String name, Role role, String password) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("an account name is 1-63 of a-z 0-9 . _ - (starting with a letter or digit): " + name);
    }
    String hash = hasher.hash(password);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
        INSERT INTO accounts (name, role, password_hash) VALUES (?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, disabled = false""")) {
      ps.setString(1, name);
      ps.setString(2, role.wire());
      ps.setString(3, hash);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not store account " + name, e);
    }
  }

  /** The account's role when the password is right and the account enabled. */
  public Optional<Role> authenticate(String name, String password) {
    String hash = null;
    Role role = null;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT role, password_hash FROM accounts WHERE name = ? AND NOT disabled")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          role = Role.parse(rs.getString(1));
          hash = rs.getString(2);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not read accounts", e);
    }
    boolean ok = hasher.verify(password, hash == null ? decoy : hash);
    return ok && role != null ? Optional.of(role) : Optional.empty();
  }

  public boolean disable(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE accounts SET disabled = true WHERE name = ?")) {
      ps.setString(1, name);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("could not disable account " + name, e);
    }
  }
}
