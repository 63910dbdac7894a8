package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void folds_accents_case_and_punctuation_to_one_key() {
    assertThat(PlaceNames.key("São Paulo")).isEqualTo("sao paulo");
    assertThat(PlaceNames.key("  SAO--PAULO ")).isEqualTo("sao paulo");
    assertThat(PlaceNames.key("Zürich")).isEqualTo("zurich");
    assertThat(PlaceNames.key("Kraków")).isEqualTo("krakow");
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("Düsseldorf")).isEqualTo(PlaceNames.key("Dusseldorf"));
    assertThat(PlaceNames.key("Gießen")).isEqualTo("giessen");
    assertThat(PlaceNames.key("N'Djamena")).isEqualTo("ndjamena");
    assertThat(PlaceNames.key("St. Louis")).isEqualTo("st louis");
  }

  @Test
  void keeps_different_names_apart() {
    assertThat(PlaceNames.key("Paris")).isNotEqualTo(PlaceNames.key("Parish"));
    assertThat(PlaceNames.key("Springfield")).isNotEqualTo(PlaceNames.key("Springfeld"));
  }
}
