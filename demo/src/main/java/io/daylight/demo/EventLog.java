package io.daylight.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events of the demo organisation before they are written: collected in generation order, written
 * sorted by event time (ties keep generation order, so output is a pure function of the seed),
 * one contract-v1 JSON object per line.
 */
final class EventLog {
  /** Writes the type-specific fields of one event. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private record Pending(long epochSecond, int seq, String type, String id, String subject, Body body) {}

  private final List<Pending> events = new ArrayList<>();

  void add(long epochSecond, String type, String subject, Body body) {
    events.add(new Pending(epochSecond, events.size(), type, null, subject, body));
  }

  /** An event whose id is its own business key (an application's id). */
  void addWithId(long epochSecond, String type, String id, Body body) {
    events.add(new Pending(epochSecond, events.size(), type, id, null, body));
  }

  Map<String, Long> countsByType() {
    Map<String, Long> out = new TreeMap<>();
    for (Pending p : events) out.merge(p.type(), 1L, Long::sum);
    return out;
  }

  /** "ev-" and the 1-based position in time order, zero-padded to seven digits. */
  static String eventId(long n) {
    String digits = Long.toString(n);
    return digits.length() >= 7 ? "ev-" + digits : "ev-" + "0000000".substring(digits.length()) + digits;
  }

  /**
   * Writes a millisecond figure kept to one decimal: as an integer when whole, else with one
   * decimal. Cheaper than general double formatting, and the same JSON number.
   */
  static void tenths(JsonGenerator g, double v) throws IOException {
    long t = Math.round(v * 10);
    if (t % 10 == 0) {
      g.writeNumber(t / 10);
      return;
    }
    long abs = Math.abs(t);
    g.writeNumber((t < 0 ? "-" : "") + (abs / 10) + "." + (abs % 10));
  }

  void write(OutputStream out) throws IOException {
    List<Pending> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Pending::epochSecond).thenComparingInt(Pending::seq));
    JsonFactory f = new JsonFactory();
    try (JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setRootValueSeparator(null);
      long n = 0;
      for (Pending p : sorted) {
        n++;
        g.writeStartObject();
        g.writeStringField("type", p.type());
        g.writeStringField("id", p.id() != null ? p.id() : eventId(n));
        g.writeStringField("time", Instant.ofEpochSecond(p.epochSecond()).toString());
        if (p.subject() != null) g.writeStringField("subject", p.subject());
        p.body().write(g);
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
  }
}
