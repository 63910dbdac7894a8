package io.daylight.app.accuracy;

import java.util.Map;
import java.util.TreeMap;

/**
 * One population's verdicts against its answer key: workers and applications, fraud and honest,
 * per behaviour class and per difficulty. Rates are per subject: a worker counts once whatever
 * number of cases name them.
 *
 * @param byClass key {@code "fraud:<behaviour>"} or {@code "honest:<behaviour>"}, worker classes
 *     prefixed {@code worker/} and application classes {@code application/}
 * @param byDifficulty fraud workers and applications together, by difficulty
 */
public record Evaluation(
    Tally fraudWorkers, Tally honestWorkers, Tally fraudApplications, Tally honestApplications,
    Map<String, Tally> byClass, Map<String, Tally> byDifficulty, Map<String, DetectorHits> byDetector) {

  /** Distinct labelled subjects (workers and applications) a detector's findings name, by truth. */
  public record DetectorHits(int fraud, int honest) {
    DetectorHits plus(DetectorHits o) {
      return new DetectorHits(fraud + o.fraud, honest + o.honest);
    }
  }

  public static Evaluation of(AnswerKey key, Verdicts verdicts) {
    return of(key, verdicts, java.util.List.of());
  }

  /** With {@code findings}, also counts per detector the labelled subjects its findings name. */
  public static Evaluation of(AnswerKey key, Verdicts verdicts, java.util.Collection<io.daylight.core.detect.Finding> findings) {
    Tally fw = Tally.EMPTY, hw = Tally.EMPTY, fa = Tally.EMPTY, ha = Tally.EMPTY;
    Map<String, Tally> byClass = new TreeMap<>();
    Map<String, Tally> byDifficulty = new TreeMap<>();
    for (Map.Entry<String, AnswerKey.Label> e : key.workers().entrySet()) {
      AnswerKey.Label l = e.getValue();
      if (l.fraud()) fw = fw.plus(verdicts, e.getKey());
      else hw = hw.plus(verdicts, e.getKey());
      add(byClass, "worker/" + (l.fraud() ? "fraud:" : "honest:") + l.behaviour(), verdicts, e.getKey());
      if (l.fraud() && l.difficulty() != null) add(byDifficulty, l.difficulty(), verdicts, e.getKey());
    }
    for (Map.Entry<String, AnswerKey.Label> e : key.applications().entrySet()) {
      AnswerKey.Label l = e.getValue();
      if (l.fraud()) fa = fa.plus(verdicts, e.getKey());
      else ha = ha.plus(verdicts, e.getKey());
      add(byClass, "application/" + (l.fraud() ? "fraud:" : "honest:") + l.behaviour(), verdicts, e.getKey());
      if (l.fraud() && l.difficulty() != null) add(byDifficulty, l.difficulty(), verdicts, e.getKey());
    }
    Map<String, java.util.Set<String>> named = new TreeMap<>();
    for (io.daylight.core.detect.Finding f : findings) {
      java.util.Set<String> ids = named.computeIfAbsent(f.detector(), k -> new java.util.HashSet<>());
      ids.add(f.subject());
      ids.addAll(f.members());
    }
    Map<String, DetectorHits> byDetector = new TreeMap<>();
    named.forEach((detector, ids) -> {
      int fraud = 0, honest = 0;
      for (String id : ids) {
        AnswerKey.Label l = key.workers().containsKey(id) ? key.workers().get(id) : key.applications().get(id);
        if (l == null) continue;
        if (l.fraud()) fraud++;
        else honest++;
      }
      byDetector.put(detector, new DetectorHits(fraud, honest));
    });
    return new Evaluation(fw, hw, fa, ha, byClass, byDifficulty, byDetector);
  }

  private static void add(Map<String, Tally> m, String k, Verdicts v, String id) {
    m.merge(k, Tally.EMPTY.plus(v, id), Tally::plus);
  }

  /** Fraudulent applications among all applications at {@code high}; NaN when none is high. */
  public double applicationPrecisionAtHigh() {
    int high = fraudApplications.high() + honestApplications.high();
    return high == 0 ? Double.NaN : fraudApplications.high() / (double) high;
  }

  /** Several evaluations pooled (per-class tallies added). */
  public Evaluation plus(Evaluation o) {
    Map<String, Tally> c = new TreeMap<>(byClass);
    o.byClass.forEach((k, v) -> c.merge(k, v, Tally::plus));
    Map<String, Tally> d = new TreeMap<>(byDifficulty);
    o.byDifficulty.forEach((k, v) -> d.merge(k, v, Tally::plus));
    Map<String, DetectorHits> h = new TreeMap<>(byDetector);
    o.byDetector.forEach((k, v) -> h.merge(k, v, DetectorHits::plus));
    return new Evaluation(fraudWorkers.plus(o.fraudWorkers), honestWorkers.plus(o.honestWorkers),
        fraudApplications.plus(o.fraudApplications), honestApplications.plus(o.honestApplications), c, d, h);
  }

  static String pct(double r) {
    return Double.isNaN(r) ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", 100 * r);
  }
}
