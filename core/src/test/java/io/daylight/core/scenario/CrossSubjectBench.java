package io.daylight.core.scenario;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.farm.LaptopFarmDetector;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.payroll.SharedPayrollAccountDetector;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.MapIpIntel;
import io.daylight.core.vendor.AgencyApplicationsDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Throughput and memory of the cross-subject detectors (laptop farm, shared payroll account,
 * agency applications) at organisation scale. Run:
 * {@code java -Xmx3g -cp core/target/classes:core/target/test-classes io.daylight.core.scenario.CrossSubjectBench 100000 30}
 *
 * <p>Each day every worker's laptop reports inventory once and signs in twice (one in five through
 * corporate egress); 1 % of workers sit in farms of five; every worker has a roster event, an
 * application and one payroll change. Events are generated one day at a time and only feeding
 * them to the detectors is timed.
 */
public final class CrossSubjectBench {
  public static void main(String[] args) {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Random rnd = new Random(7);
    IpIntel ip = new MapIpIntel().network("192.0.2.1", "NL", IpIntel.NetworkClass.VPN, "VPN");
    DeploymentContext ctx = new DeploymentContext(CidrSet.of(List.of("203.0.113.0/24")), Set.of(), List.of(), List.of());
    List<Detector<?>> detectors = List.of(new LaptopFarmDetector(ctx, ip), new SharedPayrollAccountDetector(),
        new AgencyApplicationsDetector(ip));
    Harness h = new Harness(detectors);
    String[] homeIp = new String[workers];
    String[] bssid = new String[workers];
    long start = PostHireScenario.START;
    long events = 0;
    long nanos = 0;
    List<Event> batch = new ArrayList<>();
    Place phoenix = new Place("Phoenix", "AZ", "US", 33.45, -112.07);
    for (int w = 0; w < workers; w++) {
      boolean farm = w % 100 < 5 && w % 500 < 5;
      int farmId = w / 500;
      homeIp[w] = farm ? "198.19." + (farmId / 250) + "." + (farmId % 250) : "10." + (w >> 16) + "." + ((w >> 8) & 255) + "." + (w & 255);
      bssid[w] = farm ? "02:ff:00:00:" + String.format("%02x:%02x", (farmId >> 8) & 255, farmId & 255)
          : String.format("02:00:%02x:%02x:%02x:%02x", (w >> 24) & 255, (w >> 16) & 255, (w >> 8) & 255, w & 255);
      Address home = new Address(w + " Main St", null, "Phoenix", "AZ", String.format("%05d", w % 90000 + 10000), "US");
      Address ship = farm ? new Address("77 Desert Rd", null, "Scottsdale", "AZ", "85251", "US") : home;
      String acct = farm && w % 2 == 0 ? "acct-farm-" + farmId : "acct-" + w;
      batch.add(new Worker("wk" + w, start - 86_400_000L, "w-" + w, "N " + w, null, null, phoenix, null, "2026-01-15", null,
          home, new Worker.Laptop("SN" + w, ship), new Worker.PayrollAccount(acct, "N " + w, "US"),
          new Worker.Engagement("contractor", "Agency " + (w % 50))));
      batch.add(new Application("app" + w, start - 30 * 86_400_000L, "Eng",
          new Application.Candidate("N " + w, w + "@x.example", null, phoenix, null, null, null, null),
          homeIp[w], "ua", "fp-" + w, null, null, null, null, null, new Application.Source("direct", "Agency " + (w % 50), null)));
      batch.add(new Payroll("pay" + w, start + 10 * 86_400_000L, "w-" + w, "acct-new-" + w, "N " + w, "US", "ach"));
    }
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = 0;
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    h.feed(batch);
    cpu += threads.getCurrentThreadCpuTime() - c0;
    nanos += System.nanoTime() - t0;
    events += batch.size();
    for (int d = 0; d < days; d++) {
      batch.clear();
      long base = start + d * 86_400_000L + 15 * 3_600_000L;
      for (int w = 0; w < workers; w++) {
        batch.add(new Inventory("i" + d + "-" + w, base + w, "w-" + w, "dev-" + w, "SN" + w, null, homeIp[w], bssid[w],
            List.of(), List.of(), List.of()));
        String src = rnd.nextInt(5) == 0 ? "203.0.113." + rnd.nextInt(200) : homeIp[w];
        batch.add(new Auth("a" + d + "-" + w, base + w + 1, "w-" + w, src, "dev-" + w, true, "success", null, null, null));
        batch.add(new Auth("b" + d + "-" + w, base + w + 2, "w-" + w, homeIp[w], "dev-" + w, true, "success", null, null, null));
      }
      t0 = System.nanoTime();
      c0 = threads.getCurrentThreadCpuTime();
      h.feed(batch);
      cpu += threads.getCurrentThreadCpuTime() - c0;
      nanos += System.nanoTime() - t0;
      events += batch.size();
    }
    batch.clear();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "workers %,d, days %d: %,d events in %.1f s wall = %,.0f events/s (%.1f s CPU of the "
            + "feeding thread = %,.0f events/s per core); %,d keys; %,d findings; heap after GC %,d MB (%,.0f bytes per worker)%n",
        workers, days, events, nanos / 1e9, events / (nanos / 1e9), cpu / 1e9, events / (cpu / 1e9), h.keys(),
        h.findings().size(), used >> 20, (double) used / workers);
  }
}
