package io.daylight.core.location;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Order statistics and a seeded percentile bootstrap: deterministic, allocation-light. */
public final class RobustStats {
  private RobustStats() {}

  /** The q-quantile (0..1) of the first n values of a <em>sorted</em> array, linear interpolation. */
  public static double quantileSorted(double[] sorted, int n, double q) {
    if (n == 0) return Double.NaN;
    double pos = q * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The q-quantile of the first n values (copied and sorted). */
  public static double quantile(double[] values, int n, double q) {
    double[] c = Arrays.copyOf(values, n);
    Arrays.sort(c);
    return quantileSorted(c, n, q);
  }

  /** 1.4826 · median absolute deviation: a robust standard deviation (consistent for normal data). */
  public static double robustSd(double[] values, int n) {
    double med = quantile(values, n, 0.5);
    double[] dev = new double[n];
    for (int i = 0; i < n; i++) dev[i] = Math.abs(values[i] - med);
    return 1.4826 * quantile(dev, n, 0.5);
  }

  /** A statistic of a sample, computed on a sorted copy. */
  @FunctionalInterface
  public interface SortedStatistic {
    double of(double[] sorted, int n);
  }

  /**
   * Percentile bootstrap interval of a statistic: {@code resamples} resamples with replacement,
   * drawn from a {@link SplittableRandom} with the given seed, so the same data and seed always
   * give the same interval. Returns {low, high} at the (1 − level)/2 and (1 + level)/2 points.
   */
  public static double[] bootstrap(double[] values, int n, SortedStatistic stat, int resamples, double level, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] out = new double[resamples];
    double[] buf = new double[n];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < n; i++) buf[i] = values[rng.nextInt(n)];
      Arrays.sort(buf);
      out[b] = stat.of(buf, n);
    }
    Arrays.sort(out);
    return new double[] {quantileSorted(out, resamples, (1 - level) / 2), quantileSorted(out, resamples, (1 + level) / 2)};
  }

  /** A stable 64-bit seed from a string (FNV-1a), independent of JVM and run. */
  public static long seed(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
