package io.daylight.store;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/** Findings, keyed by their deterministic uid, so storing a re-run's findings changes nothing. */
public final class FindingStore {
  // The WHERE clause leaves an unchanged row untouched: no dead tuple, no stored_at bump.
  private static final String UPSERT = """
      INSERT INTO findings AS f (uid, detector, subject, kind, time, likelihood_ratio, dependency_group,
                                 title, explanation, evidence, event_ids, members)
      VALUES (?, ?, ?, ?, 'epoch'::timestamptz + ?::bigint * interval '1 millisecond', ?, ?, ?, ?, ?::jsonb, ?, ?)
      ON CONFLICT (uid) DO UPDATE SET
        detector = excluded.detector, subject = excluded.subject, kind = excluded.kind, time = excluded.time,
        likelihood_ratio = excluded.likelihood_ratio, dependency_group = excluded.dependency_group,
        title = excluded.title, explanation = excluded.explanation, evidence = excluded.evidence,
        event_ids = excluded.event_ids, members = excluded.members, stored_at = now()
      WHERE (f.detector, f.subject, f.kind, f.time, f.likelihood_ratio, f.dependency_group, f.title,
             f.explanation, f.evidence, f.event_ids, f.members)
            IS DISTINCT FROM
            (excluded.detector, excluded.subject, excluded.kind, excluded.time, excluded.likelihood_ratio,
             excluded.dependency_group, excluded.title, excluded.explanation, excluded.evidence,
             excluded.event_ids, excluded.members)""";
  private static final String COLUMNS = """
      uid, detector, subject, kind, (extract(epoch FROM time) * 1000)::bigint, title, explanation,
      likelihood_ratio, dependency_group, evidence::text, event_ids, members""";

  private final DataSource dataSource;

  public FindingStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Stores findings in one transaction: new uids are inserted, known uids updated if their content
   * differs.
   *
   * @return how many rows were inserted or changed (0 when every finding was already stored as is)
   */
  public int upsert(Collection<Finding> findings) {
    if (findings.isEmpty()) return 0;
    int changed = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
        for (Finding f : findings) {
          ps.setString(1, f.uid());
          ps.setString(2, f.detector());
          ps.setString(3, f.subject());
          ps.setString(4, f.kind().wire());
          ps.setLong(5, f.time());
          ps.setDouble(6, f.likelihoodRatio());
          ps.setString(7, f.dependencyGroup());
          ps.setString(8, f.title());
          ps.setString(9, f.explanation());
          ps.setString(10, Json.write(f.evidence()));
          ps.setArray(11, c.createArrayOf("text", f.eventIds().toArray(new String[0])));
          ps.setArray(12, c.createArrayOf("text", f.members().toArray(new String[0])));
          ps.addBatch();
        }
        for (int count : ps.executeBatch()) changed += count;
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("could not store " + findings.size() + " findings", e);
    }
    return changed;
  }

  /** The findings about one subject, in event-time order. */
  public List<Finding> bySubject(SubjectKind kind, String subject) {
    return query("SELECT " + COLUMNS + " FROM findings WHERE kind = ? AND subject = ? ORDER BY time, uid",
        kind.wire(), subject);
  }

  /**
   * The findings of the case of one subject, in event-time order: the subject's own and those the
   * stored case lists (a worker's case also holds the applicant-cluster findings of its hiring
   * application), so a case whose findings were all suppressed still shows its own.
   */
  public List<Finding> ofCase(SubjectKind kind, String subject) {
    return query("SELECT " + COLUMNS + """
         FROM findings f
        WHERE (f.kind = ? AND f.subject = ?)
           OR f.uid = ANY (SELECT unnest(c.findings) FROM cases c WHERE c.kind = ? AND c.subject = ?)
        ORDER BY time, uid""", kind.wire(), subject, kind.wire(), subject);
  }

  /** Every finding, in event-time order. */
  public List<Finding> all() {
    return query("SELECT " + COLUMNS + " FROM findings ORDER BY time, uid");
  }

  /**
   * The findings that rest on an event no longer stored (retention or erasure removed it), or that
   * name none: no replay of the stored events can produce them again.
   */
  public List<Finding> withoutAllTheirEvents() {
    return query("SELECT " + COLUMNS + """
         FROM findings f
        WHERE cardinality(f.event_ids) = 0
           OR EXISTS (SELECT 1 FROM unnest(f.event_ids) AS r(id) WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.id))
        ORDER BY time, uid""");
  }

  private List<Finding> query(String sql, String... params) {
    List<Finding> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3),
              SubjectKind.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getLong(5), rs.getString(6),
              rs.getString(7), rs.getDouble(8), rs.getString(9), Json.evidence(rs.getString(10)),
              strings(rs.getArray(11)), strings(rs.getArray(12))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not read findings", e);
    }
    return found;
  }

  static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
