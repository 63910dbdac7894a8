package io.daylight.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Who did what, append-only and tamper-evident.
 *
 * <p>A trigger refuses UPDATE, DELETE and TRUNCATE (V1 migration). That stops mistakes and the
 * application's own code, not the database's superuser, so every row also carries
 * {@code hash = SHA-256(prevHash, id, at, actor, action, target, detail)} with {@code prevHash}
 * the previous row's hash: changing or removing a row breaks the chain at the next check. Each
 * field goes into the hash as {@code <UTF-8 length>:<UTF-8 bytes>\n} (a null as {@code -\n}; the time as
 * ISO-8601 UTC with microseconds at most), so no two
 * different rows give the same input. The detail is hashed as PostgreSQL prints the stored jsonb,
 * which is canonical (keys sorted, whitespace fixed), so what is hashed is what is read back.
 * Removing the newest rows is not visible to the chain alone; anchor {@link #head()} elsewhere
 * (a ticket, a SIEM) to catch that.
 */
public final class AuditLog {
  /** prevHash of the first row. */
  public static final String GENESIS = "0".repeat(64);
  /** Serialises appenders so ids and the chain advance together ("daylight" in ASCII). */
  private static final long APPEND_LOCK = 0x6461796c69676874L;
  private static final int FETCH_SIZE = 1_000;

  private final DataSource dataSource;
  private final Clock clock;

  public AuditLog(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public AuditLog(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Appends one entry, committed when this returns.
   *
   * @param detailJson a JSON document with the particulars, or null
   */
  public AuditEntry append(String actor, String action, String target, String detailJson) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      lockAppends(c);
      AuditEntry entry = appendLocked(c, actor, action, target, detailJson);
      c.commit();
      return entry;
    } catch (SQLException e) {
      throw new StoreException("could not append to the audit log", e);
    }
  }

  /**
   * Audit-log retention: removes every row older than {@code before}, in one transaction with a
   * {@code retention.audit} record that names the last removed row and its hash. That record
   * re-anchors the chain, so {@link #verify()} still proves every remaining row; the database
   * function {@code audit_log_retire} (V3 migration) refuses to delete without it. Nothing happens
   * when no row is older than {@code before}.
   *
   * @return the record written, or empty when nothing was old enough
   */
  public Optional<AuditEntry> retireBefore(Instant before, String actor, String reason) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      lockAppends(c);
      long through;
      String throughHash;
      long count;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT max(id), count(*) FROM audit_log WHERE at < ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          through = rs.getLong(1);
          if (rs.wasNull()) {
            c.rollback();
            return Optional.empty();
          }
          count = rs.getLong(2);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log WHERE id = ?")) {
        ps.setLong(1, through);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          throughHash = rs.getString(1);
        }
      }
      String detail = "{\"through_id\":" + through + ",\"through_hash\":\"" + throughHash + "\",\"rows\":" + count
          + ",\"older_than\":\"" + before + "\",\"reason\":" + Json.write(reason) + "}";
      AuditEntry record = appendLocked(c, actor, RETIRE_ACTION, "audit_log", detail);
      try (PreparedStatement ps = c.prepareStatement("SELECT audit_log_retire(?)")) {
        ps.setLong(1, through);
        ps.executeQuery().close();
      }
      c.commit();
      return Optional.of(record);
    } catch (SQLException e) {
      throw new StoreException("could not retire old audit log rows", e);
    }
  }

  /** The action of the record that re-anchors the chain after old rows were retired. */
  public static final String RETIRE_ACTION = "retention.audit";

  private static void lockAppends(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      ps.setLong(1, APPEND_LOCK);
      ps.executeQuery().close();
    }
  }

  private AuditEntry appendLocked(Connection c, String actor, String action, String target, String detailJson)
      throws SQLException {
    // PostgreSQL stores microseconds; hash exactly what will be read back.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long id;
    String detail;
    String prev;
    // A statement of its own, after the lock: in READ COMMITTED its snapshot then includes the
    // row the previous lock holder committed, so the chain cannot fork.
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT nextval(pg_get_serial_sequence('audit_log', 'id')), ?::jsonb::text,
               (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)""")) {
      ps.setString(1, detailJson);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
        detail = rs.getString(2);
        prev = rs.getString(3) == null ? GENESIS : rs.getString(3);
      }
    }
    AuditEntry entry = new AuditEntry(id, at, actor, action, target, detail, prev,
        hash(prev, id, at, actor, action, target, detail));
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO audit_log (id, at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
      ps.setLong(1, id);
      ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setString(3, actor);
      ps.setString(4, action);
      ps.setString(5, target);
      ps.setString(6, detail);
      ps.setString(7, prev);
      ps.setString(8, entry.hash());
      ps.executeUpdate();
    }
    return entry;
  }

  /** Recomputes the whole chain, oldest first, and reports the first row that does not follow. */
  public ChainCheck verify() {
    long rows = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      String expectedPrev = anchor(c);
      try (Statement s = c.createStatement()) {
        s.setFetchSize(FETCH_SIZE);
        try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY id")) {
          while (rs.next()) {
            AuditEntry e = read(rs);
            rows++;
            if (!e.prevHash().equals(expectedPrev)) {
              return new ChainCheck(rows, e.id(), "prev_hash does not match the row before: a row was removed or changed");
            }
            String recomputed = hash(e.prevHash(), e.id(), e.at(), e.actor(), e.action(), e.target(), e.detail());
            if (!recomputed.equals(e.hash())) {
              return new ChainCheck(rows, e.id(), "hash does not match the row's content: the row was changed");
            }
            expectedPrev = e.hash();
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("could not read the audit log", e);
    }
    return new ChainCheck(rows, -1, "");
  }

  /**
   * Where the chain starts: {@link #GENESIS}, or after a retention run the hash of the last row it
   * retired, as the newest {@code retention.audit} record (itself in the chain) states.
   */
  private static String anchor(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT detail->>'through_hash' FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1")) {
      ps.setString(1, RETIRE_ACTION);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : GENESIS;
      }
    }
  }

  /** The newest entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY id DESC LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) entries.add(read(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the audit log", e);
    }
    return entries;
  }

  /** The newest row's hash, which commits to the whole log ({@link #GENESIS} when empty). */
  public String head() {
    List<AuditEntry> newest = latest(1);
    return newest.isEmpty() ? GENESIS : newest.get(0).hash();
  }

  private static final String COLUMNS = "id, at, actor, action, target, detail::text, prev_hash, hash";

  private static AuditEntry read(ResultSet rs) throws SQLException {
    return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
  }

  static String hash(String prev, long id, Instant at, String actor, String action, String target, String detail) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String field : new String[] {prev, Long.toString(id), at.toString(), actor, action, target, detail}) {
      if (field == null) {
        sha.update("-\n".getBytes(StandardCharsets.UTF_8));
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
        sha.update((byte) '\n');
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
