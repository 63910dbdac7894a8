package io.daylight.core.enrich;

import io.daylight.core.event.Address;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.intel.Gazetteer;

/**
 * The enrich step between ingest and detect: fills in what reference data knows and the event did
 * not say: the coordinates of a worker's declared city, which the contract makes optional
 * ("without them the city is geocoded"), and the country of a home or ship-to address that left it
 * out (HR exports often carry one country column), so that "800 Congress Ave, 78701" and the same
 * line with "US" are one address to every detector. Events are returned unchanged when nothing
 * applies, so the hot telemetry path pays one type check.
 */
public final class Enricher {
  private final Gazetteer gazetteer;
  private long geocoded;
  private long ungeocodable;

  public Enricher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Event enrich(Event e) {
    if (!(e instanceof Worker w)) return e;
    return geocode(withAddressCountries(w));
  }

  private static Worker withAddressCountries(Worker w) {
    String country = w.homeAddress() != null && w.homeAddress().country() != null ? w.homeAddress().country()
        : w.declaredLocation() == null ? null : w.declaredLocation().country();
    if (country == null) return w;
    Address home = withCountry(w.homeAddress(), country);
    Worker.Laptop laptop = w.laptop();
    if (laptop != null && laptop.shipTo() != null && laptop.shipTo().country() == null) {
      laptop = new Worker.Laptop(laptop.serial(), withCountry(laptop.shipTo(), country));
    }
    if (home == w.homeAddress() && laptop == w.laptop()) return w;
    return new Worker(w.id(), w.time(), w.subject(), w.name(), w.email(), w.phone(), w.declaredLocation(), w.declaredTz(),
        w.hired(), w.application(), home, laptop, w.payroll(), w.engagement());
  }

  private static Address withCountry(Address a, String country) {
    if (a == null || a.country() != null) return a;
    return new Address(a.line1(), a.line2(), a.city(), a.region(), a.postal(), country);
  }

  private Event geocode(Worker w) {
    Place p = w.declaredLocation();
    if (p == null || p.hasCoordinates() || p.city() == null || p.country() == null) return w;
    var hit = gazetteer.find(p.city(), p.region(), p.country());
    if (hit.isEmpty()) {
      ungeocodable++;
      return w;
    }
    geocoded++;
    return w.withDeclaredLocation(p.withCoordinates(hit.get().lat(), hit.get().lon()));
  }

  /** Workers whose declared city was geocoded. */
  public long geocoded() {
    return geocoded;
  }

  /** Workers whose declared city was not found: location detectors cannot judge them. */
  public long ungeocodable() {
    return ungeocodable;
  }
}
