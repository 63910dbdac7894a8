package io.daylight.core.identity;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.KeySink;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Worker;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Identity rings for the streaming runtimes: every application and worker goes to one key,
 * {@value #KEY}; once the watermark passes the end of an event-time day (UTC) that brought new records,
 * the whole set is re-linked with {@link IdentityLinker} and the {@link ClusterSignals} findings are
 * emitted (uids are deterministic in the cluster's members, so re-emitting is harmless and a grown
 * cluster yields a new finding under the same subject).
 *
 * <p>Scaling limits, stated: one key means one thread and all applications in one state object;
 * each re-link is linear in the records held (≈ 1 s per 100,000 on one core, docs/accuracy.md), and
 * there is at most one per event-time day with arrivals (a day, not an hour: a 180-day stream of
 * 10,000 applications then costs 180 re-links of ~5,000 records, seconds in all, and hiring
 * screening does not need findings sooner than the next day). Fine for an organisation's ATS (tens of
 * thousands of applications a year); beyond that use the batch {@code daylight link}, or partition
 * by blocking key in a future version.
 */
public final class ApplicantLinkDetector implements Detector<ApplicantLinkDetector.State> {
  public static final String NAME = "identity.applicant-link";
  public static final String KEY = "applicants";
  private static final long DAY_MS = 86_400_000L;

  /**
   * All applications and workers seen, and whether some arrived since the last link. Two typed
   * lists of records rather than one list of the sealed Event interface, so a distributed runtime
   * can serialise them as POJO/record types without a generic fallback.
   */
  public static final class State {
    public List<Application> applications = new ArrayList<>();
    public List<Worker> workers = new ArrayList<>();
    public boolean dirty;
  }

  private final PhoneIntel phones;

  public ApplicantLinkDetector(PhoneIntel phones) {
    this.phones = phones;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.APPLICATION, EventType.WORKER); }

  @Override public void keys(Event event, KeySink sink) { sink.key(KEY); }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State state, Event event, DetectorContext ctx) {
    if (event instanceof Application a) state.applications.add(a);
    else if (event instanceof Worker w) state.workers.add(w);
    state.dirty = true;
    ctx.timerAt(Math.floorDiv(event.time(), DAY_MS) * DAY_MS + DAY_MS);
  }

  @Override
  public void onTimer(State state, long time, DetectorContext ctx) {
    if (!state.dirty) return;
    state.dirty = false;
    List<Event> all = new ArrayList<>(state.applications.size() + state.workers.size());
    all.addAll(state.workers);
    all.addAll(state.applications);
    LinkResult result = new IdentityLinker(phones).link(all);
    for (Finding f : ClusterSignals.findings(result)) ctx.emit(f);
  }
}
