package io.daylight.core.event;

/**
 * A place as declared by a person or an HR system: city, region, ISO 3166-1 alpha-2 country, and
 * optionally coordinates (NaN when absent; the enrich step geocodes the city then).
 */
public record Place(String city, String region, String country, double lat, double lon) {
  public boolean hasCoordinates() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  public Place withCoordinates(double newLat, double newLon) {
    return new Place(city, region, country, newLat, newLon);
  }

  /** "Phoenix, AZ, US", for explanations. */
  public String label() {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {city, region, country}) {
      if (part != null && !part.isEmpty()) {
        if (b.length() > 0) b.append(", ");
        b.append(part);
      }
    }
    return b.toString();
  }
}
