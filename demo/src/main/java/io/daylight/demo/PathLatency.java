package io.daylight.demo;

/**
 * Round-trip time of a real network path, derived from physics and the measured inflation of real
 * paths. Source of every number: docs/latency-calibration.md ("Physics" and "Real path
 * inflation (WonderProxy global ping mesh, 19-20 July 2020)").
 */
public final class PathLatency {
  /** Light in silica fibre, one way, km per ms (2/3 c): latency-calibration.md, "Physics". */
  public static final double FIBRE_KM_PER_MS = 199.86;

  /** Upper bounds of the WonderProxy distance bands, km. */
  private static final double[] BAND_UPPER_KM = {500, 1_000, 3_000, 6_000, 10_000, Double.POSITIVE_INFINITY};
  /** Inflation (RTT_min / floor) p5 / p50 / p95 / p99 per band: latency-calibration.md table. */
  private static final double[][] INFLATION = {
      {1.88, 4.03, 13.4, 33.3},
      {1.85, 3.20, 8.5, 16.1},
      {1.70, 2.57, 5.4, 9.3},
      {1.38, 2.13, 4.9, 7.0},
      {1.42, 1.80, 3.4, 4.4},
      {1.39, 1.80, 2.7, 3.5}};
  /** Excess ms (RTT_min - floor) p5 / p50 / p95 / p99 of the 100-500 km band, used below 100 km. */
  private static final double[] NEAR_EXCESS_MS = {2.5, 9.5, 34.7, 103.8};
  private static final double[] QUANTILES = {0.05, 0.50, 0.95, 0.99};

  private PathLatency() {}

  /** Nothing answers faster than this: 2 d / 199.86 ms. */
  public static double floorMs(double km) {
    return 2 * km / FIBRE_KM_PER_MS;
  }

  /**
   * Minimum RTT of a data-centre-grade path of {@code km} whose route sits at quantile
   * {@code u} (0..1) of the WonderProxy inflation distribution for its distance band.
   * Below 100 km the table's inflation is meaningless (tiny floors), so the excess of the
   * 100-500 km band is added to the floor instead.
   */
  public static double pathMs(double km, double u) {
    double floor = floorMs(km);
    if (km < 100) return floor + interpolate(NEAR_EXCESS_MS, 0, u);
    int band = 0;
    while (km >= BAND_UPPER_KM[band]) band++;
    return floor * interpolate(INFLATION[band], 1.0, u);
  }

  /**
   * Piecewise-linear through the p5/p50/p95/p99 knots; from {@code atZero} at u=0 to p5, and past
   * p99 on the p95-p99 slope to u=1 (a stated extrapolation: the table stops at p99).
   */
  static double interpolate(double[] q, double atZero, double u) {
    u = Math.max(0, Math.min(1, u));
    if (u <= QUANTILES[0]) return atZero + (q[0] - atZero) * u / QUANTILES[0];
    for (int i = 1; i < QUANTILES.length; i++) {
      if (u <= QUANTILES[i]) {
        double t = (u - QUANTILES[i - 1]) / (QUANTILES[i] - QUANTILES[i - 1]);
        return q[i - 1] + (q[i] - q[i - 1]) * t;
      }
    }
    double slope = (q[3] - q[2]) / (QUANTILES[3] - QUANTILES[2]);
    return q[3] + slope * (u - QUANTILES[3]);
  }
}
