package io.daylight.core.intel;

import java.util.Optional;

/** Place names to coordinates and time zones (GeoNames-derived data in production). */
public interface Gazetteer {

  /**
   * The best match for a city in a country (ISO alpha-2), preferring the region when given and
   * the most populous on ties.
   */
  Optional<GazetteerEntry> find(String city, String region, String country);

  record GazetteerEntry(String name, String country, String region, double lat, double lon, long population) {}
}
