package io.daylight.core.location;

import io.daylight.core.geo.Fibre;

/**
 * How far the human operating a laptop is from it, given the excess stimulus→response delay Δ
 * that the operator's round trip adds to every reaction (docs/latency-calibration.md,
 * "Where is the human?"): Δ = network round trip laptop↔operator + remote-desktop encoding,
 * which the same document puts at 30–80 ms.
 *
 * <ul>
 *   <li><b>upper bound</b> (physics): at least {@value #ENCODE_MIN_MS} ms of Δ is encoding, the
 *       rest at most a round trip in fibre: {@code dMax = (Δhigh − 30)/2 · 199.86 km}.
 *   <li><b>plausible lower bound</b> (calibration): after the largest encoding allowance
 *       ({@value #ENCODE_MAX_MS} ms) the round trip is {@code Δlow − 80}; 95 % of real paths
 *       (WonderProxy 2020, p95 inflation) shorter than the returned distance are faster than that.
 *   <li><b>likely distance</b>: the mid allowance ({@value #ENCODE_MID_MS} ms) and the median
 *       (p50) inflation, used for the accuracy study's estimated-vs-true error.
 * </ul>
 * Δ compares a person with the population, so a person who is intrinsically slower or faster
 * than the population moves every figure; the bounds are about the delay, and the bootstrap
 * interval of Δ carries the sampling uncertainty, not that individual offset.
 */
public record OperatorDistance(double minKm, double likelyKm, double maxKm) {
  public static final double ENCODE_MIN_MS = 30;
  public static final double ENCODE_MAX_MS = 80;
  public static final double ENCODE_MID_MS = (ENCODE_MIN_MS + ENCODE_MAX_MS) / 2;
  static final double HALF_CIRCUMFERENCE_KM = Math.PI * io.daylight.core.geo.GreatCircle.EARTH_RADIUS_KM;

  /** From Δ's interval low, point estimate and interval high, in ms. */
  public static OperatorDistance of(double deltaLowMs, double deltaMs, double deltaHighMs) {
    double min = CalibrationTable.minKmAtQuantile(deltaLowMs - ENCODE_MAX_MS, CalibrationTable.P95);
    double likely = CalibrationTable.minKmAtQuantile(deltaMs - ENCODE_MID_MS, CalibrationTable.P50);
    // no two places on Earth are farther apart than half its circumference
    double max = Math.min(HALF_CIRCUMFERENCE_KM, Fibre.maxKm(Math.max(0, deltaHighMs - ENCODE_MIN_MS)));
    return new OperatorDistance(Math.min(min, max), Math.min(likely, max), max);
  }
}
