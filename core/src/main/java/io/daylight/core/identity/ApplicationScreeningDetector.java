package io.daylight.core.identity;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.util.EnumSet;
import java.util.Set;

/** {@link ApplicationScreening} as a detector: keyed by application id, no memory beyond the event. */
public final class ApplicationScreeningDetector implements Detector<ApplicationScreeningDetector.State> {
  public static final String NAME = "identity.application-screening";

  /** Stateless: the runtime needs a state type, this one holds nothing. */
  public static final class State {}

  private final ApplicationScreening screening;

  public ApplicationScreeningDetector(ApplicationScreening screening) {
    this.screening = screening;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.APPLICATION); }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State state, Event event, DetectorContext ctx) {
    for (Finding f : screening.screen((Application) event)) ctx.emit(f);
  }
}
