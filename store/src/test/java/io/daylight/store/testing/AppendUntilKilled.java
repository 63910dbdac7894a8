package io.daylight.store.testing;

import io.daylight.store.Database;
import io.daylight.store.EventStore;
import io.daylight.store.StoredEvent;
import java.io.PrintStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child-process main for kill -9 tests: opens the embedded database in {@code args[0]}, prints
 * {@code READY}, then appends batches of {@code args[2]} events with ids {@code <args[1]>-<n>}
 * for ever, printing {@code ACK <id>} for each event only after its batch's append returned
 * (committed). Whatever it printed as ACK must be in the database after it is killed.
 */
public final class AppendUntilKilled {
  private AppendUntilKilled() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    String prefix = args[1];
    int batchSize = Integer.parseInt(args[2]);
    // Unbuffered: each batch's ACK text goes out in one write() once the commit returned.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    Database db = Database.embedded(dataDir);
    EventStore events = new EventStore(db.dataSource());
    out.print("READY\n");
    out.flush();
    long next = 0;
    while (true) {
      List<StoredEvent> batch = new ArrayList<>(batchSize);
      for (int i = 0; i < batchSize; i++, next++) {
        String id = prefix + "-" + next;
        batch.add(new StoredEvent(id, "auth", "w-" + (next % 97), 1_772_000_000_000L + next,
            "{\"type\":\"auth\",\"id\":\"" + id + "\",\"n\":" + next + "}"));
      }
      boolean[] inserted = events.append(batch);
      StringBuilder acks = new StringBuilder(batchSize * 24);
      for (int i = 0; i < batchSize; i++) {
        if (inserted[i]) acks.append("ACK ").append(batch.get(i).id()).append('\n');
      }
      out.print(acks);
      out.flush();
    }
  }
}
