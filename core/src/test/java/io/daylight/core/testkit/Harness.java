package io.daylight.core.testkit;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal keyed, event-time-ordered loop for tests: what the embedded runtime does, without
 * timers (the post-hire detectors register none). Findings are kept by uid, as sinks are.
 */
public final class Harness {
  private final List<Detector<?>> detectors;
  private final List<Map<String, Object>> states = new ArrayList<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();

  public Harness(List<Detector<?>> detectors) {
    this.detectors = List.copyOf(detectors);
    for (int i = 0; i < detectors.size(); i++) states.add(new HashMap<>());
  }

  public static List<Finding> run(Detector<?> detector, List<? extends Event> events) {
    return new Harness(List.of(detector)).feed(events).findings();
  }

  public Harness feed(List<? extends Event> events) {
    List<Event> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparingLong(Event::time));
    for (Event e : ordered) accept(e);
    return this;
  }

  public void accept(Event e) {
    for (int i = 0; i < detectors.size(); i++) {
      Detector<?> d = detectors.get(i);
      if (!d.consumes().contains(e.type())) continue;
      Map<String, Object> byKey = states.get(i);
      d.keys(e, key -> handle(d, byKey, key, e));
    }
  }

  @SuppressWarnings("unchecked")
  private <S> void handle(Detector<S> d, Map<String, Object> byKey, String key, Event e) {
    S state = (S) byKey.computeIfAbsent(key, k -> d.newState());
    d.onEvent(state, e, new DetectorContext() {
      @Override public String key() { return key; }
      @Override public long watermark() { return e.time(); }
      @Override public void emit(Finding f) { findings.put(f.uid(), f); }
      @Override public void timerAt(long eventTime) { throw new IllegalStateException("post-hire detectors use no timers"); }
    });
  }

  public List<Finding> findings() {
    return new ArrayList<>(findings.values());
  }

  public int keys() {
    int n = 0;
    for (Map<String, Object> m : states) n += m.size();
    return n;
  }
}
