package io.daylight.core.geo;

/** A point on the Earth in decimal degrees (WGS 84). */
public record GeoPoint(double lat, double lon) {
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a coordinate: " + lat + "," + lon);
    }
  }

  public static boolean valid(double lat, double lon) {
    return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
  }
}
