package io.daylight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TelemetryMixTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String[] lines(long seed, int workers, long n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long bytes = new TelemetryMix(seed, workers).write(out, n);
    assertThat(bytes).isEqualTo(out.size());
    return out.toString(StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void streams_valid_contract_lines_in_time_order_with_the_organisations_proportions() throws IOException {
    String[] lines = lines(9, 500, 50_000);
    assertThat(lines).hasSize(50_000);
    Map<String, Integer> types = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    Instant previous = Instant.MIN;
    for (String l : lines) {
      JsonNode e = JSON.readTree(l);
      types.merge(e.get("type").asText(), 1, Integer::sum);
      assertThat(ids.add(e.get("id").asText())).isTrue();
      assertThat(e.get("subject").asText()).startsWith("w-");
      Instant t = Instant.parse(e.get("time").asText());
      assertThat(t).isAfterOrEqualTo(previous);
      previous = t;
      if (e.get("type").asText().equals("keystrokes")) assertThat(e.get("down_ms").size()).isEqualTo(e.get("up_ms").size());
    }
    assertThat(types.keySet()).containsExactly("activity", "auth", "interaction", "inventory", "keystrokes", "rtt");
    assertThat(types.get("rtt") / 50_000.0).isBetween(0.27, 0.31);
    assertThat(types.get("inventory") / 50_000.0).isBetween(0.01, 0.03);
  }

  @Test
  void the_same_seed_streams_the_same_bytes() throws IOException {
    assertThat(lines(5, 100, 10_000)).isEqualTo(lines(5, 100, 10_000));
    assertThat(lines(5, 100, 10_000)).isNotEqualTo(lines(6, 100, 10_000));
  }
}
