package io.daylight.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.casebook.Suppression;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Findings and cases into PostgreSQL, idempotently, so the at-least-once replay after a restart
 * from a checkpoint leaves the tables as if nothing had failed. A finding is written once per uid
 * (its content is a function of the uid's observation); a case is overwritten by a version that
 * rests on at least as many findings, so a replayed older version never replaces a newer one.
 * Each writer commits on every checkpoint (Flink calls {@code flush} before it snapshots).
 *
 * <p>The columns are those of the store module's V1 schema ({@code findings}, {@code cases}) and
 * V4's {@code identities}.
 */
public final class PostgresUpserts {
  public static final String FINDING_UPSERT =
      "INSERT INTO findings (uid, detector, subject, kind, time, likelihood_ratio, dependency_group, title, "
          + "explanation, evidence, event_ids, members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) "
          + "ON CONFLICT (uid) DO NOTHING";

  public static final String CASE_UPSERT =
      "INSERT INTO cases (kind, subject, score, posterior, level, members, findings, reasons, summary, updated_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, now()) "
          + "ON CONFLICT (kind, subject) DO UPDATE SET score = EXCLUDED.score, posterior = EXCLUDED.posterior, "
          + "level = EXCLUDED.level, members = EXCLUDED.members, findings = EXCLUDED.findings, "
          + "reasons = EXCLUDED.reasons, summary = EXCLUDED.summary, updated_at = now() "
          + "WHERE cardinality(cases.findings) <= cardinality(EXCLUDED.findings)";

  public static final String CASE_DELETE = "DELETE FROM cases WHERE kind = ? AND subject = ?";

  static final String SUPPRESSIONS = "SELECT kind, subject, detector, dependency_group FROM suppressions";

  /**
   * The store module's V4 identities table: a pseudonym is a function of the worker id and the key,
   * so a replayed row is the same row.
   */
  public static final String IDENTITY_UPSERT =
      "INSERT INTO identities (pseudonym, subject, key_id) VALUES (?, ?, ?) ON CONFLICT (pseudonym) DO NOTHING";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Statements per JDBC batch between checkpoints; bounds the writer's memory, not correctness. */
  private static final int BATCH = 500;

  private PostgresUpserts() {}

  public static Sink<Finding> findings(String jdbcUrl, Properties connection) {
    return new UpsertSink<>(jdbcUrl, connection, FINDING_UPSERT, PostgresUpserts::bindFinding);
  }

  private static void bindCaseKey(PreparedStatement ps, Case c) throws SQLException {
    ps.setString(1, c.kind().wire());
    ps.setString(2, c.subject());
  }

  /**
   * A case without findings (an applicant cluster joined to the case of the worker it hired, see
   * {@link CaseScoring}) deletes the stored case; the others are upserted. Statements run in the
   * order the cases came, so a case stored and then joined within one checkpoint ends deleted.
   */
  public static Sink<Case> cases(String jdbcUrl, Properties connection) {
    return new UpsertSink<>(jdbcUrl, connection, CASE_UPSERT, PostgresUpserts::bindCase, CASE_DELETE,
        PostgresUpserts::bindCaseKey, c -> c.findings().isEmpty());
  }

  /**
   * Analysts' benign decisions as serve recorded them (V1's {@code suppressions}), for a job that
   * starts now: it applies them as serve does.
   */
  public static List<Suppression> suppressions(String jdbcUrl, Properties connection) throws SQLException {
    List<Suppression> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl, connection);
         PreparedStatement ps = c.prepareStatement(SUPPRESSIONS);
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Suppression(SubjectKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2),
            rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  /** Pseudonyms with their worker ids ({@link Routed#IDENTITY} records). */
  public static Sink<Routed> identities(String jdbcUrl, Properties connection) {
    return new UpsertSink<>(jdbcUrl, connection, IDENTITY_UPSERT, PostgresUpserts::bindIdentity);
  }

  private static void bindIdentity(PreparedStatement ps, Routed r) throws SQLException {
    String[] subjectAndKey = new String(r.line(), java.nio.charset.StandardCharsets.UTF_8).split("\u0000", 2);
    ps.setString(1, r.key());
    ps.setString(2, subjectAndKey[0]);
    ps.setString(3, subjectAndKey[1]);
  }

  private static void bindFinding(PreparedStatement ps, Finding f) throws SQLException {
    ps.setString(1, f.uid());
    ps.setString(2, f.detector());
    ps.setString(3, f.subject());
    ps.setString(4, f.kind().wire());
    ps.setObject(5, OffsetDateTime.ofInstant(Instant.ofEpochMilli(f.time()), ZoneOffset.UTC));
    ps.setDouble(6, f.likelihoodRatio());
    ps.setString(7, f.dependencyGroup());
    ps.setString(8, f.title());
    ps.setString(9, f.explanation());
    ps.setString(10, json(f.evidence()));
    ps.setArray(11, ps.getConnection().createArrayOf("text", f.eventIds().toArray()));
    ps.setArray(12, ps.getConnection().createArrayOf("text", f.members().toArray()));
  }

  private static void bindCase(PreparedStatement ps, Case c) throws SQLException {
    ps.setString(1, c.kind().wire());
    ps.setString(2, c.subject());
    ps.setInt(3, c.score());
    ps.setDouble(4, c.posterior());
    ps.setString(5, c.level().wire());
    ps.setArray(6, ps.getConnection().createArrayOf("text", c.members().toArray()));
    ps.setArray(7, ps.getConnection().createArrayOf("text", c.findings().toArray()));
    ps.setString(8, json(c.reasons()));
    ps.setString(9, c.summary());
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Binds one record to the upsert's parameters. */
  @FunctionalInterface
  interface Binder<T> extends Serializable {
    void bind(PreparedStatement ps, T value) throws SQLException;
  }

  /** Whether a record takes the sink's second statement (a deletion) instead of its first. */
  @FunctionalInterface
  interface Second<T> extends Serializable {
    boolean test(T value);
  }

  private record UpsertSink<T>(String url, Properties connection, String sql, Binder<T> binder, String secondSql,
                               Binder<T> secondBinder, Second<T> second) implements Sink<T> {
    UpsertSink(String url, Properties connection, String sql, Binder<T> binder) {
      this(url, connection, sql, binder, null, null, v -> false);
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
      try {
        return new Writer<>(DriverManager.getConnection(url, connection), sql, binder, secondSql, secondBinder, second);
      } catch (SQLException e) {
        throw new IOException("cannot connect to " + url, e);
      }
    }
  }

  private static final class Writer<T> implements SinkWriter<T> {
    private final Connection conn;
    private final PreparedStatement[] statements;
    private final Binder<T>[] binders;
    private final Second<T> second;
    /** The statement whose batch is open: a switch executes it first, so statements keep their order. */
    private int open;
    private int batched;

    @SuppressWarnings("unchecked")
    Writer(Connection conn, String sql, Binder<T> binder, String secondSql, Binder<T> secondBinder, Second<T> second)
        throws SQLException {
      this.conn = conn;
      conn.setAutoCommit(false);
      this.statements = new PreparedStatement[] {conn.prepareStatement(sql),
          secondSql == null ? null : conn.prepareStatement(secondSql)};
      this.binders = new Binder[] {binder, secondBinder};
      this.second = second;
    }

    @Override
    public void write(T value, Context context) throws IOException {
      try {
        int which = second.test(value) ? 1 : 0;
        if (which != open) executeBatch();
        open = which;
        binders[which].bind(statements[which], value);
        statements[which].addBatch();
        if (++batched >= BATCH) executeBatch();
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      try {
        executeBatch();
        conn.commit();
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }

    private void executeBatch() throws SQLException {
      if (batched == 0) return;
      statements[open].executeBatch();
      batched = 0;
    }

    @Override
    public void close() throws Exception {
      // Uncommitted rows belong to a checkpoint that did not complete: the replay writes them again.
      conn.rollback();
      conn.close();
    }
  }
}
