package io.daylight.core.event;

/** A sign-in (OCSF Authentication 3002). */
public record Auth(
    String id,
    long time,
    String subject,
    String srcIp,
    String deviceId,
    Boolean managed,
    String outcome,
    String mfa,
    String userAgent,
    Integer clientUtcOffsetMin) implements Event {
  @Override public EventType type() { return EventType.AUTH; }
}
