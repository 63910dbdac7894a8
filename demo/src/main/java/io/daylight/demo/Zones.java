package io.daylight.demo;

import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;

/** Time zones by IANA id, resolved once: the generator asks for the same few zones millions of times. */
final class Zones {
  private static final ConcurrentHashMap<String, ZoneId> CACHE = new ConcurrentHashMap<>();

  private Zones() {}

  static ZoneId of(String id) {
    return CACHE.computeIfAbsent(id, ZoneId::of);
  }
}
