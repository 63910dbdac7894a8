package io.daylight.flink;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.KeySink;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Synthetic detectors that exercise what a runtime must get right: keyed state of several shapes
 * (POJO with arrays, POJO with a list, record with arrays), cross-subject keys and event-time
 * timers. Test-only: their likelihood ratio (10) is arbitrary and they never ship.
 */
final class TestDetectors {
  private TestDetectors() {}

  static final double TEST_RATIO = 10;

  static Finding finding(String detector, String subject, String discriminator, long time, List<String> members) {
    return new Finding(FindingIds.of(detector, subject, discriminator), detector, subject, SubjectKind.WORKER, time,
        detector + " " + discriminator, detector + " saw " + discriminator + " for " + subject, TEST_RATIO, null,
        null, null, members);
  }

  /** Cross-subject: keyed by sign-in IP; three or more workers on one IP are each reported. */
  static final class SharedIp implements Detector<SharedIp.State> {
    public static final class State {
      public String[] subjects = new String[0];
    }

    @Override public String name() { return "test.shared-ip"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.AUTH); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void keys(Event e, KeySink sink) {
      String ip = ((Auth) e).srcIp();
      if (ip != null) sink.key("ip:" + ip);
    }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      if (Arrays.asList(s.subjects).contains(e.subject())) return;
      s.subjects = Arrays.copyOf(s.subjects, s.subjects.length + 1);
      s.subjects[s.subjects.length - 1] = e.subject();
      if (s.subjects.length < 3) return;
      List<String> members = List.of(s.subjects);
      // Everyone once at the threshold; each later joiner on arrival.
      List<String> report = s.subjects.length == 3 ? members : List.of(e.subject());
      for (String w : report) ctx.emit(finding(name(), w, ctx.key(), e.time(), null));
    }
  }

  /** Timers and a list in state: four or more sign-ins within one clock hour. */
  static final class AuthBurst implements Detector<AuthBurst.State> {
    static final long HOUR = 3_600_000L;

    public static final class State {
      public List<Long> times = new ArrayList<>();
    }

    @Override public String name() { return "test.auth-burst"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.AUTH); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      s.times.add(e.time());
      ctx.timerAt(Math.floorDiv(e.time(), HOUR) * HOUR + HOUR - 1);
    }

    @Override
    public void onTimer(State s, long time, DetectorContext ctx) {
      long inHour = s.times.stream().filter(t -> t > time - HOUR && t <= time).count();
      if (inHour >= 4) ctx.emit(finding(name(), ctx.key(), "hour-ending-" + time, time, null));
      s.times.removeIf(t -> t <= time);
    }
  }

  /**
   * Timers and a record state with arrays: a worker with no activity for two days. A timer at T
   * must see every event at T first (an activity exactly two days later resets the gap), and at
   * the end of the input every worker's last timer fires, in both runtimes.
   */
  static final class ActivityGap implements Detector<ActivityGap.State> {
    static final long GAP = 2 * 86_400_000L;

    public record State(long[] last) {}

    @Override public String name() { return "test.activity-gap"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.ACTIVITY); }
    @Override public State newState() { return new State(new long[] {Long.MIN_VALUE}); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      s.last()[0] = Math.max(s.last()[0], e.time());
      ctx.timerAt(e.time() + GAP);
    }

    @Override
    public void onTimer(State s, long time, DetectorContext ctx) {
      if (s.last()[0] + GAP == time) ctx.emit(finding(name(), ctx.key(), "quiet-from-" + s.last()[0], time, null));
    }
  }

  /** Whole events in state (a list and a single one): five sign-ins are reported with their IPs. */
  static final class SignInMemory implements Detector<SignInMemory.State> {
    public static final class State {
      public List<Event> events = new ArrayList<>();
      public Event first;
    }

    @Override public String name() { return "test.sign-in-memory"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.AUTH); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      if (s.first == null) s.first = e;
      s.events.add(e);
      if (s.events.size() < 5) return;
      StringBuilder ips = new StringBuilder(((Auth) s.first).srcIp());
      for (Event each : s.events) ips.append(',').append(((Auth) each).srcIp()).append('@').append(each.time());
      ctx.emit(finding(name(), ctx.key(), ips.toString(), e.time(), null));
      s.events.clear();
    }
  }

  /** A state with no fields: every worker record is reported. */
  static final class EveryHire implements Detector<EveryHire.State> {
    public static final class State {}

    @Override public String name() { return "test.every-hire"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      ctx.emit(finding(name(), ctx.key(), e.id(), e.time(), null));
    }
  }

  /**
   * Sensitive to the order of events that share a time: one key for all sign-ins, and at each time
   * a finding that names the order its events came in. A runtime that hands one key's same-time
   * events over in any order but the input's gives another finding.
   */
  static final class TieOrder implements Detector<TieOrder.State> {
    public static final class State {
      public long orderHash;
      public int count;
    }

    @Override public String name() { return "test.tie-order"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.AUTH); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }
    @Override public void keys(Event e, KeySink sink) { sink.key("all"); }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      s.orderHash = s.orderHash * 31 + e.id().hashCode();
      s.count++;
      ctx.timerAt(e.time());
    }

    @Override
    public void onTimer(State s, long time, DetectorContext ctx) {
      ctx.emit(finding(name(), "all", s.count + " events in order " + Long.toHexString(s.orderHash), time, null));
    }
  }
}
