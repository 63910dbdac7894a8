package io.daylight.core.enrich;

import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.intel.Gazetteer;

/**
 * The enrich step between ingest and detect: fills in what reference data knows and the event did
 * not say. Today that is the coordinates of a worker's declared city, which the contract makes
 * optional ("without them the city is geocoded"). Events are returned unchanged when nothing
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
    Place p = w.declaredLocation();
    if (p == null || p.hasCoordinates() || p.city() == null || p.country() == null) return e;
    var hit = gazetteer.find(p.city(), p.region(), p.country());
    if (hit.isEmpty()) {
      ungeocodable++;
      return e;
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
