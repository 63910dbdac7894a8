package io.daylight.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.KeySink;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Activity;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EmbeddedRuntimeTest {

  /** Records what it sees as findings: "key:eventId" for events, "key:timer@T" for timers. */
  static final class Tracer implements Detector<Tracer.State> {
    static final class State { int count; }

    final long timerDelay;
    final boolean byAttribute;

    Tracer(long timerDelay, boolean byAttribute) {
      this.timerDelay = timerDelay;
      this.byAttribute = byAttribute;
    }

    @Override public String name() { return "test.tracer"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.ACTIVITY); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void keys(Event e, KeySink sink) {
      if (byAttribute) sink.key("source:" + ((Activity) e).source());
      else sink.key(e.subject());
    }

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

  static Activity act(String id, long t, String subject, String source) {
    return new Activity(id, t, subject, source, null);
  }

  static List<String> run(List<Event> events, long lateness, Detector<?> d, List<Event> late) {
    List<String> out = new ArrayList<>();
    EmbeddedRuntime rt = new EmbeddedRuntime(List.of(d), lateness, f -> out.add(f.uid()), late::add);
    events.forEach(rt::offer);
    rt.finish();
    return out;
  }

  @Test
  void processes_out_of_order_events_in_event_time_order_within_the_allowed_lateness() {
    List<Event> in = List.of(act("b", 2000, "w1", "git"), act("a", 1000, "w1", "git"), act("c", 3000, "w1", "git"));
    List<Event> late = new ArrayList<>();
    assertThat(run(in, 5000, new Tracer(0, false), late)).containsExactly("w1:a#1", "w1:b#2", "w1:c#3");
    assertThat(late).isEmpty();
  }

  @Test
  void counts_and_reports_an_event_behind_the_watermark_instead_of_dropping_it_silently() {
    List<Event> in = List.of(act("a", 1000, "w1", "git"), act("b", 10_000, "w1", "git"), act("old", 2000, "w1", "git"),
        act("edge", 9000, "w1", "git"));
    List<Event> late = new ArrayList<>();
    List<String> out = new ArrayList<>();
    EmbeddedRuntime rt = new EmbeddedRuntime(List.of(new Tracer(0, false)), 1000, f -> out.add(f.uid()), late::add);
    in.forEach(rt::offer);
    rt.finish();
    assertThat(late).extracting(Event::id).containsExactly("old");
    assertThat(rt.stats().late()).isEqualTo(1);
    assertThat(out).containsExactly("w1:a#1", "w1:edge#2", "w1:b#3");
  }

  @Test
  void fires_a_timer_after_every_event_at_or_before_its_time_and_before_any_later_one() {
    List<Event> in = List.of(act("a", 1000, "w1", "git"), act("b", 1500, "w1", "git"), act("c", 1600, "w1", "git"),
        act("d", 3000, "w1", "git"));
    assertThat(run(in, EmbeddedRuntime.UNBOUNDED_LATENESS, new Tracer(500, false), new ArrayList<>()))
        .containsExactly("w1:a#1", "w1:b#2", "w1:timer@1500", "w1:c#3", "w1:timer@2000", "w1:timer@2100",
            "w1:d#4", "w1:timer@3500");
  }

  @Test
  void registering_the_same_timer_twice_fires_it_once() {
    List<Event> in = List.of(act("a", 1000, "w1", "git"), act("b", 1000, "w1", "git"));
    assertThat(run(in, 0, new Tracer(100, false), new ArrayList<>()))
        .containsExactly("w1:a#1", "w1:b#2", "w1:timer@1100");
  }

  @Test
  void keeps_state_per_key_and_routes_cross_subject_detectors_by_their_attribute() {
    List<Event> in = List.of(act("a", 1, "w1", "git"), act("b", 2, "w2", "git"), act("c", 3, "w2", "chat"));
    assertThat(run(in, 0, new Tracer(0, false), new ArrayList<>())).containsExactly("w1:a#1", "w2:b#1", "w2:c#2");
    assertThat(run(in, 0, new Tracer(0, true), new ArrayList<>()))
        .containsExactly("source:git:a#1", "source:git:b#2", "source:chat:c#1");
  }

  @Property(tries = 200)
  void any_arrival_order_within_the_lateness_gives_the_same_findings_as_sorted_input(
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
    Random r = new Random(seed);
    List<Event> sorted = new ArrayList<>();
    long t = 0;
    for (int i = 0; i < n; i++) {
      t += 1 + r.nextInt(50); // distinct times: ties keep arrival order, which a shuffle changes
      sorted.add(act("e" + i, t, "w" + r.nextInt(3), r.nextBoolean() ? "git" : "chat"));
    }
    // Shuffle only within blocks whose span is below the lateness, so no event is late.
    long lateness = 10_000;
    List<Event> shuffled = new ArrayList<>(sorted);
    Collections.shuffle(shuffled, r);
    List<Event> late = new ArrayList<>();
    Tracer d = new Tracer(30, r.nextBoolean());
    assertThat(run(shuffled, lateness, d, late)).isEqualTo(run(sorted, lateness, d, new ArrayList<>()));
    assertThat(late).isEmpty();
  }
}
