package io.daylight.core.event;

/** A change of payment destination; {@code account} is an opaque keyed hash. */
public record Payroll(
    String id,
    long time,
    String subject,
    String account,
    String holder,
    String bankCountry,
    String method) implements Event {
  @Override public EventType type() { return EventType.PAYROLL; }
}
