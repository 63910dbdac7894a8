package io.daylight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** Lines ingest refused, kept with their reason so that nothing is dropped silently. */
public final class RejectedStore {
  private final DataSource dataSource;

  public RejectedStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Appends a batch in one transaction, committed durably when this returns. */
  public void append(List<RejectedLine> batch) {
    if (batch.isEmpty()) return;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO rejected (source, line, reason, raw) VALUES (?, ?, ?, ?)")) {
        for (RejectedLine r : batch) {
          ps.setString(1, storable(r.source()));
          ps.setLong(2, r.line());
          ps.setString(3, storable(r.reason()));
          ps.setString(4, storable(r.raw()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("could not store " + batch.size() + " rejected lines", e);
    }
  }

  /** The most recent rejected lines, newest first. */
  public List<RejectedLine> latest(int limit) {
    List<RejectedLine> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT line, source, reason, raw FROM rejected ORDER BY id DESC LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) lines.add(new RejectedLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read rejected lines", e);
    }
    return lines;
  }

  public long count() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM rejected")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("could not count rejected lines", e);
    }
  }

  /**
   * A rejected line is whatever arrived, and PostgreSQL text cannot hold NUL; each NUL becomes
   * U+FFFD, the replacement character, so the rest of the line is still kept.
   */
  private static String storable(String s) {
    return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
  }
}
