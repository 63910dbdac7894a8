package io.daylight.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Address;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.intel.Gazetteer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnricherTest {
  static final Gazetteer PHOENIX_ONLY = (city, region, country) -> "Phoenix".equals(city)
      ? Optional.of(new Gazetteer.GazetteerEntry("Phoenix", "US", "AZ", 33.45, -112.07, 1_600_000)) : Optional.empty();

  static Worker worker(Place declared, Address home, Address shipTo) {
    return new Worker("hr-1", 0, "w-1", null, null, null, declared, null, null, null, home,
        new Worker.Laptop("C02", shipTo), null, null);
  }

  @Test
  void geocodes_a_declared_city_without_coordinates_and_counts_what_it_cannot() {
    Enricher e = new Enricher(PHOENIX_ONLY);
    Worker w = (Worker) e.enrich(worker(new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), null, null));
    assertThat(w.declaredLocation().lat()).isEqualTo(33.45);
    e.enrich(worker(new Place("Atlantis", null, "US", Double.NaN, Double.NaN), null, null));
    assertThat(e.geocoded()).isEqualTo(1);
    assertThat(e.ungeocodable()).isEqualTo(1);
  }

  /** Regression: an HR export with one country column made home and ship-to "different" addresses. */
  @Test
  void a_ship_to_address_without_a_country_takes_the_home_country() {
    Address home = new Address("800 Congress Ave", null, "Austin", "TX", "78701", "US");
    Address ship = new Address("800 Congress Ave", null, "Austin", "TX", "78701", null);
    Worker w = (Worker) new Enricher(PHOENIX_ONLY).enrich(worker(null, home, ship));
    assertThat(w.laptop().shipTo()).isEqualTo(home);
  }
}
