package io.daylight.core.event;

/**
 * One network round trip between a landmark of known place and the worker's endpoint.
 * {@code method}: tcp, icmp or app.
 */
public record Rtt(
    String id,
    long time,
    String subject,
    String deviceId,
    Landmark landmark,
    double rttMs,
    String method) implements Event {
  @Override public EventType type() { return EventType.RTT; }

  /** A measuring server at a known place. */
  public record Landmark(String id, double lat, double lon) {}
}
