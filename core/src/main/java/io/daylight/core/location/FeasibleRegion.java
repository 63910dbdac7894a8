package io.daylight.core.location;

import io.daylight.core.geo.GreatCircle;

/**
 * Constraint-based multilateration (Gueye et al., IEEE/ACM ToN 2006; Octant, Wong et al., NSDI
 * 2007; both cited in docs/latency-calibration.md): each landmark says "the endpoint is
 * within r km of me"; the endpoint lies in the intersection of those discs.
 *
 * <p>The intersection is a subset of the smallest disc, so candidates are sampled on equal-area
 * rings inside that disc ({@value #RINGS} rings, up to {@value #MAX_PER_RING} points each) and kept
 * when every other disc contains them. The result reports the spherical centroid of the kept
 * points and the greatest distance from it to a kept point (the extent). Sampling can only
 * under-state the region: a point it reports is always inside every disc.
 *
 * @param feasible whether any sampled point lies inside every disc
 * @param lat centroid latitude (NaN when not feasible)
 * @param lon centroid longitude (NaN when not feasible)
 * @param extentKm greatest distance from the centroid to a feasible sample
 * @param samples how many sampled points were feasible
 */
public record FeasibleRegion(boolean feasible, double lat, double lon, double extentKm, int samples) {
  static final int RINGS = 24;
  static final int MAX_PER_RING = 48;
  private static final double R = GreatCircle.EARTH_RADIUS_KM;

  public static final FeasibleRegion NONE = new FeasibleRegion(false, Double.NaN, Double.NaN, 0, 0);

  /** Intersects discs (centre lat/lon in degrees, radius in km); {@code n} discs are used. */
  public static FeasibleRegion intersect(double[] lat, double[] lon, double[] radiusKm, int n) {
    if (n == 0) return NONE;
    int smallest = 0;
    for (int i = 1; i < n; i++) if (radiusKm[i] < radiusKm[smallest]) smallest = i;
    double maxAngle = Math.min(Math.PI, radiusKm[smallest] / R);
    double lat0 = Math.toRadians(lat[smallest]);
    double lon0 = Math.toRadians(lon[smallest]);
    double sx = 0, sy = 0, sz = 0;
    int kept = 0;
    double[] keptLat = new double[1 + RINGS * MAX_PER_RING];
    double[] keptLon = new double[keptLat.length];
    if (inside(lat[smallest], lon[smallest], lat, lon, radiusKm, n)) {
      keptLat[kept] = lat[smallest];
      keptLon[kept++] = lon[smallest];
    }
    double cosMax = Math.cos(maxAngle);
    for (int ring = 1; ring <= RINGS; ring++) {
      // equal-area rings: cos(angle) evenly spaced between 1 and cos(maxAngle)
      double angle = Math.acos(1 - (1 - cosMax) * ring / RINGS);
      int points = Math.max(6, (int) Math.round(MAX_PER_RING * Math.sin(angle) / Math.max(Math.sin(Math.min(maxAngle, Math.PI / 2)), 1e-9)));
      points = Math.min(points, MAX_PER_RING);
      for (int k = 0; k < points; k++) {
        double bearing = 2 * Math.PI * (k + 0.5 * (ring & 1)) / points;
        double pLat = Math.asin(Math.sin(lat0) * Math.cos(angle) + Math.cos(lat0) * Math.sin(angle) * Math.cos(bearing));
        double pLon = lon0 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat0),
            Math.cos(angle) - Math.sin(lat0) * Math.sin(pLat));
        double dLat = Math.toDegrees(pLat);
        double dLon = normaliseLon(Math.toDegrees(pLon));
        if (inside(dLat, dLon, lat, lon, radiusKm, n)) {
          keptLat[kept] = dLat;
          keptLon[kept++] = dLon;
        }
      }
    }
    if (kept == 0) return NONE;
    for (int i = 0; i < kept; i++) {
      double a = Math.toRadians(keptLat[i]);
      double b = Math.toRadians(keptLon[i]);
      sx += Math.cos(a) * Math.cos(b);
      sy += Math.cos(a) * Math.sin(b);
      sz += Math.sin(a);
    }
    double cLat = Math.toDegrees(Math.atan2(sz, Math.hypot(sx, sy)));
    double cLon = Math.toDegrees(Math.atan2(sy, sx));
    double extent = 0;
    for (int i = 0; i < kept; i++) extent = Math.max(extent, GreatCircle.km(cLat, cLon, keptLat[i], keptLon[i]));
    return new FeasibleRegion(true, cLat, cLon, extent, kept);
  }

  /** Rounding allowance, km: a point on a disc's edge is inside it. */
  static final double EDGE_KM = 1e-6;

  /** Whether a point lies within every disc: the exact test, no sampling. */
  public static boolean inside(double pLat, double pLon, double[] lat, double[] lon, double[] radiusKm, int n) {
    for (int i = 0; i < n; i++) {
      if (GreatCircle.km(pLat, pLon, lat[i], lon[i]) > radiusKm[i] + EDGE_KM) return false;
    }
    return true;
  }

  private static double normaliseLon(double lon) {
    double l = ((lon + 180) % 360 + 360) % 360 - 180;
    return l == -180 ? 180 : l;
  }
}
