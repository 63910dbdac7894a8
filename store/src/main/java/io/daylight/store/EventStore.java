package io.daylight.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Accepted input events: appended once per id, replayed in event-time order. */
public final class EventStore {
  /** Rows per round trip when streaming a replay: memory held is this many lines at most. */
  private static final int FETCH_SIZE = 1_000;
  // One statement for the whole batch: unnest turns the five arrays back into rows. ORDER BY n
  // assigns seq in batch order; ON CONFLICT also skips a repeat of an id within the batch.
  private static final String APPEND = """
      INSERT INTO events (id, type, subject, time, raw)
      SELECT id, type, subject, 'epoch'::timestamptz + t * interval '1 millisecond', raw
        FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])
             WITH ORDINALITY AS b(id, type, subject, t, raw, n)
       ORDER BY n
      ON CONFLICT (id) DO NOTHING
      RETURNING id""";
  private static final String COLUMNS =
      "id, type, subject, (extract(epoch FROM time) * 1000)::bigint, raw";

  private final DataSource dataSource;

  public EventStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Appends a batch in one transaction. When this returns, the transaction has committed with
   * {@code synchronous_commit=on}, so the caller may acknowledge every event in the batch.
   *
   * @return for each event, whether it was new; false for an id already stored or repeated
   *     earlier in the batch
   */
  public boolean[] append(List<StoredEvent> batch) {
    boolean[] inserted = new boolean[batch.size()];
    if (batch.isEmpty()) return inserted;
    int n = batch.size();
    String[] ids = new String[n];
    String[] types = new String[n];
    String[] subjects = new String[n];
    Long[] times = new Long[n];
    String[] raws = new String[n];
    for (int i = 0; i < n; i++) {
      StoredEvent e = batch.get(i);
      ids[i] = e.id();
      types[i] = e.type();
      subjects[i] = e.subject();
      times[i] = e.timeMs();
      raws[i] = e.rawJson();
    }
    Set<String> added = new HashSet<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(APPEND)) {
      ps.setArray(1, c.createArrayOf("text", ids));
      ps.setArray(2, c.createArrayOf("text", types));
      ps.setArray(3, c.createArrayOf("text", subjects));
      ps.setArray(4, c.createArrayOf("bigint", times));
      ps.setArray(5, c.createArrayOf("text", raws));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) added.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("could not append " + n + " events", e);
    }
    for (int i = 0; i < n; i++) inserted[i] = added.remove(ids[i]);
    return inserted;
  }

  /**
   * Streams every stored event in event-time order (ties in arrival order) without holding them
   * all in memory: the rows come through a server-side cursor.
   *
   * @return how many events were passed on
   */
  public long forEachInTimeOrder(Consumer<StoredEvent> consumer) {
    long count = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // the driver uses a cursor only inside a transaction
      try (Statement s = c.createStatement()) {
        s.setFetchSize(FETCH_SIZE);
        try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM events ORDER BY time, seq")) {
          while (rs.next()) {
            consumer.accept(read(rs));
            count++;
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("could not replay events", e);
    }
    return count;
  }

  public long count() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("could not count events", e);
    }
  }

  /** The stored events among {@code ids}, in event-time order; unknown ids are skipped. */
  public List<StoredEvent> byIds(Collection<String> ids) {
    List<StoredEvent> found = new ArrayList<>();
    if (ids.isEmpty()) return found;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events WHERE id = ANY(?) ORDER BY time, seq")) {
      Array array = c.createArrayOf("text", ids.toArray(new String[0]));
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) found.add(read(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read events by id", e);
    }
    return found;
  }

  private static StoredEvent read(ResultSet rs) throws SQLException {
    return new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5));
  }
}
