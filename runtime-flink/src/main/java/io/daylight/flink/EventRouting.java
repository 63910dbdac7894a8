package io.daylight.flink;

import io.daylight.core.detect.Detector;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Parses a line once and sends it to every detector that consumes its type, under every key the
 * detector names: the same routing the embedded runtime does in-process, done before Flink's
 * network shuffle. Not thread-safe; one per task.
 */
final class EventRouting {
  private final List<Detector<?>> detectors;
  private final UnaryOperator<Event> enricher;
  private final Map<EventType, int[]> routes = new EnumMap<>(EventType.class);
  private final NdjsonIngest parser = new NdjsonIngest(false);
  private final LineForm form;

  EventRouting(DetectorSuite suite) {
    this.detectors = suite.detectors();
    this.enricher = suite.enricher();
    this.form = suite.lineForm();
    Map<EventType, List<Integer>> byType = new EnumMap<>(EventType.class);
    for (int i = 0; i < detectors.size(); i++) {
      for (EventType t : detectors.get(i).consumes()) byType.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
    }
    for (EventType t : EventType.values()) {
      routes.put(t, byType.getOrDefault(t, List.of()).stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Ingest's own rejection of a line that is not an event: its reason, and the raw text ingest
   * keeps of it (never the keys of a keystroke batch). The rare path, so the slow reader is fine.
   */
  private static Rejection rejection(byte[] line) {
    Rejection[] rejection = {new Rejection(0, "kafka", "not a contract-v1 event",
        new String(line, StandardCharsets.UTF_8))};
    try {
      new NdjsonIngest(false).read(new ByteArrayInputStream(line), "kafka", new IngestSink() {
        @Override public void accepted(Event e, byte[] raw) {}

        @Override public void rejected(Rejection r) { rejection[0] = r; }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to read
    }
    return rejection[0];
  }

  /**
   * Routes one line. A line that does not parse comes out once as a {@link Routed#REJECTED} record
   * carrying the reason; {@code fallbackTime} (the Kafka record's timestamp, say) stands in for the
   * event time it does not have.
   */
  void route(byte[] received, long fallbackTime, Consumer<Routed> out) {
    Event e;
    byte[] line = received;
    try {
      e = parser.parseStored(received);
      if (form != null) {
        // Detectors see the kept line, parsed again, exactly as serve's detectors and its replay do.
        LineForm.Kept kept = form.of(e, received);
        line = kept.line();
        e = parser.parseStored(line);
        if (kept.pseudonym() != null) {
          out.accept(new Routed(Routed.IDENTITY, kept.pseudonym(), e.time(),
              (kept.subject() + "\u0000" + kept.keyId()).getBytes(StandardCharsets.UTF_8)));
        }
      }
      e = enricher.apply(e);
    } catch (IllegalStateException notAnEvent) {
      Rejection r = rejection(received);
      byte[] kept = r.raw().getBytes(StandardCharsets.UTF_8);
      // Dead letters go to the operator's topic, not to the store: no identity is recorded for them.
      if (form != null) kept = form.ofRejected(kept).line();
      out.accept(new Routed(Routed.REJECTED, r.reason(), fallbackTime, kept));
      return;
    }
    byte[] routedLine = line;
    Event routedEvent = e;
    if (e instanceof io.daylight.core.event.Worker) out.accept(new Routed(Routed.ROSTER, e.id(), e.time(), line));
    for (int i : routes.get(routedEvent.type())) {
      int detector = i;
      detectors.get(i).keys(routedEvent, key -> {
        if (key != null) out.accept(new Routed(detector, key, routedEvent.time(), routedLine));
      });
    }
  }
}
