package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import io.daylight.runtime.EmbeddedRuntime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The detector host under Flink's operator test harness: output order, late events, leftover timers and state. */
class DetectorFunctionTest {

  /** Reports what it sees: "key:eventId#count" per event, "key:timer@T" per timer. */
  static final class Tracer implements Detector<Tracer.State> {
    public static final class State {
      public int count;
    }

    final long timerDelay;

    Tracer(long timerDelay) {
      this.timerDelay = timerDelay;
    }

    @Override public String name() { return "test.tracer"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.ACTIVITY); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      s.count++;
      emit(ctx, ctx.key() + ":" + e.id() + "#" + s.count, e.time());
      if (timerDelay > 0) ctx.timerAt(e.time() + timerDelay);
    }

    @Override
    public void onTimer(State s, long time, DetectorContext ctx) {
      emit(ctx, ctx.key() + ":timer@" + time, time);
    }

    private void emit(DetectorContext ctx, String what, long time) {
      ctx.emit(new Finding(what, name(), ctx.key(), SubjectKind.WORKER, time, what, what, 1.0, null, null, null, null));
    }
  }

  static Routed activity(String id, long time, String subject) {
    String line = "{\"type\":\"activity\",\"id\":\"" + id + "\",\"time\":\"" + Instant.ofEpochMilli(time)
        + "\",\"subject\":\"" + subject + "\",\"source\":\"git\"}";
    return new Routed(0, subject, time, line.getBytes(StandardCharsets.UTF_8));
  }

  static KeyedOneInputStreamOperatorTestHarness<String, Routed, Finding> harness(long timerDelay) throws Exception {
    DetectorSuite suite = () -> List.of(new Tracer(timerDelay));
    var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new DetectorFunction(suite)),
        Routed::partitionKey, Types.STRING);
    h.open();
    return h;
  }

  static void offer(KeyedOneInputStreamOperatorTestHarness<String, Routed, Finding> h, Routed r) throws Exception {
    h.processElement(new StreamRecord<>(r, r.time()));
  }

  @Test
  void fires_a_timer_after_every_event_at_or_before_its_time_and_before_any_later_one() throws Exception {
    var h = harness(500);
    for (Routed r : List.of(activity("a", 1000, "w1"), activity("b", 1500, "w1"), activity("c", 1600, "w1"),
        activity("d", 3000, "w1"))) {
      offer(h, r);
    }
    assertThat(h.extractOutputValues()).as("nothing before the watermark").isEmpty();
    h.processWatermark(Long.MAX_VALUE);
    // The same sequence the embedded runtime's test asserts.
    assertThat(h.extractOutputValues()).extracting(Finding::uid).containsExactly("w1:a#1", "w1:b#2", "w1:timer@1500",
        "w1:c#3", "w1:timer@2000", "w1:timer@2100", "w1:d#4", "w1:timer@3500");
    assertThat(h.numEventTimeTimers()).isZero();
    h.close();
  }

  @Test
  void sorts_out_of_order_arrivals_and_reports_events_behind_the_watermark_as_late() throws Exception {
    var h = harness(0);
    offer(h, activity("b", 2000, "w1"));
    offer(h, activity("a", 1000, "w1"));
    offer(h, activity("x", 1500, "w2"));
    h.processWatermark(1500);
    offer(h, activity("old", 1200, "w1")); // behind the watermark: late
    offer(h, activity("edge", 1501, "w1"));
    h.processWatermark(Long.MAX_VALUE);

    assertThat(h.extractOutputValues()).extracting(Finding::uid)
        .containsExactly("w1:a#1", "w2:x#1", "w1:edge#2", "w1:b#3");
    assertThat(h.getSideOutput(DetectorFunction.LATE)).extracting(r -> r.getValue().time()).containsExactly(1200L);
    assertThat(h.numEventTimeTimers()).as("no timer left behind").isZero();
    // Left: one detector state per key; no pending events, no detector timers.
    assertThat(h.numKeyedStateEntries()).isEqualTo(2);
    h.close();
  }

  /**
   * The host against the embedded runtime on random input: ties, out-of-order arrivals, late
   * events, timers. Both see the same watermark sequence (newest event time − lateness − 1 after
   * each arrival), so each key must get the same findings in the same order, and the same events
   * must be late. Order across keys is free: keys are independent.
   */
  @Property(tries = 150)
  void any_arrival_order_gives_each_key_the_embedded_runtimes_findings_in_the_same_order(
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) throws Exception {
    Random r = new Random(seed);
    long lateness = 100L * r.nextInt(3);
    long timerDelay = 50L * r.nextInt(3);
    List<Routed> in = new ArrayList<>();
    for (int i = 0; i < n; i++) in.add(activity("e" + i, r.nextInt(1000), "w" + r.nextInt(3)));

    List<String> embedded = new ArrayList<>();
    List<Long> embeddedLate = new ArrayList<>();
    NdjsonIngestLines parse = new NdjsonIngestLines();
    EmbeddedRuntime rt = new EmbeddedRuntime(List.of(new Tracer(timerDelay)), lateness, f -> embedded.add(f.uid()),
        e -> embeddedLate.add(e.time()));
    in.forEach(x -> rt.offer(parse.event(x)));
    rt.finish();

    var h = harness(timerDelay);
    long maxSeen = Long.MIN_VALUE;
    long watermark = Long.MIN_VALUE;
    for (Routed x : in) {
      offer(h, x);
      if (x.time() > maxSeen) {
        maxSeen = x.time();
        if (maxSeen - lateness - 1 > watermark) {
          watermark = maxSeen - lateness - 1;
          h.processWatermark(watermark);
        }
      }
    }
    h.processWatermark(Long.MAX_VALUE);
    List<String> flink = h.extractOutputValues().stream().map(Finding::uid).toList();
    var lateQueue = h.getSideOutput(DetectorFunction.LATE); // null when nothing was late
    List<Long> flinkLate = lateQueue == null ? List.of() : lateQueue.stream().map(rec -> rec.getValue().time()).toList();
    h.close();

    assertThat(byKey(flink)).isEqualTo(byKey(embedded));
    assertThat(flinkLate).isEqualTo(embeddedLate);
  }

  /** Parses the routed lines back into events for the embedded runtime. */
  private static final class NdjsonIngestLines {
    private final io.daylight.ingest.NdjsonIngest parser = new io.daylight.ingest.NdjsonIngest(false);

    Event event(Routed r) {
      return parser.parseStored(r.line());
    }
  }

  private static Map<String, List<String>> byKey(List<String> uids) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String u : uids) m.computeIfAbsent(u.substring(0, u.indexOf(':')), k -> new ArrayList<>()).add(u);
    return new java.util.TreeMap<>(m);
  }
}
