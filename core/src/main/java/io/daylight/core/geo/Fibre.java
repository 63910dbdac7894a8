package io.daylight.core.geo;

/**
 * The speed of light in optical fibre as a hard bound on round-trip times.
 *
 * <p>Source: docs/latency-calibration.md, "Physics": light in silica (n ≈ 1.468) travels at
 * about 204,000 km/s; 199.86 km/ms one way (2/3 c) is used as the proof-grade bound. Nothing
 * answers faster than {@code 2·d / 199.86} ms from {@code d} km away.
 */
public final class Fibre {
  /** One-way km per ms: 2/3 of c. */
  public static final double KM_PER_MS_ONE_WAY = 199.86;

  private Fibre() {}

  /** The least round-trip time, in ms, physically possible over {@code km} of great circle. */
  public static double rttFloorMs(double km) {
    return 2 * km / KM_PER_MS_ONE_WAY;
  }

  /** The greatest distance, in km, from which a reply could come back within {@code rttMs}. */
  public static double maxKm(double rttMs) {
    return rttMs / 2 * KM_PER_MS_ONE_WAY;
  }
}
