package io.daylight.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.security.ApiException;
import io.daylight.app.security.Principal;
import io.daylight.app.serve.DaylightService;
import io.daylight.core.casebook.Suppression;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.store.AuditEntry;
import io.daylight.store.AuditLog;
import io.daylight.store.FindingStore;
import io.daylight.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * What analysts do to a case: assign, comment, decide. Every action is first written to the audit
 * log (the case history), then applied.
 *
 * <p>The human review gate (GDPR Art. 22): the only way a case becomes {@code confirmed} is
 * {@link #decide} by a signed-in person with a reason; detectors, scores and API tokens never
 * confirm.
 *
 * <p>A benign decision suppresses the evidence behind it in that case from then on: each
 * (detector, dependency group) among the case's findings is recorded, and findings matching one no
 * longer count in the case's score, now or when the detector reports the same fact again later.
 * The case's findings include those of the applicant cluster that hired a worker (see the core
 * {@code CaseBook}); a suppression names the case, so the ring stays evidence in any other case.
 */
public final class Decisions {
  public enum Decision {
    BENIGN, CONFIRMED, NEEDS_VERIFICATION;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Decision parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("decision is one of benign, confirmed, needs_verification: " + s);
      }
    }
  }

  /** An analyst's view of the case. */
  public record State(String assignee, String status) {
    static final State OPEN = new State(null, "open");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final DataSource dataSource;
  private final AuditLog audit;
  private final FindingStore findings;
  private final DaylightService service;
  private final Set<String> suppressed = ConcurrentHashMap.newKeySet();

  public Decisions(DataSource dataSource, AuditLog audit, FindingStore findings, DaylightService service) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.findings = findings;
    this.service = service;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT kind, subject, detector, dependency_group FROM suppressions");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) suppressed.add(key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    } catch (SQLException e) {
      throw new StoreException("could not read suppressions", e);
    }
  }

  /** Whether an analyst's benign decision covers this finding in its own subject's case. */
  public boolean isSuppressed(Finding f) {
    return isSuppressed(f.kind(), f.subject(), f);
  }

  /** Whether an analyst's benign decision on the case ({@code kind}, {@code subject}) covers {@code f}. */
  public boolean isSuppressed(SubjectKind kind, String subject, Finding f) {
    return suppressed.contains(key(kind.wire(), subject, f.detector(), f.dependencyGroup()));
  }

  /** Every benign decision's suppressions, as the case book takes them. */
  public List<Suppression> suppressions() {
    List<Suppression> out = new ArrayList<>();
    for (String k : suppressed) {
      String[] p = k.split("\u0000", -1);
      out.add(new Suppression(SubjectKind.valueOf(p[0].toUpperCase(Locale.ROOT)), p[1], p[2], p[3]));
    }
    return out;
  }

  public static String target(SubjectKind kind, String subject) {
    return "case:" + kind.wire() + ":" + subject;
  }

  public State state(SubjectKind kind, String subject) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT assignee, status FROM case_state WHERE kind = ? AND subject = ?")) {
      ps.setString(1, kind.wire());
      ps.setString(2, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new State(rs.getString(1), rs.getString(2)) : State.OPEN;
      }
    } catch (SQLException e) {
      throw new StoreException("could not read case state", e);
    }
  }

  public boolean known(SubjectKind kind, String subject) {
    return !findings.ofCase(kind, subject).isEmpty();
  }

  public AuditEntry assign(String actor, SubjectKind kind, String subject, String assignee) {
    AuditEntry e = audit.append(actor, "case.assign", target(kind, subject), JSON.createObjectNode().put("assignee", assignee).toString());
    upsertState(kind, subject, "assignee", assignee);
    return e;
  }

  public AuditEntry comment(String actor, SubjectKind kind, String subject, String text) {
    return audit.append(actor, "case.comment", target(kind, subject), JSON.createObjectNode().put("text", text).toString());
  }

  /**
   * Records {@code by}'s decision. Confirming is a person's decision (GDPR Art. 22): an API token
   * is held by automation (a SOAR playbook, a sync script), which may record benign and
   * needs_verification outcomes but never confirm, so {@code confirmed} takes a signed-in account.
   *
   * @throws IllegalArgumentException without a reason
   * @throws ApiException (403) when a token tries to confirm
   */
  public AuditEntry decide(Principal by, SubjectKind kind, String subject, Decision decision, String reason) {
    if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a decision needs a reason");
    if (decision == Decision.CONFIRMED && !by.isSession()) {
      throw new ApiException(403, "confirming a case is a person's decision: sign in to the console to confirm;"
          + " API tokens may record benign or needs_verification, never confirmed");
    }
    String actor = by.name();
    var detail = JSON.createObjectNode().put("decision", decision.wire()).put("reason", reason);
    var groups = detail.putArray("suppressed");
    var list = findings.ofCase(kind, subject);
    if (decision == Decision.BENIGN) {
      for (Finding f : list) {
        if (!isSuppressed(kind, subject, f)) groups.addObject().put("detector", f.detector()).put("dependency_group", f.dependencyGroup());
      }
    }
    AuditEntry e = audit.append(actor, "case.decide", target(kind, subject), detail.toString());
    upsertState(kind, subject, "status", decision.wire());
    if (decision == Decision.BENIGN) {
      List<Suppression> added = new ArrayList<>();
      try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
          INSERT INTO suppressions (kind, subject, detector, dependency_group, decided_by, audit_id)
          VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
        for (Finding f : list) {
          ps.setString(1, kind.wire());
          ps.setString(2, subject);
          ps.setString(3, f.detector());
          ps.setString(4, f.dependencyGroup());
          ps.setString(5, actor);
          ps.setLong(6, e.id());
          ps.addBatch();
          suppressed.add(key(kind.wire(), subject, f.detector(), f.dependencyGroup()));
          added.add(Suppression.of(kind, subject, f));
        }
        ps.executeBatch();
      } catch (SQLException ex) {
        throw new StoreException("could not store suppressions", ex);
      }
      service.suppress(added);
      service.rescore(kind, subject);
    }
    return e;
  }

  private void upsertState(SubjectKind kind, String subject, String column, String value) {
    // column is one of two constants above, never request text.
    String sql = "INSERT INTO case_state (kind, subject, " + column + ") VALUES (?, ?, ?) "
        + "ON CONFLICT (kind, subject) DO UPDATE SET " + column + " = excluded." + column + ", updated_at = now()";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, kind.wire());
      ps.setString(2, subject);
      ps.setString(3, value);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not store case state", e);
    }
  }

  Optional<Finding> finding(SubjectKind kind, String subject, String uid) {
    return findings.ofCase(kind, subject).stream().filter(f -> f.uid().equals(uid)).findFirst();
  }

  private static String key(String kind, String subject, String detector, String group) {
    return kind + "\u0000" + subject + "\u0000" + detector + "\u0000" + group;
  }
}
