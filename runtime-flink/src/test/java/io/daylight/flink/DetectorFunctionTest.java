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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
}
