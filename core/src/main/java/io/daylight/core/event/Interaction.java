package io.daylight.core.event;

/**
 * One stimulus-to-response latency. When {@code measuredAt} is "server", {@code pathRttMs} is the
 * server-endpoint transport round trip at that moment (NaN when absent).
 */
public record Interaction(
    String id,
    long time,
    String subject,
    String deviceId,
    String kind,
    double latencyMs,
    String measuredAt,
    double pathRttMs) implements Event {
  @Override public EventType type() { return EventType.INTERACTION; }
}
