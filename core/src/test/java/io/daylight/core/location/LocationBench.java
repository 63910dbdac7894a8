package io.daylight.core.location;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.event.Event;
import io.daylight.core.event.Interaction;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Place;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import io.daylight.core.geo.Fibre;
import io.daylight.core.geo.GreatCircle;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.Places;
import io.daylight.core.testkit.Places.Spot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Throughput of the location detectors on generated rtt / interaction / keystrokes events,
 * routed per key through {@link Harness} (a HashMap of states and a timer queue), one core.
 * Events are generated a day at a time, in memory, so the input never dominates the heap; only
 * detector time is counted, as wall time and as this thread's CPU time (the fair figure on a
 * shared machine). Memory: heap after a full GC with the states alive, minus the heap
 * before the run, per 1,000 workers.
 *
 * <p>Run: {@code java -Xmx4g -cp core/target/classes:core/target/test-classes
 * io.daylight.core.location.LocationBench [events] [workers]}
 */
public final class LocationBench {
  public static void main(String[] args) {
    long target = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    SplittableRandom rng = new SplittableRandom(42);
    long before = usedAfterGc();
    List<io.daylight.core.detect.Detector<?>> all =
        LocationDetectors.all(new DeploymentContext(null, null, Places.LANDMARKS, null));
    String only = System.getProperty("only");
    List<io.daylight.core.detect.Detector<?>> chosen = new ArrayList<>();
    for (io.daylight.core.detect.Detector<?> d : all) if (only == null || d.name().equals(only)) chosen.add(d);
    Harness h = new Harness(chosen);
    Spot[] home = new Spot[workers];
    boolean[] relayed = new boolean[workers];
    List<Event> day = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      home[w] = Places.DECLARED.get(rng.nextInt(Places.DECLARED.size()));
      relayed[w] = rng.nextDouble() < 0.05;
      day.add(new Worker("w" + w, 0, "w" + w, null, null, null,
          new Place(home[w].name(), null, "US", home[w].lat(), home[w].lon()), home[w].zone(), null, null, null, null,
          null, null));
    }
    long events = 0;
    long nanos = 0;
    long cpuNanos = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    int seq = 0;
    String[] kinds = {"typo_correction", "prompt_response", "dialog_response"};
    for (int d = 0; events < target; d++) {
      long day0 = 86_400_000L * (d + 1);
      for (int w = 0; w < workers; w++) {
        String s = "w" + w;
        for (Rtt.Landmark l : Places.LANDMARKS) {
          double floor = Fibre.rttFloorMs(GreatCircle.km(home[w].lat(), home[w].lon(), l.lat(), l.lon()));
          for (int k = 0; k < 3; k++) {
            day.add(new Rtt("e" + seq++, day0 + rng.nextInt(28_800_000), s, "d", l, floor * 2 + 10 + 5 * rng.nextDouble(), "tcp"));
          }
        }
        for (int i = 0; i < 30; i++) {
          double rt = 220 + 300 * Math.exp(0.45 * rng.nextGaussian()) + (relayed[w] ? 200 : 0);
          day.add(new Interaction("e" + seq++, day0 + rng.nextInt(28_800_000), s, "d", kinds[i % 3], rt + 30,
              i % 3 == 2 ? "endpoint" : "server", 30));
        }
        for (int b = 0; b < 6; b++) {
          double[] down = new double[40];
          double[] up = new double[40];
          for (int i = 1; i < 40; i++) down[i] = down[i - 1] + 211 * Math.exp(0.445 * rng.nextGaussian());
          for (int i = 0; i < 40; i++) up[i] = down[i] + 95 + 20 * rng.nextGaussian();
          double[] pointer = new double[30];
          for (int i = 1; i < 30; i++) pointer[i] = pointer[i - 1] + 16.667;
          day.add(new Keystrokes("e" + seq++, day0 + rng.nextInt(28_800_000), s, "d", "browser", down, up, pointer));
        }
      }
      day.sort(Comparator.comparingLong(Event::time));
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      for (Event e : day) h.accept(e);
      nanos += System.nanoTime() - t0;
      cpuNanos += mx.getCurrentThreadCpuTime() - c0;
      events += day.size();
      day.clear();
    }
    long t0 = System.nanoTime();
    long c0 = mx.getCurrentThreadCpuTime();
    h.finish();
    nanos += System.nanoTime() - t0;
    cpuNanos += mx.getCurrentThreadCpuTime() - c0;
    long after = usedAfterGc();
    java.util.Map<String, Integer> byDetector = new java.util.TreeMap<>();
    for (io.daylight.core.detect.Finding f : h.findings()) byDetector.merge(f.detector(), 1, Integer::sum);
    System.out.println("detectors " + chosen.stream().map(io.daylight.core.detect.Detector::name).toList()
        + ", findings " + byDetector);
    System.out.printf(Locale.ROOT,
        "%,d events, %,d workers, %.1f s wall / %.1f s CPU in detectors: %,.0f events/s wall, %,.0f per CPU-second; "
            + "%d findings%n",
        events, workers, nanos / 1e9, cpuNanos / 1e9, events / (nanos / 1e9), events / (cpuNanos / 1e9),
        h.findings().size());
    System.out.printf(Locale.ROOT, "state: %.1f MB for %,d workers = %.1f MB per 1,000 workers%n",
        (after - before) / 1e6, workers, (after - before) / 1e6 / workers * 1000);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
