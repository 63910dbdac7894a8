package io.daylight.app.sensor.chain;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The extra stimulus→response delay Δ of one session against a baseline session, computed as the
 * location helper's InteractionDelayDetector does (issue 3): the smaller of the median shift and
 * the 10th-percentile shift (a delay moves every quantile; a slower mind stretches the tail), with
 * a seeded percentile-bootstrap 95 % interval that resamples both sessions. The finding's bar is
 * the detector's floor, 30 ms, the least remote-desktop encoding (latency-calibration.md); in a
 * one-laptop rig there is no population spread to raise it.
 */
record DelayEstimate(double deltaMs, double lowMs, double highMs, int n, int baselineN) {
  static final double BAR_MS = 30;
  static final int RESAMPLES = 2000;

  boolean fires() {
    return lowMs > BAR_MS;
  }

  static DelayEstimate of(double[] session, double[] baseline, long seed) {
    double d = delta(session, baseline);
    SplittableRandom r = new SplittableRandom(seed);
    double[] boot = new double[RESAMPLES];
    for (int i = 0; i < RESAMPLES; i++) boot[i] = delta(resample(session, r), resample(baseline, r));
    Arrays.sort(boot);
    return new DelayEstimate(d, boot[(int) (0.025 * RESAMPLES)], boot[(int) (0.975 * RESAMPLES) - 1], session.length,
        baseline.length);
  }

  static double delta(double[] x, double[] b) {
    return Math.min(quantile(x, 0.5) - quantile(b, 0.5), quantile(x, 0.1) - quantile(b, 0.1));
  }

  static double quantile(double[] v, double q) {
    double[] s = v.clone();
    Arrays.sort(s);
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }

  private static double[] resample(double[] v, SplittableRandom r) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[r.nextInt(v.length)];
    return out;
  }
}
