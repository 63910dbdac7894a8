package io.daylight.core.identity;

import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Worker;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Linking throughput: generates N applications (honest with look-alikes, 1 ring per 1,000, CVs
 * included), normalises them and links them in one batch; prints time, candidate pairs, heap.
 * Run: {@code java -Xmx8g -cp core/target/classes:core/target/test-classes
 * io.daylight.core.identity.LinkBench 100000 1000000}.
 */
public final class LinkBench {
  private LinkBench() {}

  public static void main(String[] args) {
    for (String a : args) run(Integer.parseInt(a));
  }

  private static void run(int n) {
    List<IdentityRecord> records = new ArrayList<>(n + n / 50);
    long generating = 0;
    long normalising = 0;
    int chunk = 0;
    while (records.size() < n) {
      // Chunks of ~10,000 keep generated text short-lived; ids are prefixed per chunk.
      long g = System.nanoTime();
      ApplicantScenario s = ApplicantScenario.generate(1000 + chunk, 9_000, 10, true, "c" + chunk + "-");
      long t = System.nanoTime();
      generating += t - g;
      for (Event e : s.events) {
        if (records.size() >= n) break;
        records.add(e instanceof Application app ? IdentityRecord.of(app, PhoneIntel.DIGITS_ONLY)
            : IdentityRecord.of((Worker) e, PhoneIntel.DIGITS_ONLY));
      }
      normalising += System.nanoTime() - t;
      chunk++;
    }
    long t1 = System.nanoTime();
    LinkResult r = new IdentityLinker(PhoneIntel.DIGITS_ONLY).linkRecords(records);
    long t2 = System.nanoTime();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    System.out.printf(Locale.ROOT,
        "%,d records: generate %.1f s, normalise %.1f s, link %.1f s; %,d candidate pairs, %,d accepted, %,d clusters, "
            + "%d oversized blocks; heap after %,d MB, peak (sum of pool peaks) %,d MB; %d cpus%n",
        r.stats().records(), generating / 1e9, normalising / 1e9, (t2 - t1) / 1e9, r.stats().candidatePairs(), r.stats().acceptedPairs(),
        r.clusters().size(), r.stats().skippedBlocks(), heap >> 20, peak >> 20, Runtime.getRuntime().availableProcessors());
  }
}
