package io.daylight.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The one table where a worker id stands beside its keyed pseudonym (V4__pseudonyms.sql), and the
 * key bookkeeping around it. Everything else in the store — events, findings, cases, decisions —
 * names workers only by pseudonym.
 *
 * <p>Reads of {@link #subjectOf} are re-identification: callers write the audit entry
 * ({@code subject.reidentify}) with who asked, about which case and why.
 */
public final class Identities {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Tokens that can be a worker id or a pseudonym inside stored text (evidence, summaries). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._@:+-]+");
  private static final String REMEMBER = """
      INSERT INTO identities (pseudonym, subject, key_id)
      SELECT p, s, ? FROM unnest(?::text[], ?::text[]) AS b(p, s)
      ON CONFLICT (pseudonym) DO NOTHING""";

  private final DataSource dataSource;

  public Identities(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Thrown when the key given is not the key the stored data is under. */
  public static final class KeyMismatchException extends RuntimeException {
    KeyMismatchException(String message) {
      super(message);
    }
  }

  /**
   * Makes {@code keyId} the active key of an empty store, or checks that it already is. Refuses a
   * different key (every worker would become two subjects) and a store holding data from before
   * pseudonymisation; both are resolved by {@code daylight pseudonyms rotate}.
   */
  public void adopt(String keyId) {
    try (Connection c = dataSource.getConnection()) {
      Optional<String> active = activeKey(c);
      if (active.isPresent()) {
        if (!active.get().equals(keyId)) {
          throw new KeyMismatchException("the pseudonym key given has id " + keyId + ", but the stored data is under key "
              + active.get() + ": restore that key file, or run `daylight pseudonyms rotate` to move the data to this key");
        }
        return;
      }
      if (storedSubjects(c) > 0) {
        throw new KeyMismatchException("this database holds worker ids stored before pseudonymisation: run"
            + " `daylight pseudonyms rotate` once (with serve stopped) to pseudonymise them under the key");
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO pseudonym_keys (key_id, active) VALUES (?, true) ON CONFLICT (key_id) DO UPDATE SET active = true, retired_at = NULL")) {
        ps.setString(1, keyId);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("could not check the pseudonym key", e);
    }
  }

  public Optional<String> activeKey() {
    try (Connection c = dataSource.getConnection()) {
      return activeKey(c);
    } catch (SQLException e) {
      throw new StoreException("could not read the pseudonym key", e);
    }
  }

  /** Records pseudonym → worker id pairs (idempotent); call before storing rows under the pseudonyms. */
  public void remember(Map<String, String> subjectByPseudonym, String keyId) {
    if (subjectByPseudonym.isEmpty()) return;
    String[] ps = subjectByPseudonym.keySet().toArray(String[]::new);
    String[] ss = new String[ps.length];
    for (int i = 0; i < ps.length; i++) ss[i] = subjectByPseudonym.get(ps[i]);
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(REMEMBER)) {
      st.setString(1, keyId);
      st.setArray(2, c.createArrayOf("text", ps));
      st.setArray(3, c.createArrayOf("text", ss));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not record " + ps.length + " pseudonyms", e);
    }
  }

  /** The worker id behind a pseudonym (re-identification: the caller audits it). */
  public Optional<String> subjectOf(String pseudonym) {
    return one("SELECT subject FROM identities WHERE pseudonym = ?", pseudonym);
  }

  /** Every pseudonym a worker id has had, the active key's first. */
  public List<String> pseudonymsOf(String subject) {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
        SELECT i.pseudonym FROM identities i LEFT JOIN pseudonym_keys k USING (key_id)
         WHERE i.subject = ? ORDER BY coalesce(k.active, false) DESC, i.created_at DESC""")) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("could not look up pseudonyms", e);
    }
    return out;
  }

  /** Every pseudonym the same person has had, given any one of them (for a case's history across rotations). */
  public List<String> siblingsOf(String pseudonym) {
    return subjectOf(pseudonym).map(this::pseudonymsOf).orElse(List.of(pseudonym));
  }

  /**
   * Forgets identities no stored row names any more (after retention or erasure). Set-based: the
   * names still referenced are gathered in one pass over each table, then one hash anti-join. A
   * per-identity NOT EXISTS with {@code = ANY(members)} and {@code LIKE '%:' || pseudonym} over the
   * audit log is a nested loop, identities × rows, which a store of a million workers and years of
   * audit entries cannot afford in its nightly purge.
   */
  public long forgetUnreferenced() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("""
            CREATE TEMP TABLE referenced ON COMMIT DROP AS
              SELECT DISTINCT subject AS name FROM events WHERE subject IS NOT NULL
              UNION SELECT subject FROM findings
              UNION SELECT unnest(members) FROM findings
              UNION SELECT subject FROM cases
              UNION SELECT unnest(members) FROM cases
              UNION SELECT subject FROM case_state
              -- serve stores a refused JSON line with its subject pseudonymised (Jackson's compact form)
              UNION SELECT (regexp_match(raw, '"subject":"(p-[a-z2-7]+)"'))[1] FROM rejected
              -- an audit target names its subject last: "case:worker:<pseudonym>", "subject:<pseudonym>"
              UNION SELECT substring(target from '[^:]*$') FROM audit_log WHERE target LIKE '%:%'""");
        st.execute("ANALYZE referenced");
        long forgotten = st.executeUpdate(
            "DELETE FROM identities i WHERE NOT EXISTS (SELECT 1 FROM referenced r WHERE r.name = i.pseudonym)");
        c.commit();
        return forgotten;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not forget unreferenced identities", e);
    }
  }

  /** What a rotation changed. */
  public record Rotation(String fromKey, String toKey, int subjects, long events, long findings, long cases) {}

  /**
   * Moves every stored row to the pseudonyms of a new key in one transaction: events (column and
   * stored line), findings and cases (subject, members and any mention in their text), decisions
   * and suppressions. Worker ids stored before pseudonymisation are pseudonymised on the way. The old
   * pseudonyms stay in this table (retired) so audit entries written under them still resolve; the
   * audit log itself is never rewritten.
   *
   * @param newPseudonym the new key's pseudonym of a worker id
   */
  public Rotation rotate(UnaryOperator<String> newPseudonym, String newKeyId) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        String from = activeKey(c).orElse("none");
        Map<String, String> remap = new HashMap<>(); // old stored name → new pseudonym
        Map<String, String> subjectOfNew = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
            SELECT s.name, i.subject FROM (
              SELECT subject AS name FROM events WHERE subject IS NOT NULL
              UNION SELECT subject FROM findings WHERE kind = 'worker'
              UNION SELECT unnest(members) FROM findings WHERE kind = 'worker'
              UNION SELECT subject FROM cases WHERE kind = 'worker'
              UNION SELECT unnest(members) FROM cases WHERE kind = 'worker'
              UNION SELECT subject FROM case_state WHERE kind = 'worker'
              UNION SELECT subject FROM suppressions WHERE kind = 'worker') s
            LEFT JOIN identities i ON i.pseudonym = s.name""");
             ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String name = rs.getString(1);
            String subject = rs.getString(2) != null ? rs.getString(2) : name; // legacy: the name is the worker id
            String p = newPseudonym.apply(subject);
            if (!p.equals(name)) remap.put(name, p);
            subjectOfNew.put(p, subject);
          }
        }
        try (PreparedStatement ps = c.prepareStatement(REMEMBER)) {
          String[] pss = subjectOfNew.keySet().toArray(String[]::new);
          String[] ss = new String[pss.length];
          for (int i = 0; i < pss.length; i++) ss[i] = subjectOfNew.get(pss[i]);
          ps.setString(1, newKeyId);
          ps.setArray(2, c.createArrayOf("text", pss));
          ps.setArray(3, c.createArrayOf("text", ss));
          ps.executeUpdate();
        }
        long events = rewriteEvents(c, remap);
        long findings = rewriteRows(c, remap, "findings", "uid", new String[] {"title", "explanation"}, "evidence");
        long cases = rewriteRows(c, remap, "cases", "kind || ':' || subject", new String[] {"summary"}, "reasons");
        for (String table : new String[] {"case_state", "suppressions"}) {
          try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET subject = ? WHERE kind = 'worker' AND subject = ?")) {
            for (Map.Entry<String, String> e : remap.entrySet()) {
              ps.setString(1, e.getValue());
              ps.setString(2, e.getKey());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE pseudonym_keys SET active = false, retired_at = now() WHERE active AND key_id <> ?")) {
          ps.setString(1, newKeyId);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO pseudonym_keys (key_id, active) VALUES (?, true) ON CONFLICT (key_id) DO UPDATE SET active = true, retired_at = NULL")) {
          ps.setString(1, newKeyId);
          ps.executeUpdate();
        }
        c.commit();
        return new Rotation(from, newKeyId, subjectOfNew.size(), events, findings, cases);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not rotate the pseudonym key", e);
    }
  }

  private static long rewriteEvents(Connection c, Map<String, String> remap) throws SQLException {
    if (remap.isEmpty()) return 0;
    long n = 0;
    try (PreparedStatement read = c.prepareStatement("SELECT id, subject, raw FROM events WHERE subject = ANY(?)");
         PreparedStatement write = c.prepareStatement("UPDATE events SET subject = ?, raw = ? WHERE id = ?")) {
      read.setArray(1, c.createArrayOf("text", remap.keySet().toArray()));
      read.setFetchSize(1_000);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          String p = remap.get(rs.getString(2));
          String raw = rs.getString(3);
          try {
            ObjectNode line = (ObjectNode) JSON.readTree(raw);
            line.put("subject", p);
            raw = JSON.writeValueAsString(line);
          } catch (com.fasterxml.jackson.core.JsonProcessingException | ClassCastException e) {
            throw new StoreException("stored event " + rs.getString(1) + " is not a JSON object", e);
          }
          write.setString(1, p);
          write.setString(2, raw);
          write.setString(3, rs.getString(1));
          write.addBatch();
          if (++n % 1_000 == 0) write.executeBatch();
        }
      }
      write.executeBatch();
    }
    return n;
  }

  /** Rewrites subject, members and the named text/JSON columns of every row that mentions an old name. */
  private static long rewriteRows(Connection c, Map<String, String> remap, String table, String key, String[] texts,
                                  String json) throws SQLException {
    if (remap.isEmpty()) return 0;
    StringBuilder select = new StringBuilder("SELECT " + key + ", subject, members, " + json + "::text");
    for (String t : texts) select.append(", ").append(t);
    // Every kind: an applicant cluster can name a worker (a hire who re-applies); tokens are exact.
    select.append(" FROM ").append(table);
    StringBuilder update = new StringBuilder("UPDATE " + table + " SET subject = ?, members = ?, " + json + " = ?::jsonb");
    for (String t : texts) update.append(", ").append(t).append(" = ?");
    update.append(" WHERE ").append(key).append(" = ?");
    List<Object[]> changes = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(select.toString()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Object[] row = new Object[4 + texts.length + 1];
        String subject = rs.getString(2);
        row[0] = remap.getOrDefault(subject, subject);
        Object[] members = (Object[]) rs.getArray(3).getArray();
        String[] m = new String[members.length];
        boolean changed = !row[0].equals(subject);
        for (int i = 0; i < members.length; i++) {
          m[i] = remap.getOrDefault((String) members[i], (String) members[i]);
          changed |= !m[i].equals(members[i]);
        }
        row[1] = m;
        String j = rs.getString(4);
        row[2] = replaceTokens(j, remap);
        changed |= !row[2].equals(j);
        for (int t = 0; t < texts.length; t++) {
          String v = rs.getString(5 + t);
          row[3 + t] = v == null ? null : replaceTokens(v, remap);
          changed |= v != null && !row[3 + t].equals(v);
        }
        row[row.length - 1] = rs.getString(1);
        if (changed) changes.add(row);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(update.toString())) {
      for (Object[] row : changes) {
        ps.setString(1, (String) row[0]);
        ps.setArray(2, c.createArrayOf("text", (Object[]) row[1]));
        ps.setString(3, (String) row[2]);
        for (int t = 0; t < texts.length; t++) ps.setString(4 + t, (String) row[3 + t]);
        ps.setString(4 + texts.length, (String) row[row.length - 1]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return changes.size();
  }

  /** Replaces whole tokens only, so w-10 inside w-1042 is never touched. */
  static String replaceTokens(String text, Map<String, String> remap) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String r = remap.get(m.group());
      if (r == null) continue;
      if (out == null) out = new StringBuilder(text.length());
      out.append(text, last, m.start()).append(r);
      last = m.end();
    }
    if (out == null) return text;
    return out.append(text, last, text.length()).toString();
  }

  private static Optional<String> activeKey(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT key_id FROM pseudonym_keys WHERE active");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  private static long storedSubjects(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM events WHERE subject IS NOT NULL LIMIT 1) e)"
            + " + (SELECT count(*) FROM (SELECT 1 FROM findings WHERE kind = 'worker' LIMIT 1) f)");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Optional<String> one(String sql, String param) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("could not read identities", e);
    }
  }
}
