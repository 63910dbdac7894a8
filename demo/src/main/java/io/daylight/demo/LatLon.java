package io.daylight.demo;

/** A point on the Earth in degrees. */
public record LatLon(double lat, double lon) {
  /** Mean Earth radius, IUGG (6,371.0088 km). */
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle distance by the haversine formula. */
  public double kmTo(LatLon o) {
    double p1 = Math.toRadians(lat), p2 = Math.toRadians(o.lat);
    double dp = p2 - p1, dl = Math.toRadians(o.lon - lon);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** A point about {@code km} away in a direction given by {@code bearingRad} (flat-Earth step, fine below ~100 km). */
  public LatLon offset(double km, double bearingRad) {
    double dLat = km * Math.cos(bearingRad) / 111.2;
    double dLon = km * Math.sin(bearingRad) / (111.2 * Math.cos(Math.toRadians(lat)));
    return new LatLon(round4(lat + dLat), round4(lon + dLon));
  }

  private static double round4(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
