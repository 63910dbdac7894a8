package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImportersTest {
  @Test
  void finds_an_importer_for_every_listed_format_by_its_own_name() throws IOException {
    Mapping csvMapping = Mapping.parse("type: application\ntime: t");
    for (String f : Importers.FORMATS) {
      assertThat(Importers.forFormat(f.toUpperCase(java.util.Locale.ROOT), csvMapping).format()).isEqualTo(f);
    }
  }

  @Test
  void names_the_known_formats_when_asked_for_an_unknown_one() {
    assertThatThrownBy(() -> Importers.forFormat("workday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown import format 'workday'; known: okta, entra, gworkspace, osquery, greenhouse, csv, git");
  }

  @Test
  void refuses_a_subjects_section_that_is_not_a_table() {
    assertThatThrownBy(() -> Mapping.parse("subjects: [a, b]")).hasMessageContaining("subjects");
  }
}
