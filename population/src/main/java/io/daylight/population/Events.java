package io.daylight.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Contract-v1 events as they are generated; written in time order, as a shipper would send them. */
final class Events {
  private record Line(long time, long seq, String json) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Line> lines = new ArrayList<>();

  /** Adds one event; {@code event} must hold {@code type} and {@code time} (an {@link Instant} or RFC 3339 text). */
  void add(Map<String, Object> event) {
    Object t = event.get("time");
    Instant at = t instanceof Instant i ? i : Instant.parse(String.valueOf(t));
    event.put("time", at.toString());
    try {
      lines.add(new Line(at.toEpochMilli(), lines.size(), JSON.writeValueAsString(event)));
    } catch (IOException e) {
      throw new IllegalArgumentException("event cannot be written: " + event, e);
    }
  }

  int size() {
    return lines.size();
  }

  void write(Path file) throws IOException {
    lines.sort(Comparator.comparingLong(Line::time).thenComparingLong(Line::seq));
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Line l : lines) {
        w.write(l.json());
        w.write('\n');
      }
    }
  }
}
