package io.daylight.intel;

import io.daylight.core.intel.Gazetteer.GazetteerEntry;
import io.daylight.core.intel.IpIntel.IpInfo;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Load time, heap held and single-thread lookup throughput of the real data. Not a test: run
 * {@code java -cp <test classpath> io.daylight.intel.IntelBench} (JMH is overkill for a number
 * that only needs its order of magnitude).
 */
public final class IntelBench {

  private IntelBench() {}

  public static void main(String[] args) throws Exception {
    long heapBefore = usedHeapAfterGc();
    long t0 = System.nanoTime();
    Intel intel = Intel.load(IntelDirectory.locate());
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long heapAfter = usedHeapAfterGc();
    System.out.printf("load: %d ms, heap held: %.1f MB (%s)%n", loadMs, (heapAfter - heapBefore) / 1048576.0,
        intel.summary());

    java.nio.file.Path dir = IntelDirectory.locate();
    long t1 = System.nanoTime();
    AsnTable.read(dir.resolve(MmdbIpIntel.ASN_V4_CSV), dir.resolve(MmdbIpIntel.ASN_V6_CSV));
    long t2 = System.nanoTime();
    CityGazetteer.read(dir.resolve("cities.tsv"));
    long t3 = System.nanoTime();
    System.out.printf("reload parts (warm): ASN table %d ms, gazetteer %d ms%n", (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000);

    SplittableRandom random = new SplittableRandom(42);
    String[] ips = new String[200_000];
    for (int i = 0; i < ips.length; i++) {
      ips[i] = i % 5 == 0
          ? String.format("2a0%x:%x:%x::%x", random.nextInt(16), random.nextInt(65536), random.nextInt(65536), random.nextInt(65536))
          : (1 + random.nextInt(222)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }
    MmdbIpIntel ip = intel.ipIntel();
    int known = 0;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      known = 0;
      for (String s : ips) {
        Optional<IpInfo> r = ip.lookup(s);
        if (r.isPresent()) {
          known++;
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("ip lookups round %d: %.0f lookups/s (%d of %d known; 80%% IPv4, 20%% IPv6)%n",
          round, ips.length / secs, known, ips.length);
    }

    String[][] places = {{"Phoenix", "AZ", "US"}, {"Sao Paulo", null, "BR"}, {"Springfield", "IL", "US"},
        {"Kraków", null, "PL"}, {"Nowhereville", null, "US"}, {"New York", "NY", "US"}, {"Lagos", null, "NG"}};
    CityGazetteer g = intel.gazetteer();
    for (int round = 0; round < 3; round++) {
      int n = 300_000;
      long start = System.nanoTime();
      int found = 0;
      for (int i = 0; i < n; i++) {
        String[] p = places[i % places.length];
        Optional<GazetteerEntry> e = g.find(p[0], p[1], p[2]);
        if (e.isPresent()) {
          found++;
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("gazetteer round %d: %.0f lookups/s (%d found)%n", round, n / secs, found);
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
