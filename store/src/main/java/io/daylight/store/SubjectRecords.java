package io.daylight.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A data subject's rights (GDPR Art. 15 access and Art. 17 erasure) over everything Daylight
 * stores about one identifier: a worker id ({@code w-1042}) or an application id
 * ({@code app-8812}); a person known under both is exported or erased once per identifier.
 *
 * <p>What "about them" means, table by table: events whose subject is the id (or, for an
 * application, whose id is); findings and cases whose subject is the id or which list it among
 * their members; the case state and suppressions of their own case; rejected lines whose raw text
 * contains the id as a JSON string; audit entries whose target ends with the id or whose detail
 * names it. Erasure removes all of these except the audit entries: the audit log is the record of
 * who did what with their data, kept under Art. 17(3)(b) and (e), and it receives the erasure's own
 * entry, which is the tombstone (the id, when, by whom, how many rows, and any hold override).
 */
public final class SubjectRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataSource dataSource;
  private final AuditLog audit;
  private final LegalHolds holds;
  private final Clock clock;

  public SubjectRecords(DataSource dataSource, AuditLog audit, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.holds = new LegalHolds(dataSource, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Thrown when erasure would remove data a legal hold keeps, and no override was given. */
  public static final class HeldException extends RuntimeException {
    HeldException(String id) {
      super(id + " is named by a case under legal hold: erase with an override and its reason, or release the hold");
    }
  }

  /**
   * The names {@code id} is stored under: a worker id and every pseudonym it has had (the stored
   * data names workers only by pseudonym, V4__pseudonyms.sql); given a pseudonym, the same set.
   */
  List<String> namesOf(String id) {
    Identities identities = new Identities(dataSource);
    String subject = identities.subjectOf(id).orElse(id);
    List<String> names = new java.util.ArrayList<>();
    names.add(subject);
    for (String p : identities.pseudonymsOf(subject)) if (!names.contains(p)) names.add(p);
    if (!names.contains(id)) names.add(id);
    return names;
  }

  /** Everything held about {@code id}, as one readable JSON document; the export is audited. */
  public ObjectNode export(String id, String actor) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("subject", id);
    List<String> names = namesOf(id);
    doc.putPOJO("stored_as", names);
    doc.put("exported_at", clock.instant().toString());
    doc.put("about", "Everything Daylight stores under this identifier. Events are shown as received; findings"
        + " are what a detector concluded from them, with the measured evidence; cases are the review queue"
        + " entries with any analyst decision; audit entries record who viewed or acted on this data.");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      Array n = c.createArrayOf("text", names.toArray());
      ArrayNode events = doc.putArray("events");
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, type, time, received_at, raw FROM events WHERE subject = ANY(?) OR (subject IS NULL AND id = ANY(?)) ORDER BY time, seq")) {
        ps.setArray(1, n);
        ps.setArray(2, n);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode e = events.addObject();
            e.put("id", rs.getString(1)).put("type", rs.getString(2))
                .put("time", rs.getObject(3, OffsetDateTime.class).toInstant().toString())
                .put("received_at", rs.getObject(4, OffsetDateTime.class).toInstant().toString());
            e.set("record", parse(rs.getString(5)));
          }
        }
      }
      rows(c, doc.putArray("findings"), """
          SELECT uid, detector, kind, subject, time, title, explanation, likelihood_ratio, dependency_group,
                 evidence::text AS evidence, event_ids, members, stored_at
            FROM findings WHERE subject = ANY(?) OR members && ? ORDER BY time, uid""", n, n);
      rows(c, doc.putArray("cases"), """
          SELECT c.kind, c.subject, c.score, c.posterior, c.level, c.summary, c.reasons::text AS reasons, c.members,
                 c.findings, c.updated_at, s.status, s.assignee, s.legal_hold, s.hold_reason, s.updated_at AS decided_at
            FROM cases c LEFT JOIN case_state s USING (kind, subject)
           WHERE c.subject = ANY(?) OR c.members && ? ORDER BY c.kind, c.subject""", n, n);
      rows(c, doc.putArray("case_state"), """
          SELECT kind, subject, status, assignee, legal_hold, hold_reason, updated_at FROM case_state
           WHERE subject = ANY(?) ORDER BY kind""", n);
      rows(c, doc.putArray("suppressions"), """
          SELECT kind, subject, detector, dependency_group, decided_by, audit_id, at FROM suppressions
           WHERE subject = ANY(?) ORDER BY at""", n);
      rows(c, doc.putArray("rejected_lines"), """
          SELECT source, line, reason, raw, received_at FROM rejected
           WHERE EXISTS (SELECT 1 FROM unnest(?::text[]) q WHERE strpos(raw, q) > 0) ORDER BY id""",
          c.createArrayOf("text", names.stream().map(SubjectRecords::quoted).toArray()));
      rows(c, doc.putArray("audit"), """
          SELECT id, at, actor, action, target, detail::text AS detail FROM audit_log a
           WHERE EXISTS (SELECT 1 FROM unnest(?::text[]) q
                          WHERE a.target = q OR right(a.target, length(q) + 1) = ':' || q
                             OR strpos(a.detail::text, '"' || q || '"') > 0) ORDER BY id""", n);
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("could not export " + id, e);
    }
    audit.append(actor, "subject.export", target(id), counts(doc));
    return doc;
  }

  /**
   * Removes everything held about {@code id} except the audit log, which records the erasure.
   * Refused with {@link HeldException} when a case under legal hold names the id, unless
   * {@code overrideHoldReason} is given (it is written to the audit log).
   *
   * @return the tombstone written to the audit log
   */
  public AuditEntry erase(String id, String actor, String overrideHoldReason) {
    boolean held = namesOf(id).stream().anyMatch(holds::covers);
    if (held && (overrideHoldReason == null || overrideHoldReason.isBlank())) throw new HeldException(id);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<String> names = namesOf(id);
        Array n = c.createArrayOf("text", names.toArray());
        long events = update(c, "DELETE FROM events WHERE subject = ANY(?) OR (subject IS NULL AND id = ANY(?))", n, n);
        long findings = update(c, "DELETE FROM findings WHERE subject = ANY(?) OR members && ?", n, n);
        long cases = update(c, "DELETE FROM cases WHERE subject = ANY(?) OR members && ?", n, n);
        long states = update(c, "DELETE FROM case_state WHERE subject = ANY(?)", n);
        long suppressions = update(c, "DELETE FROM suppressions WHERE subject = ANY(?)", n);
        long rejected = update(c, "DELETE FROM rejected WHERE EXISTS (SELECT 1 FROM unnest(?::text[]) q WHERE strpos(raw, q) > 0)",
            c.createArrayOf("text", names.stream().map(SubjectRecords::quoted).toArray()));
        // The link between the worker id and the pseudonyms goes last: nothing is left to re-identify.
        long identities = update(c, "DELETE FROM identities WHERE subject = ANY(?) OR pseudonym = ANY(?)", n, n);
        ObjectNode detail = JSON.createObjectNode();
        detail.put("events", events).put("findings", findings).put("cases", cases).put("case_state", states)
            .put("suppressions", suppressions).put("rejected", rejected)
            .put("identities", identities);
        if (held) detail.put("override_hold", overrideHoldReason);
        // Recorded before the commit: an erasure must never happen without its record (a record
        // without the erasure, should the commit then fail, is visible and the erase can be rerun).
        AuditEntry tombstone = audit.append(actor, "subject.erase", target(id), detail.toString());
        c.commit();
        return tombstone;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not erase " + id, e);
    }
  }

  static String target(String id) {
    return "subject:" + id;
  }

  private static String quoted(String id) {
    return JSON.getNodeFactory().textNode(id).toString();
  }

  private static String counts(ObjectNode doc) {
    ObjectNode o = JSON.createObjectNode();
    for (String k : new String[] {"events", "findings", "cases", "case_state", "suppressions", "rejected_lines", "audit"}) {
      o.put(k, doc.get(k).size());
    }
    return o.toString();
  }

  private static long update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      return ps.executeUpdate();
    }
  }

  /** Each row as an object; the JSON columns (evidence, reasons, detail) as JSON, not as strings. */
  private static void rows(Connection c, ArrayNode into, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          ObjectNode row = into.addObject();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            Object v = rs.getObject(i);
            if (v == null) {
              row.putNull(name);
            } else if (v instanceof Array a) {
              ArrayNode arr = row.putArray(name);
              for (Object x : (Object[]) a.getArray()) arr.add(String.valueOf(x));
            } else if (v instanceof Number n) {
              if (v instanceof Double || v instanceof Float) row.put(name, n.doubleValue());
              else row.put(name, n.longValue());
            } else if (v instanceof Boolean b) {
              row.put(name, b);
            } else if (v instanceof java.sql.Timestamp t) {
              row.put(name, t.toInstant().toString());
            } else if (name.equals("evidence") || name.equals("reasons") || name.equals("detail")) {
              row.set(name, parse(v.toString()));
            } else {
              row.put(name, v.toString());
            }
          }
        }
      }
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // A stored line is valid JSON (ingest accepted it); show it verbatim if that ever fails.
      return JSON.getNodeFactory().textNode(json);
    }
  }
}
