package io.daylight.core.geo;

/** Great-circle distances on a spherical Earth. */
public final class GreatCircle {
  /** IUGG mean Earth radius, km. The spherical model errs by at most ~0.5 %, far below RTT noise. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** Haversine distance in km. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  public static double km(GeoPoint a, GeoPoint b) {
    return km(a.lat(), a.lon(), b.lat(), b.lon());
  }
}
