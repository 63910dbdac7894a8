package io.daylight.core.location;

import io.daylight.core.geo.Fibre;

/**
 * How much slower than light real Internet paths are, by distance: the WonderProxy global ping
 * mesh of 19–20 July 2020 (245 servers, min of 30 pings per pair, 59,763 pairs over 100 km apart),
 * as tabulated in docs/latency-calibration.md, "Real path inflation".
 *
 * <p>Inflation is {@code RTT_min / rttFloor(d)}; the table gives its p5, p50, p95 and p99 per
 * distance band. These are data-centre-to-data-centre minima: a residential endpoint adds a last
 * mile of 3–25 ms (same document), so an honest home worker is, if anything, <em>more</em>
 * inflated than the table. Using the table's fast tail (p5) as "plausible" is therefore
 * conservative for the question "is the endpoint suspiciously close to a landmark?".
 *
 * <p>The table starts at 100 km; below that the floor is under 1 ms and the last mile dominates,
 * so the band methods return NaN and callers fall back to the hard physics alone.
 */
public final class CalibrationTable {
  /** Lower edges of the distance bands, km (the last band is open-ended). */
  static final double[] BAND_FROM_KM = {100, 500, 1_000, 3_000, 6_000, 10_000};
  static final String[] BAND_LABEL = {
      "100–500 km", "500–1,000 km", "1,000–3,000 km", "3,000–6,000 km", "6,000–10,000 km", "> 10,000 km"};
  /** Pairs per band (for explanations: how much data stands behind a quantile). */
  static final int[] BAND_PAIRS = {1_676, 3_233, 10_115, 7_679, 22_976, 14_084};
  /** Inflation quantiles p5, p50, p95, p99 per band. */
  static final double[][] INFLATION = {
      {1.88, 4.03, 13.4, 33.3},
      {1.85, 3.20, 8.5, 16.1},
      {1.70, 2.57, 5.4, 9.3},
      {1.38, 2.13, 4.9, 7.0},
      {1.42, 1.80, 3.4, 4.4},
      {1.39, 1.80, 2.7, 3.5}};
  /** The cumulative probabilities the columns of {@link #INFLATION} stand for. */
  static final double[] QUANTILES = {0.05, 0.50, 0.95, 0.99};
  /**
   * Share of WonderProxy pairs faster than light (164 of 59,763 = 0.27 %), every one a server with
   * a wrong stated location: the probability floor for "an honest measurement beats physics".
   */
  public static final double FASTER_THAN_LIGHT_RATE = 164.0 / 59_763;

  /** Column indexes into {@link #INFLATION}. */
  public static final int P5 = 0;
  public static final int P50 = 1;
  public static final int P95 = 2;
  public static final int P99 = 3;

  private CalibrationTable() {}

  /** The band index for a distance, or -1 below 100 km (outside the table). */
  public static int band(double km) {
    if (!(km >= BAND_FROM_KM[0])) return -1;
    int b = 0;
    while (b + 1 < BAND_FROM_KM.length && km >= BAND_FROM_KM[b + 1]) b++;
    return b;
  }

  public static String bandLabel(int band) {
    return BAND_LABEL[band];
  }

  public static int bandPairs(int band) {
    return BAND_PAIRS[band];
  }

  /** An inflation quantile ({@link #P5} … {@link #P99}) at a distance; NaN below 100 km. */
  public static double inflation(double km, int quantile) {
    int b = band(km);
    return b < 0 ? Double.NaN : INFLATION[b][quantile];
  }

  /**
   * P(inflation ≤ x) for honest paths at distance {@code km}: piecewise log-linear between the
   * table's quantiles. Below p5 it runs log-linearly down to {@link #FASTER_THAN_LIGHT_RATE} at
   * inflation 1 (the physical floor; below it only mislabelled hosts remain), which is a modelling
   * choice: the table gives no point between 1 and p5. NaN below 100 km.
   */
  public static double cdf(double km, double inflation) {
    int b = band(km);
    if (b < 0) return Double.NaN;
    double[] q = INFLATION[b];
    if (inflation < 1) return FASTER_THAN_LIGHT_RATE;
    if (inflation >= q[P99]) return QUANTILES[P99];
    double x0 = 1;
    double p0 = FASTER_THAN_LIGHT_RATE;
    for (int i = 0; i < q.length; i++) {
      if (inflation <= q[i]) {
        double t = (Math.log(inflation) - Math.log(x0)) / (Math.log(q[i]) - Math.log(x0));
        return Math.exp(Math.log(p0) + t * (Math.log(QUANTILES[i]) - Math.log(p0)));
      }
      x0 = q[i];
      p0 = QUANTILES[i];
    }
    return QUANTILES[P99];
  }

  /**
   * The plausible round trip from {@code km} away at an inflation quantile: {@code rttFloor(d) ·
   * inflation_q(d)}. Below 100 km the 100–500 km band is used (the nearest the table has).
   */
  public static double rttAtQuantileMs(double km, int quantile) {
    double infl = INFLATION[Math.max(0, band(km))][quantile];
    return Fibre.rttFloorMs(km) * infl;
  }

  /**
   * The farthest distance from which a round trip of {@code rttMs} is plausible at inflation
   * quantile {@code q}: the largest d with {@code rttFloor(d)·inflation_q(d) ≤ rttMs}. Because
   * bands change the multiplier in steps, the largest such d is taken over every band, so the
   * result is monotone in the round trip and never exceeds the hard physical bound.
   */
  public static double maxKmAtQuantile(double rttMs, int quantile) {
    double best = 0;
    for (int b = 0; b < BAND_FROM_KM.length; b++) {
      double d = Fibre.maxKm(rttMs) / INFLATION[b][quantile];
      double lo = b == 0 ? 0 : BAND_FROM_KM[b];
      double hi = b + 1 < BAND_FROM_KM.length ? BAND_FROM_KM[b + 1] : Double.MAX_VALUE;
      if (d >= lo) best = Math.max(best, Math.min(d, hi));
    }
    return best;
  }

  /**
   * The nearest distance at which a round trip of {@code rttMs} is no slower than inflation
   * quantile {@code q} of real paths: the least d with {@code rttFloor(d)·inflation_q(d) ≥ rttMs}.
   * With q = p95, 95 % of real paths that short are faster than this round trip, so the source is
   * plausibly at least this far. Monotone in the round trip; 0 for a non-positive round trip.
   */
  public static double minKmAtQuantile(double rttMs, int quantile) {
    if (!(rttMs > 0)) return 0;
    for (int b = 0; b < BAND_FROM_KM.length; b++) {
      double d = Fibre.maxKm(rttMs) / INFLATION[b][quantile];
      double lo = b == 0 ? 0 : BAND_FROM_KM[b];
      double hi = b + 1 < BAND_FROM_KM.length ? BAND_FROM_KM[b + 1] : Double.MAX_VALUE;
      if (d < hi) return Math.max(d, lo);
    }
    return Fibre.maxKm(rttMs);
  }
}
