package io.daylight.core.identity;

import io.daylight.core.detect.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures, per cluster signal, how often it fires on rings and on honest units (see
 * {@link RingLikelihoods} for the method). Run by {@code RingCalibrationTest}; its printout is
 * where the constants in RingLikelihoods come from.
 */
final class RingCalibration {
  /** Per detector: fires on rings, rings, fires on honest units, honest units. */
  final Map<String, long[]> counts = new TreeMap<>();

  static RingCalibration ofScenario(ApplicantScenario s) {
    LinkResult result = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(s.events);
    Set<String> rings = new HashSet<>();
    s.label.values().forEach(l -> { if (l.startsWith("ring:")) rings.add(l); });
    Map<String, Set<String>> ringFires = new HashMap<>();
    Map<String, Integer> honestFires = new HashMap<>();
    Map<String, String> clusterOf = new HashMap<>();
    for (LinkResult.Cluster c : result.clusters()) for (String m : c.members()) clusterOf.put(m, c.id());
    Set<String> honestUnits = new HashSet<>();
    for (String id : s.label.keySet()) {
      if (s.label.get(id).startsWith("ring:")) continue;
      String cl = clusterOf.get(id);
      if (cl == null || !containsRing(result, cl, s)) honestUnits.add(cl == null ? id : cl);
    }
    for (Finding f : ClusterSignals.findings(result)) {
      // By the finding's own members: a finding may cover part of a linked cluster (records joined
      // only by an uncorroborated device are signalled apart, ClusterSignals.evidenceClusters).
      if (f.members().stream().anyMatch(m -> s.label.get(m).startsWith("ring:"))) {
        for (String m : f.members()) {
          String l = s.label.get(m);
          if (l.startsWith("ring:")) ringFires.computeIfAbsent(f.detector(), k -> new HashSet<>()).add(l);
        }
      } else {
        honestFires.merge(f.detector(), 1, Integer::sum);
      }
    }
    RingCalibration cal = new RingCalibration();
    for (String d : List.of(ClusterSignals.MANY_NAMES, ClusterSignals.CV_REUSE, ClusterSignals.CONTACT_SETS,
        ClusterSignals.REAPPEARS, ClusterSignals.VELOCITY,
        ClusterSignals.WORK_HISTORY, ClusterSignals.EMAIL_TEMPLATE, ClusterSignals.NETWORK_BURST)) {
      cal.counts.put(d, new long[] {ringFires.getOrDefault(d, Set.of()).size(), rings.size(),
          honestFires.getOrDefault(d, 0), honestUnits.size()});
    }
    return cal;
  }

  /**
   * FEBRL: every person is honest; each person is one honest unit. FEBRL records carry no time, so
   * velocity is not measured on it (counted as not applicable: 0 fires of 0 units).
   */
  static RingCalibration ofFebrl(Febrl f) {
    LinkResult result = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(f.applications);
    Set<String> persons = new HashSet<>(f.person.values());
    Map<String, Integer> fires = new HashMap<>();
    for (Finding x : ClusterSignals.findings(result)) fires.merge(x.detector(), 1, Integer::sum);
    RingCalibration cal = new RingCalibration();
    for (String d : List.of(ClusterSignals.MANY_NAMES, ClusterSignals.CV_REUSE, ClusterSignals.CONTACT_SETS,
        ClusterSignals.REAPPEARS, ClusterSignals.VELOCITY,
        ClusterSignals.WORK_HISTORY, ClusterSignals.EMAIL_TEMPLATE, ClusterSignals.NETWORK_BURST)) {
      boolean timed = !d.equals(ClusterSignals.VELOCITY);
      cal.counts.put(d, new long[] {0, 0, timed ? fires.getOrDefault(d, 0) : 0, timed ? persons.size() : 0});
    }
    return cal;
  }

  private static boolean containsRing(LinkResult r, String clusterId, ApplicantScenario s) {
    for (LinkResult.Cluster c : r.clusters()) {
      if (!c.id().equals(clusterId)) continue;
      for (String m : c.members()) if (s.label.get(m).startsWith("ring:")) return true;
    }
    return false;
  }

  /** Jeffreys-smoothed ratio: ((k1 + .5)/(n1 + 1)) / ((k0 + .5)/(n0 + 1)), honest side the larger of the two. */
  static double ratio(long[] scenario, long[] febrl) {
    double pRing = (scenario[0] + 0.5) / (scenario[1] + 1);
    double pHonest = (scenario[2] + 0.5) / (scenario[3] + 1);
    if (febrl[3] > 0) pHonest = Math.max(pHonest, (febrl[2] + 0.5) / (febrl[3] + 1));
    return pRing / pHonest;
  }

  String table(RingCalibration febrl) {
    StringBuilder b = new StringBuilder();
    counts.forEach((d, c) -> {
      long[] fb = febrl.counts.get(d);
      b.append(String.format(Locale.ROOT, "%-40s rings %d/%d honest %d/%d febrl-honest %d/%d  LR %.1f%n",
          d, c[0], c[1], c[2], c[3], fb[2], fb[3], ratio(c, fb)));
    });
    return b.toString();
  }
}
