package io.daylight.app.console;

import io.daylight.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The analyst's queue: cases with their state (assignee, decision), filtered and sorted.
 *
 * <p>Search looks into the stored events of each case (a worker's events by subject, a cluster's
 * application events by member id) for the term as typed: a name, an e-mail, a phone as written,
 * an IP. It reads raw event JSON, so it finds what the sources sent, without a second copy of
 * personal data in an index; on the demo organisation (300 workers, 3,000 applications, 90 days)
 * a search over the queue takes well under a second.
 */
public final class CaseQueue {
  /** Sort keys the API accepts, each an ORDER BY over columns only (never user text). */
  static final Map<String, String> SORTS = Map.of(
      "score", "score DESC, posterior DESC",
      "level", "CASE level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, score DESC",
      "age", "first_seen ASC NULLS LAST",
      "updated", "updated DESC",
      "assignee", "assignee ASC NULLS LAST, score DESC",
      "kind", "kind, score DESC",
      "subject", "subject");

  private final DataSource dataSource;

  public CaseQueue(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One row of the queue. */
  public record Row(String kind, String subject, int score, double posterior, String level, List<String> members,
                    List<String> detectors, String summary, String topReason, String assignee, String status,
                    long firstSeenMs, long updatedMs) {}

  /**
   * @param status open (default), benign, confirmed, needs_verification or all
   * @param assignee an account name, or "none" for unassigned
   * @param minAgeDays only cases whose first finding is at least this many days old (event time)
   */
  public record Filter(String level, String kind, String detector, String assignee, String status, String search,
                       Integer minAgeDays, Integer maxAgeDays, String sort, int limit, int offset) {}

  public List<Row> list(Filter f) {
    String order = SORTS.get(f.sort() == null ? "score" : f.sort().toLowerCase(Locale.ROOT));
    if (order == null) throw new IllegalArgumentException("unknown sort: " + f.sort() + " (" + String.join(", ", SORTS.keySet()) + ")");
    String sql = """
        SELECT * FROM (
          SELECT k.kind, k.subject, coalesce(c.score, 0) AS score, coalesce(c.posterior, 0) AS posterior,
                 coalesce(c.level, 'low') AS level, coalesce(c.members, ARRAY[k.subject]) AS members,
                 coalesce(c.summary, 'Every finding is suppressed by a benign decision.') AS summary,
                 c.reasons -> 0 ->> 'title' AS top_reason,
                 s.assignee, coalesce(s.status, 'open') AS status,
                 (extract(epoch FROM (SELECT min(fi.time) FROM findings fi WHERE fi.kind = k.kind AND fi.subject = k.subject OR fi.uid = ANY(c.findings))) * 1000)::bigint AS first_seen,
                 (extract(epoch FROM coalesce(c.updated_at, s.updated_at)) * 1000)::bigint AS updated,
                 ARRAY(SELECT DISTINCT fd.detector FROM findings fd WHERE fd.kind = k.kind AND fd.subject = k.subject OR fd.uid = ANY(c.findings) ORDER BY 1) AS detectors
            FROM (SELECT kind, subject FROM cases UNION SELECT kind, subject FROM case_state) k
            LEFT JOIN cases c ON c.kind = k.kind AND c.subject = k.subject
            LEFT JOIN case_state s ON s.kind = k.kind AND s.subject = k.subject
           WHERE (?::text IS NULL OR c.level = ?)
             AND (?::text IS NULL OR k.kind = ?)
             AND (?::text = 'all' OR coalesce(s.status, 'open') = ?)
             AND (?::text IS NULL OR (? = 'none' AND s.assignee IS NULL) OR s.assignee = ?)
             AND (?::text IS NULL OR EXISTS (SELECT 1 FROM findings fx WHERE (fx.kind = k.kind AND fx.subject = k.subject OR fx.uid = ANY(c.findings)) AND fx.detector = ?))
             AND (?::text IS NULL OR k.subject ILIKE ? ESCAPE '\\'
                  OR k.subject IN (SELECT i.pseudonym FROM identities i WHERE i.subject ILIKE ? ESCAPE '\\') OR EXISTS (
                   SELECT 1 FROM events e WHERE (e.subject = k.subject OR e.id = ANY(c.members)) AND e.raw ILIKE ? ESCAPE '\\'))
        ) q
         WHERE (?::bigint IS NULL OR first_seen <= ?) AND (?::bigint IS NULL OR first_seen >= ?)
        """ + " ORDER BY " + order + ", kind, subject LIMIT ? OFFSET ?";
    List<Row> rows = new ArrayList<>();
    String status = f.status() == null ? "open" : f.status();
    String like = f.search() == null ? null : "%" + f.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    Long newest = f.minAgeDays() == null ? null : System.currentTimeMillis() - f.minAgeDays() * 86_400_000L;
    Long oldest = f.maxAgeDays() == null ? null : System.currentTimeMillis() - f.maxAgeDays() * 86_400_000L;
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, f.level());
      ps.setString(i++, f.level());
      ps.setString(i++, f.kind());
      ps.setString(i++, f.kind());
      ps.setString(i++, status);
      ps.setString(i++, status);
      ps.setString(i++, f.assignee());
      ps.setString(i++, f.assignee());
      ps.setString(i++, f.assignee());
      ps.setString(i++, f.detector());
      ps.setString(i++, f.detector());
      ps.setString(i++, like);
      ps.setString(i++, like);
      ps.setString(i++, like);
      ps.setString(i++, like);
      ps.setObject(i++, newest, java.sql.Types.BIGINT);
      ps.setObject(i++, newest, java.sql.Types.BIGINT);
      ps.setObject(i++, oldest, java.sql.Types.BIGINT);
      ps.setObject(i++, oldest, java.sql.Types.BIGINT);
      ps.setInt(i++, f.limit());
      ps.setInt(i, f.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getString(5),
              strings(rs.getArray(6)), strings(rs.getArray(13)), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getString(10), rs.getLong(11), rs.getLong(12)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not list the case queue", e);
    }
    return rows;
  }

  static List<String> strings(java.sql.Array a) throws SQLException {
    if (a == null) return List.of();
    Object[] arr = (Object[]) a.getArray();
    List<String> out = new ArrayList<>(arr.length);
    for (Object o : arr) out.add((String) o);
    return out;
  }
}
