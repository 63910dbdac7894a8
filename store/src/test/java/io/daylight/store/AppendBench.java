package io.daylight.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the embedded store: first start (initdb), restart, durable appends in batches of
 * 1,000, and replay. Run by hand (not a test):
 * {@code java -cp <store test class path> io.daylight.store.AppendBench [batches]}.
 */
public final class AppendBench {
  private static final int BATCH = 1_000;
  private static final int WARMUP_BATCHES = 20;

  private AppendBench() {}

  public static void main(String[] args) throws Exception {
    int batches = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path dir = Files.createTempDirectory("daylight-append-bench-");
    try {
      long t0 = System.nanoTime();
      Database.embedded(dir).close();
      long firstStart = System.nanoTime() - t0;
      t0 = System.nanoTime();
      try (Database db = Database.embedded(dir)) {
        long restart = System.nanoTime() - t0;
        EventStore events = new EventStore(db.dataSource());
        long seq = 0;
        for (int b = 0; b < WARMUP_BATCHES; b++) seq = append(events, seq);
        long[] latencies = new long[batches];
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
          long s = System.nanoTime();
          seq = append(events, seq);
          latencies[b] = System.nanoTime() - s;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        long[] replayed = {0};
        long r0 = System.nanoTime();
        events.forEachInTimeOrder(e -> replayed[0] += e.rawJson().length());
        double replaySeconds = (System.nanoTime() - r0) / 1e9;
        System.out.printf("first start (initdb + start + migrate): %d ms%n", firstStart / 1_000_000);
        System.out.printf("restart (start + migrate): %d ms%n", restart / 1_000_000);
        System.out.printf("append: %d batches of %d in %.2f s = %.0f events/s; batch p50 %.1f ms, p99 %.1f ms%n",
            batches, BATCH, seconds, batches * (double) BATCH / seconds,
            latencies[batches / 2] / 1e6, latencies[(int) (batches * 0.99)] / 1e6);
        System.out.printf("replay: %d events in %.2f s = %.0f events/s%n", seq, replaySeconds, seq / replaySeconds);
      }
    } finally {
      PostgresBinaries.deleteTree(dir);
    }
  }

  private static long append(EventStore events, long seq) {
    List<StoredEvent> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++, seq++) {
      String id = "bench-" + seq;
      long time = 1_772_000_000_000L + seq * 37;
      String subject = "w-" + (seq % 5_000);
      // About the size of a contract auth line (event-contract.md): ~230 bytes.
      String raw = "{\"type\":\"auth\",\"id\":\"" + id + "\",\"time\":\"2026-02-25T06:13:20Z\",\"subject\":\"" + subject
          + "\",\"src_ip\":\"198.51.100." + (seq % 250) + "\",\"user_agent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)\","
          + "\"result\":\"success\",\"mfa\":\"push\",\"device_id\":\"fp-" + (seq % 9_973) + "\"}";
      batch.add(new StoredEvent(id, "auth", subject, time, raw));
    }
    events.append(batch);
    return seq;
  }
}
