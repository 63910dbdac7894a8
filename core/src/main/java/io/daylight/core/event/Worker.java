package io.daylight.core.event;

/** A hire, or a change to one, from the HR roster. */
public record Worker(
    String id,
    long time,
    String subject,
    String name,
    String email,
    String phone,
    Place declaredLocation,
    String declaredTz,
    String hired,
    String application,
    Address homeAddress,
    Laptop laptop,
    PayrollAccount payroll,
    Engagement engagement) implements Event {

  @Override public EventType type() { return EventType.WORKER; }

  /** The issued laptop and where it was shipped. */
  public record Laptop(String serial, Address shipTo) {}

  /** {@code account} is an opaque keyed hash made by the payroll system, never the number. */
  public record PayrollAccount(String account, String holder, String bankCountry) {}

  /** Employee, contractor, and the staffing agency or employer of record, if any. */
  public record Engagement(String kind, String agency) {}

  /** The same worker with the declared place replaced (used by the geocoding enrich step). */
  public Worker withDeclaredLocation(Place place) {
    return new Worker(id, time, subject, name, email, phone, place, declaredTz, hired, application,
        homeAddress, laptop, payroll, engagement);
  }
}
