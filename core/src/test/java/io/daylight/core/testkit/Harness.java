package io.daylight.core.testkit;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A minimal single-threaded runtime for tests and the bench: events in event-time order, keyed
 * state in a HashMap, an event-time timer queue, the watermark just behind the current event.
 * Timers at or before the watermark fire before the next event; the rest fire at the end.
 */
public final class Harness {
  private final List<Slot<?>> slots = new ArrayList<>();
  // Kept by uid, as every sink is: emitting the same finding twice is harmless.
  private final Map<String, Finding> findings = new java.util.LinkedHashMap<>();
  private long watermark = Long.MIN_VALUE;

  public Harness(List<Detector<?>> detectors) {
    for (Detector<?> d : detectors) slots.add(new Slot<>(d));
  }

  /** Runs sorted-by-time copies of the events through every detector; returns the findings. */
  public static List<Finding> run(List<Detector<?>> detectors, List<? extends Event> events) {
    Harness h = new Harness(detectors);
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Event::time));
    for (Event e : sorted) h.accept(e);
    h.finish();
    return h.findings();
  }

  /** One detector over events in any order. */
  public static List<Finding> run(Detector<?> detector, List<? extends Event> events) {
    return run(List.of(detector), events);
  }

  /** Feeds sorted-by-time copies of the events (no end of input: call {@link #finish} for that). */
  public Harness feed(List<? extends Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Event::time));
    for (Event e : sorted) accept(e);
    return this;
  }

  public void accept(Event e) {
    long wm = e.time() - 1;
    if (wm > watermark) {
      watermark = wm;
      for (Slot<?> s : slots) s.fireUpTo(watermark);
    }
    for (Slot<?> s : slots) s.accept(e);
  }

  public void finish() {
    watermark = Long.MAX_VALUE;
    for (Slot<?> s : slots) s.fireUpTo(Long.MAX_VALUE);
  }

  public List<Finding> findings() {
    return new ArrayList<>(findings.values());
  }

  /** Live keyed states over all detectors. */
  public long keys() {
    long n = 0;
    for (Slot<?> s : slots) n += s.states.size();
    return n;
  }

  /** The states of one detector, by key (for memory measurements). */
  public Map<String, Object> states(int detector) {
    return new HashMap<>(slots.get(detector).states);
  }

  private final class Slot<S> implements DetectorContext {
    final Detector<S> detector;
    final java.util.Set<io.daylight.core.event.EventType> consumes;
    final Map<String, S> states = new HashMap<>();
    final TreeMap<Long, TreeSet<String>> timers = new TreeMap<>();
    String key;

    Slot(Detector<S> detector) {
      this.detector = detector;
      this.consumes = java.util.EnumSet.copyOf(detector.consumes());
    }

    void accept(Event e) {
      if (!consumes.contains(e.type())) return;
      detector.keys(e, k -> {
        key = k;
        detector.onEvent(states.computeIfAbsent(k, x -> detector.newState()), e, this);
      });
    }

    void fireUpTo(long wm) {
      while (!timers.isEmpty() && timers.firstKey() <= wm) {
        Map.Entry<Long, TreeSet<String>> t = timers.pollFirstEntry();
        for (String k : t.getValue()) {
          key = k;
          detector.onTimer(states.get(k), t.getKey(), this);
        }
      }
    }

    @Override public String key() { return key; }

    @Override public long watermark() { return watermark; }

    @Override public void emit(Finding finding) { findings.putIfAbsent(finding.uid(), finding); }

    @Override public void timerAt(long eventTime) {
      timers.computeIfAbsent(eventTime, x -> new TreeSet<>()).add(key);
    }
  }
}
