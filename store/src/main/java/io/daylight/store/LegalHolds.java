package io.daylight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Legal holds on cases: while a case is held, retention keeps it, its findings and the events of
 * its subject and members, and erasure of those people is refused unless overridden with a reason.
 * Every change is written to the audit log (target {@code case:<kind>:<subject>}).
 */
public final class LegalHolds {
  private final DataSource dataSource;
  private final AuditLog audit;

  public LegalHolds(DataSource dataSource, AuditLog audit) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /** Places the case under hold; {@code reason} (a matter or ticket reference) is required. */
  public void hold(String kind, String subject, String reason, String actor) {
    if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a legal hold needs a reason");
    set(kind, subject, true, reason);
    audit.append(actor, "case.hold", target(kind, subject), "{\"reason\":" + Json.write(reason) + "}");
  }

  /** Lifts the hold; retention then applies to the case again. */
  public void release(String kind, String subject, String reason, String actor) {
    set(kind, subject, false, null);
    audit.append(actor, "case.release", target(kind, subject),
        reason == null ? null : "{\"reason\":" + Json.write(reason) + "}");
  }

  public boolean isHeld(String kind, String subject) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT legal_hold FROM case_state WHERE kind = ? AND subject = ?")) {
      ps.setString(1, kind);
      ps.setString(2, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the legal hold of " + target(kind, subject), e);
    }
  }

  /** Whether any held case names {@code person} as its subject or a member. */
  public boolean covers(String person) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("""
            SELECT EXISTS (SELECT 1 FROM case_state s LEFT JOIN cases c USING (kind, subject)
                            WHERE s.legal_hold AND (s.subject = ? OR ? = ANY(c.members)))""")) {
      ps.setString(1, person);
      ps.setString(2, person);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new StoreException("could not read legal holds", e);
    }
  }

  private void set(String kind, String subject, boolean held, String reason) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("""
            INSERT INTO case_state (kind, subject, legal_hold, hold_reason) VALUES (?, ?, ?, ?)
            ON CONFLICT (kind, subject) DO UPDATE
              SET legal_hold = excluded.legal_hold, hold_reason = excluded.hold_reason""")) {
      ps.setString(1, kind);
      ps.setString(2, subject);
      ps.setBoolean(3, held);
      ps.setString(4, reason);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not set the legal hold of " + target(kind, subject), e);
    }
  }

  static String target(String kind, String subject) {
    return "case:" + kind + ":" + subject;
  }
}
