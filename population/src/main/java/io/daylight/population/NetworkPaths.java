package io.daylight.population;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Round-trip physics between the organisation's landmarks and the places a worker's traffic passes.
 * Every figure is from {@code docs/latency-calibration.md} (a copy of the public calibration figures): the fibre floor
 * {@code 2·d / 199.86 km/ms}, and the path excess over that floor per distance band from the
 * WonderProxy global ping mesh (19–20 July 2020, 59,763 pairs, min of 30 pings per pair).
 *
 * <p>A round trip is the sum of the legs it crosses (landmark → relay → device), each leg its floor
 * plus an excess drawn once per pair of places (a route is stable; the quantile is fixed per pair)
 * plus the access network at the far end and a little per-sample queueing. By the triangle
 * inequality no path can answer faster than the floor of the straight line to the host that
 * answers, which {@code WorkforceTest} checks on every written {@code rtt}.
 */
final class NetworkPaths {
  /** A company-controlled measuring server. */
  record Landmark(String id, String city, double lat, double lon) {}

  /** The organisation's measuring servers (its own points of presence). */
  static final List<Landmark> LANDMARKS = List.of(
      new Landmark("iad-1", "Ashburn", 39.0438, -77.4874),
      new Landmark("ord-1", "Chicago", 41.8781, -87.6298),
      new Landmark("dfw-1", "Dallas", 32.7767, -96.7970),
      new Landmark("sjc-1", "San Jose", 37.3382, -121.8863),
      new Landmark("lhr-1", "London", 51.5072, -0.1276),
      new Landmark("fra-1", "Frankfurt", 50.1109, 8.6821),
      new Landmark("sin-1", "Singapore", 1.3521, 103.8198));

  /** One-way speed of light in fibre used as the hard bound, km per ms (latency-calibration.md). */
  static final double FIBRE_KM_PER_MS = 199.86;

  /** How a device reaches the Internet; sets the access delay added at the device end. */
  enum Access {
    /** Cable/DSL/fibre home: "residential last mile adds roughly 3–25 ms" (latency-calibration.md). */
    RESIDENTIAL(3, 25),
    /** LTE/5G: access latency assumed 25–60 ms (not in the calibration file; typical published LTE figures). */
    MOBILE(25, 60),
    /** Starlink LEO: "low-orbit satellite 25–40 ms" (latency-calibration.md). */
    LEO(25, 40),
    /** Geostationary: "about 550 ms" (latency-calibration.md); 540–620 ms assumed spread. */
    GEO(540, 620),
    /** Office or coworking LAN on business fibre: assumed 1–5 ms. */
    OFFICE(1, 5),
    /** A server in a data centre: assumed 0.1–0.5 ms. */
    SERVER(0.1, 0.5);

    final double low, high;

    Access(double low, double high) {
      this.low = low;
      this.high = high;
    }

    double ms(double u) {
      return low + (high - low) * u;
    }
  }

  // WonderProxy excess over the fibre floor (ms), p5 / p50 / p95 / p99 per great-circle band (latency-calibration.md).
  private static final double[] BAND_KM = {100, 500, 1000, 3000, 6000, 10000};
  private static final double[][] EXCESS = {
      {2.5, 9.5, 34.7, 103.8},    // 100–500 km, 1,676 pairs
      {6.1, 16.8, 53.1, 93.4},    // 500–1,000 km, 3,233 pairs
      {11.7, 28.5, 75.8, 153.2},  // 1,000–3,000 km, 10,115 pairs
      {20.0, 47.8, 180.6, 252.5}, // 3,000–6,000 km, 7,679 pairs
      {29.6, 65.9, 199.4, 270.2}, // 6,000–10,000 km, 22,976 pairs
      {52.4, 106.3, 214.6, 278.4} // > 10,000 km, 14,084 pairs
  };

  private NetworkPaths() {}

  static double floorMs(double km) {
    return 2 * km / FIBRE_KM_PER_MS;
  }

  /**
   * Excess over the floor for a pair {@code km} apart at quantile {@code u} of the WonderProxy band,
   * interpolated linearly between p5, p50, p95, p99 (below p5 down to half of p5; above p99 held).
   * Below 100 km (no WonderProxy band: pairs there were excluded) a metro excess of 1–10 ms is
   * assumed (switching and peering inside a metro, even between neighbouring data centres).
   */
  static double excessMs(double km, double u) {
    if (km < 100) return 1 + 9 * u * u;
    int band = 0;
    while (band + 1 < BAND_KM.length && km >= BAND_KM[band + 1]) band++;
    double[] q = EXCESS[band];
    if (u < 0.05) return q[0] * (0.5 + 0.5 * u / 0.05);
    if (u < 0.50) return q[0] + (q[1] - q[0]) * (u - 0.05) / 0.45;
    if (u < 0.95) return q[1] + (q[2] - q[1]) * (u - 0.50) / 0.45;
    if (u < 0.99) return q[2] + (q[3] - q[2]) * (u - 0.95) / 0.04;
    return q[3];
  }

  /** A leg's stable round trip: floor plus the pair's excess. */
  static double legMs(double km, double u) {
    return floorMs(km) + excessMs(km, u);
  }

  /** Per-sample queueing on top of the stable path: exponential, mean 1.5 ms (assumed; Wi-Fi and buffers). */
  static double jitterMs(SplittableRandom random) {
    return -1.5 * Math.log(1 - random.nextDouble());
  }

  static Landmark nearest(double lat, double lon) {
    return LANDMARKS.stream()
        .min(Comparator.comparingDouble(l -> Places.km(lat, lon, l.lat(), l.lon())))
        .orElseThrow();
  }
}
