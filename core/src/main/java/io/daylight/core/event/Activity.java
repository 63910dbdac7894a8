package io.daylight.core.event;

/** A work action with a timestamp; {@code utcOffsetMin} as the tool recorded it, when known. */
public record Activity(String id, long time, String subject, String source, Integer utcOffsetMin)
    implements Event {
  @Override public EventType type() { return EventType.ACTIVITY; }
}
