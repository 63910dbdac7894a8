package io.daylight.store;

import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.core.score.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** The case queue: one row per worker or applicant cluster that has findings. */
public final class CaseStore {
  // updated_at moves only when the case changed, so "updated since" means something to analysts.
  private static final String UPSERT = """
      INSERT INTO cases AS c (kind, subject, score, posterior, level, members, findings, reasons, summary)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
      ON CONFLICT (kind, subject) DO UPDATE SET
        score = excluded.score, posterior = excluded.posterior, level = excluded.level,
        members = excluded.members, findings = excluded.findings, reasons = excluded.reasons,
        summary = excluded.summary, updated_at = now()
      WHERE (c.score, c.posterior, c.level, c.members, c.findings, c.reasons, c.summary)
            IS DISTINCT FROM
            (excluded.score, excluded.posterior, excluded.level, excluded.members, excluded.findings,
             excluded.reasons, excluded.summary)""";
  private static final String DELETE_OTHERS = """
      DELETE FROM cases c
       WHERE NOT EXISTS (SELECT 1 FROM unnest(?::text[], ?::text[]) AS k(kind, subject)
                          WHERE k.kind = c.kind AND k.subject = c.subject)""";
  private static final String COLUMNS =
      "kind, subject, score, posterior, level, members, findings, reasons::text, summary";
  private static final String LIST = "SELECT " + COLUMNS + """
       FROM cases
      WHERE (cardinality(?::text[]) = 0 OR level = ANY(?::text[]))
        AND (cardinality(?::text[]) = 0 OR kind = ANY(?::text[]))
      ORDER BY score DESC, posterior DESC, kind, subject
      LIMIT ? OFFSET ?""";

  private final DataSource dataSource;

  public CaseStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Makes the stored cases equal to {@code current}, in one transaction: each case is inserted or
   * updated, and every stored case not in {@code current}, or in it without findings, is removed
   * (its findings are gone, so it is no longer a case). Pass the whole result of
   * {@code CaseScorer.score}; for a few rescored subjects use {@link #upsert}.
   */
  public void replace(Collection<Case> current) {
    List<String> kinds = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (Case k : current) {
      if (k.findings().isEmpty()) continue;
      kinds.add(k.kind().wire());
      subjects.add(k.subject());
    }
    inTransaction(c -> {
      write(c, current);
      try (PreparedStatement ps = c.prepareStatement(DELETE_OTHERS)) {
        ps.setArray(1, c.createArrayOf("text", kinds.toArray(new String[0])));
        ps.setArray(2, c.createArrayOf("text", subjects.toArray(new String[0])));
        ps.executeUpdate();
      }
    });
  }

  /**
   * Inserts or updates the given cases and leaves the others alone; a case without findings is
   * removed instead.
   */
  public void upsert(Collection<Case> changed) {
    inTransaction(c -> {
      write(c, changed);
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM cases WHERE kind = ? AND subject = ?")) {
        for (Case k : changed) {
          if (!k.findings().isEmpty()) continue;
          ps.setString(1, k.kind().wire());
          ps.setString(2, k.subject());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  /** A page of the queue: highest score first, then posterior, then kind and subject. */
  public List<Case> list(CaseQuery q) {
    List<Case> page = new ArrayList<>();
    String[] levels = q.levels().stream().map(Level::wire).toArray(String[]::new);
    String[] kinds = q.kinds().stream().map(SubjectKind::wire).toArray(String[]::new);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LIST)) {
      ps.setArray(1, c.createArrayOf("text", levels));
      ps.setArray(2, c.createArrayOf("text", levels));
      ps.setArray(3, c.createArrayOf("text", kinds));
      ps.setArray(4, c.createArrayOf("text", kinds));
      ps.setInt(5, q.limit());
      ps.setInt(6, q.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) page.add(read(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("could not list cases", e);
    }
    return page;
  }

  public Optional<Case> get(SubjectKind kind, String subject) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM cases WHERE kind = ? AND subject = ?")) {
      ps.setString(1, kind.wire());
      ps.setString(2, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("could not read case " + kind.wire() + " " + subject, e);
    }
  }

  /** A case an analyst decided: confirmed (fraud) or benign (honest). */
  public record Decided(SubjectKind kind, String subject, boolean confirmed) {}

  /**
   * Every case decided confirmed or benign, for {@code daylight calibrate --db}. Cases still open
   * or marked needs_verification say nothing yet about the truth.
   */
  public List<Decided> decided() {
    List<Decided> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT kind, subject, status FROM case_state WHERE status IN ('confirmed', 'benign') ORDER BY kind, subject");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Decided(SubjectKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2),
            "confirmed".equals(rs.getString(3))));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read decided cases", e);
    }
    return out;
  }

  private static void write(Connection c, Collection<Case> cases) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
      for (Case k : cases) {
        if (k.findings().isEmpty()) continue;
        ps.setString(1, k.kind().wire());
        ps.setString(2, k.subject());
        ps.setInt(3, k.score());
        ps.setDouble(4, k.posterior());
        ps.setString(5, k.level().wire());
        ps.setArray(6, c.createArrayOf("text", k.members().toArray(new String[0])));
        ps.setArray(7, c.createArrayOf("text", k.findings().toArray(new String[0])));
        ps.setString(8, Json.write(k.reasons()));
        ps.setString(9, k.summary());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static Case read(ResultSet rs) throws SQLException {
    return new Case(rs.getString(2), SubjectKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getInt(3),
        rs.getDouble(4), Level.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
        FindingStore.strings(rs.getArray(6)), FindingStore.strings(rs.getArray(7)), Json.reasons(rs.getString(8)),
        rs.getString(9));
  }

  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void inTransaction(Work work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      work.run(c);
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("could not store cases", e);
    }
  }
}
