package io.daylight.core.event;

/**
 * Timing of a burst of typing, never its content: press and release instants in ms from the batch
 * start. There is deliberately no field that could hold a key identity.
 */
public record Keystrokes(
    String id,
    long time,
    String subject,
    String deviceId,
    String source,
    double[] downMs,
    double[] upMs,
    double[] pointerMs) implements Event {
  @Override public EventType type() { return EventType.KEYSTROKES; }
}
