package io.daylight.core.detect;

import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.util.Set;

/**
 * A detector sees the events of one key in event-time order and emits findings. It keeps all its
 * memory in a state object the runtime owns (so a runtime can checkpoint and distribute it) and
 * asks for event-time timers instead of reading a clock. Windows are state plus a timer.
 *
 * <p>Most detectors key by subject (the default). Cross-subject detectors (shared phone, shared
 * address, laptop farm) key by the shared attribute instead: an attribute index is another key.
 *
 * @param <S> the per-key state: a mutable POJO or record the runtime can serialise without Kryo
 */
public interface Detector<S> {

  /** Stable name, used in finding uids and outputs ("location.rtt-floor"). */
  String name();

  /** Event types this detector wants; the runtime routes nothing else to it. */
  Set<EventType> consumes();

  /** Emits the keys this event belongs to. Default: its subject. */
  default void keys(Event event, KeySink sink) {
    sink.key(event.subject());
  }

  /** Fresh state for a key seen for the first time. */
  S newState();

  /** The state's class, so a distributed runtime can pick a serializer. */
  Class<S> stateType();

  void onEvent(S state, Event event, DetectorContext ctx);

  /** Called once the watermark passes a time registered with {@link DetectorContext#timerAt}. */
  default void onTimer(S state, long time, DetectorContext ctx) {}
}
