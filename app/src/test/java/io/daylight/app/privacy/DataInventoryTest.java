package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataInventoryTest {
  @Test
  void the_checked_in_inventory_is_what_the_contract_and_defaults_generate() throws Exception {
    Path file = ProjectRoot.get().resolve("docs/privacy/data-inventory.md");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/privacy/data-inventory.md is stale: run io.daylight.app.privacy.DataInventory docs/privacy/data-inventory.md")
        .isEqualTo(DataInventory.generate());
  }

  @Test
  void every_contract_field_has_a_purpose_and_no_purpose_names_a_field_that_does_not_exist() {
    String md = DataInventory.generate();
    for (String path : DataInventory.PURPOSE.keySet()) {
      String field = path.substring(path.indexOf('.') + 1).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
      assertThat(md).as(path).contains("| `" + field + "` |");
    }
  }
}
