package io.daylight.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does a posterior of p mean "fraud p of the time"? Labelled subjects are binned by predicted
 * posterior and each bin's observed fraud rate is set beside its mean prediction. The edges put
 * the policy's thresholds (5 % medium, 50 % high: {@link ScoringPolicy#DEFAULT}) on bin boundaries
 * and split the rest at 1 %, 20 %, 80 % and 95 % so the tails, where decisions are made, get their
 * own rows.
 */
public final class Reliability {
  static final double[] EDGES = {0, 0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 1};

  private Reliability() {}

  /** One posterior bin: subjects in [from, to), how many were fraudulent, the mean prediction. */
  public record Row(double from, double to, int n, int fraud, double meanPredicted) {
    public double observed() {
      return n == 0 ? Double.NaN : (double) fraud / n;
    }
  }

  /** The table over subjects: subject → predicted posterior, and subject → fraudulent. */
  public static List<Row> table(Map<String, Double> predicted, Map<String, Boolean> fraud) {
    int bins = EDGES.length - 1;
    int[] n = new int[bins];
    int[] f = new int[bins];
    double[] sum = new double[bins];
    for (Map.Entry<String, Boolean> e : fraud.entrySet()) {
      double p = predicted.get(e.getKey());
      int b = bins - 1;
      while (b > 0 && p < EDGES[b]) b--;
      n[b]++;
      sum[b] += p;
      if (e.getValue()) f[b]++;
    }
    List<Row> rows = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) rows.add(new Row(EDGES[b], EDGES[b + 1], n[b], f[b], n[b] == 0 ? Double.NaN : sum[b] / n[b]));
    return rows;
  }

  /** Mean squared error of the posterior against the 0/1 truth (Brier 1950): 0 is perfect. */
  public static double brier(Map<String, Double> predicted, Map<String, Boolean> fraud) {
    double s = 0;
    for (Map.Entry<String, Boolean> e : fraud.entrySet()) {
      double d = predicted.get(e.getKey()) - (e.getValue() ? 1 : 0);
      s += d * d;
    }
    return fraud.isEmpty() ? Double.NaN : s / fraud.size();
  }

  /** The table as text, one row per bin. */
  public static String format(List<Row> rows) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-13s %7s %7s %11s %10s%n",
        "posterior", "n", "fraud", "predicted", "observed"));
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "%-13s %7d %7d %11s %10s%n",
          String.format(Locale.ROOT, "[%.2f, %.2f%s", r.from(), r.to(), r.to() >= 1 ? "]" : ")"), r.n(), r.fraud(),
          r.n() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", r.meanPredicted()),
          r.n() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", r.observed())));
    }
    return b.toString();
  }
}
