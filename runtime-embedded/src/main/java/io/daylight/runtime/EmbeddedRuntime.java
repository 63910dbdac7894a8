package io.daylight.runtime;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.KeySink;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs detectors in one process: each event goes to every detector that consumes its type, under
 * each key the detector names, in event-time order, with keyed state and event-time timers.
 *
 * <p>Events may arrive out of order. They wait in a buffer until the watermark (the greatest event
 * time seen minus the allowed lateness, minus 1 ms) passes them, then are processed oldest first; ties keep
 * arrival order. An event at or below the watermark on arrival is late: it is counted and handed
 * to the late sink, never silently dropped, and not shown to detectors (whose state has moved on).
 * A timer registered for time T fires once the watermark reaches T, after every event at or
 * before T and before any later one, which is the order Flink gives too.
 *
 * <p>Not thread-safe: a partition is one plain loop.
 */
public final class EmbeddedRuntime {
  /** Lateness for batch input: hold everything until {@link #finish()}, so nothing is late. */
  public static final long UNBOUNDED_LATENESS = Long.MAX_VALUE;

  private final Slot[] slots;
  private final Map<EventType, Slot[]> routes = new EnumMap<>(EventType.class);
  private final long allowedLateness;
  private final Consumer<Finding> findings;
  private final Consumer<Event> lateEvents;
  // The reorder buffer. Most input arrives in time order, so an event not older than the newest
  // buffered one is appended to a FIFO in O(1); only stragglers pay for the heap. Draining takes
  // the smaller head of the two, ties by arrival order, which is exactly one sorted order.
  private final ArrayDeque<Pending> inOrder = new ArrayDeque<>();
  private final PriorityQueue<Pending> stragglers = new PriorityQueue<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final Set<Timer> timerSet = new HashSet<>();
  private final Ctx ctx = new Ctx();
  private long watermark = Long.MIN_VALUE;
  private long maxSeen = Long.MIN_VALUE;
  private long seq;
  private long processed, late, timersFired, emitted;

  /**
   * @param detectors what to run
   * @param allowedLatenessMs how far behind the newest event an event may arrive and still be
   *     processed in order; {@link #UNBOUNDED_LATENESS} for batch input
   * @param findings receives every emitted finding
   * @param lateEvents receives every event that arrived behind the watermark
   */
  public EmbeddedRuntime(List<? extends Detector<?>> detectors, long allowedLatenessMs,
                         Consumer<Finding> findings, Consumer<Event> lateEvents) {
    if (allowedLatenessMs < 0) throw new IllegalArgumentException("allowed lateness must be ≥ 0");
    this.allowedLateness = allowedLatenessMs;
    this.findings = findings;
    this.lateEvents = lateEvents;
    this.slots = new Slot[detectors.size()];
    Map<EventType, List<Slot>> byType = new EnumMap<>(EventType.class);
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new Slot(i, detectors.get(i));
      for (EventType t : detectors.get(i).consumes()) byType.computeIfAbsent(t, k -> new ArrayList<>()).add(slots[i]);
    }
    for (EventType t : EventType.values()) routes.put(t, byType.getOrDefault(t, List.of()).toArray(new Slot[0]));
  }

  /** Accepts one event; processes whatever the advanced watermark releases. */
  public void offer(Event e) {
    if (watermark != Long.MIN_VALUE && e.time() <= watermark) {
      late++;
      lateEvents.accept(e);
      return;
    }
    Pending p = new Pending(e, seq++);
    if (inOrder.isEmpty() || e.time() >= inOrder.peekLast().event.time()) inOrder.addLast(p);
    else stragglers.add(p);
    if (e.time() > maxSeen) {
      maxSeen = e.time();
      // As Flink's bounded-out-of-orderness generator: events at the newest time are not late.
      if (allowedLateness != UNBOUNDED_LATENESS && maxSeen - allowedLateness - 1 > watermark) {
        advanceTo(maxSeen - allowedLateness - 1);
      }
    }
  }

  /** Moves the watermark forward (never back), processing buffered events and due timers. */
  public void advanceTo(long newWatermark) {
    if (newWatermark <= watermark) return;
    Pending next;
    while ((next = nextBuffered()) != null && next.event.time() <= newWatermark) {
      Event e = (next == inOrder.peekFirst() ? inOrder.pollFirst() : stragglers.poll()).event;
      fireTimersBefore(e.time());
      process(e);
    }
    watermark = newWatermark;
    fireTimersUpTo(newWatermark);
  }

  /** End of input: everything buffered is processed and every timer fires. */
  public void finish() {
    advanceTo(Long.MAX_VALUE);
  }

  public long watermark() {
    return watermark;
  }

  /** The newest event time offered so far ({@code Long.MIN_VALUE} before the first). */
  public long maxSeen() {
    return maxSeen;
  }

  public Stats stats() {
    long keys = 0;
    for (Slot s : slots) keys += s.states.size();
    return new Stats(processed, late, timersFired, emitted, keys, inOrder.size() + stragglers.size());
  }

  private Pending nextBuffered() {
    Pending a = inOrder.peekFirst();
    Pending b = stragglers.peek();
    if (a == null) return b;
    if (b == null) return a;
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Counts since start; {@code keys} is the number of live keyed states over all detectors. */
  public record Stats(long processed, long late, long timersFired, long findings, long keys, long buffered) {}

  private void process(Event e) {
    processed++;
    for (Slot s : routes.get(e.type())) {
      ctx.slot = s;
      ctx.event = e;
      s.detector.keys(e, ctx);
    }
  }

  private void fireTimersBefore(long t) {
    while (!timers.isEmpty() && timers.peek().time < t) fire(timers.poll());
  }

  private void fireTimersUpTo(long t) {
    while (!timers.isEmpty() && timers.peek().time <= t) fire(timers.poll());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void fire(Timer t) {
    timerSet.remove(t);
    Slot s = slots[t.slot];
    Object state = s.states.get(t.key);
    if (state == null) return;
    timersFired++;
    ctx.slot = s;
    ctx.key = t.key;
    ctx.event = null;
    ((Detector) s.detector).onTimer(state, t.time, ctx);
  }

  private static final class Slot {
    final int index;
    final Detector<?> detector;
    final Map<String, Object> states = new HashMap<>();

    Slot(int index, Detector<?> detector) {
      this.index = index;
      this.detector = detector;
    }
  }

  /** The context handed to detectors; also the key sink, so routing allocates nothing. */
  private final class Ctx implements DetectorContext, KeySink {
    Slot slot;
    Event event;
    String key;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void key(String k) {
      if (k == null) return;
      key = k;
      Object state = slot.states.get(k);
      if (state == null) {
        state = slot.detector.newState();
        slot.states.put(k, state);
      }
      ((Detector) slot.detector).onEvent(state, event, this);
    }

    @Override public String key() { return key; }

    @Override public long watermark() { return watermark; }

    @Override
    public void emit(Finding finding) {
      emitted++;
      findings.accept(finding);
    }

    @Override
    public void timerAt(long eventTime) {
      Timer t = new Timer(eventTime, slot.index, key);
      if (timerSet.add(t)) timers.add(t);
    }
  }

  private record Pending(Event event, long seq) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      int c = Long.compare(event.time(), o.event.time());
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private record Timer(long time, int slot, String key) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(time, o.time);
      if (c != 0) return c;
      c = Integer.compare(slot, o.slot);
      return c != 0 ? c : key.compareTo(o.key);
    }
  }
}
