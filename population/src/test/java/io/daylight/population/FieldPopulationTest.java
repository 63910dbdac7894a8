package io.daylight.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldPopulationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Regression: the workforce drew handles such as "dubois-dev" for every Dubois, so honest hires
   * with one surname shared a GitHub profile, which no real account allows (a handle is one
   * account): a detector reading two names on one profile was then "wrong" about people who cannot exist.
   */
  @Test
  void only_a_crew_shares_a_profile_handle_across_names(@TempDir Path dir) throws IOException {
    new FieldPopulation(1).workers(120).applications(900).days(30).write(dir);
    JsonNode truth = JSON.readTree(dir.resolve("truth.json").toFile());
    Map<String, Set<String>> namesByHandle = new HashMap<>();
    Map<String, Set<String>> appsByHandle = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("events.ndjson"))) {
      if (!line.contains("\"application\"")) continue;
      JsonNode e = JSON.readTree(line);
      if (!"application".equals(e.path("type").asText())) continue;
      for (JsonNode link : e.path("candidate").path("links")) {
        String h = link.asText().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        namesByHandle.computeIfAbsent(h, k -> new HashSet<>()).add(e.path("candidate").path("name").asText());
        appsByHandle.computeIfAbsent(h, k -> new HashSet<>()).add(e.path("id").asText());
      }
    }
    assertThat(namesByHandle).hasSizeGreaterThan(300);
    int shared = 0;
    for (Map.Entry<String, Set<String>> e : namesByHandle.entrySet()) {
      if (e.getValue().size() < 2) continue;
      shared++;
      for (String app : appsByHandle.get(e.getKey())) {
        assertThat(truth.path("applications").path(app).path("fraud").asBoolean())
            .as("%s shared by %s (%s)", e.getKey(), e.getValue(), app).isTrue();
      }
    }
    assertThat(shared).as("crews sharing one profile are planted").isPositive();
  }
}
