package io.daylight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractShapeTest {
  private static final Pattern RFC3339_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "application", List.of("position", "candidate", "ip", "user_agent", "device_id", "client_utc_offset_min", "resume_text", "education", "employers", "source"),
      "worker", List.of("name", "email", "phone", "declared_location", "declared_tz", "hired", "application", "home_address", "laptop", "payroll", "engagement"),
      "auth", List.of("src_ip", "device_id", "managed", "outcome", "mfa", "user_agent", "client_utc_offset_min"),
      "rtt", List.of("device_id", "landmark", "rtt_ms", "method"),
      "interaction", List.of("device_id", "kind", "latency_ms", "measured_at"),
      "keystrokes", List.of("device_id", "source", "down_ms", "up_ms"),
      "inventory", List.of("device_id", "serial", "os_tz", "public_ip", "wifi_bssid", "processes", "usb", "displays"),
      "payroll", List.of("account", "holder", "bank_country", "method"),
      "activity", List.of("source"));

  @Test
  void the_same_seed_writes_the_same_bytes_and_another_seed_does_not(@TempDir Path tmp) throws IOException {
    DemoOrganisation small = new DemoOrganisation(42).workers(40).applications(250).days(30);
    small.write(tmp.resolve("a"));
    new DemoOrganisation(42).workers(40).applications(250).days(30).write(tmp.resolve("b"));
    for (String file : List.of("events.ndjson", "context.json", "truth.json")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(file))).as(file).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(file)));
    }
    assertThat(bytes(small)).isNotEqualTo(bytes(new DemoOrganisation(43).workers(40).applications(250).days(30)));
  }

  private static byte[] bytes(DemoOrganisation org) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.writeEvents(out);
    return out.toByteArray();
  }

  @Test
  void every_line_has_the_contract_shape_a_unique_id_and_comes_in_time_order() {
    DefaultOrganisation org = DefaultOrganisation.get();
    Set<String> ids = new HashSet<>();
    Instant previous = Instant.MIN;
    for (JsonNode e : org.events) {
      String type = e.get("type").asText();
      assertThat(REQUIRED).as("type of %s", e).containsKey(type);
      String time = e.get("time").asText();
      assertThat(time).matches(RFC3339_UTC);
      Instant t = Instant.parse(time);
      assertThat(t).as("time order at %s", e.get("id")).isAfterOrEqualTo(previous);
      previous = t;
      assertThat(ids.add(e.get("id").asText())).as("duplicate id %s", e.get("id")).isTrue();
      if (!type.equals("application")) assertThat(e.get("subject").asText()).startsWith("w-");
      for (String field : REQUIRED.get(type)) assertThat(e.has(field)).as("%s lacks %s", type, field).isTrue();
      switch (type) {
        case "rtt" -> {
          assertThat(e.get("rtt_ms").isNumber()).isTrue();
          assertThat(e.get("method").asText()).isIn("tcp", "icmp", "app");
          assertThat(e.get("landmark").has("lat")).isTrue();
        }
        case "interaction" -> {
          assertThat(e.get("kind").asText()).isIn("typo_correction", "prompt_response", "dialog_response");
          assertThat(e.get("measured_at").asText()).isIn("endpoint", "server");
          assertThat(e.has("path_rtt_ms")).isEqualTo(e.get("measured_at").asText().equals("server"));
        }
        case "keystrokes" -> {
          assertThat(e.get("down_ms").size()).isEqualTo(e.get("up_ms").size());
          assertThat(e.get("source").asText()).isIn("browser", "endpoint", "ssh");
          assertThat(e.has("keys") || e.has("codes") || e.has("chars")).as("no key identities").isFalse();
        }
        case "payroll" -> assertThat(e.get("method").asText()).isIn("ach", "wire", "check", "payment_platform", "crypto");
        default -> { }
      }
    }
    assertThat(org.events).hasSizeGreaterThan(100_000);
  }

  @Test
  void the_context_lists_the_corporate_egress_the_sanctioned_tool_and_nine_landmarks() {
    JsonNode c = DefaultOrganisation.get().context;
    assertThat(c.get("corporate_egress").get(0).asText()).isEqualTo("165.225.0.0/22");
    assertThat(c.get("sanctioned_tools").get(0).asText()).isEqualTo("TeamViewer");
    assertThat(c.get("landmarks")).hasSize(9);
    assertThat(c.get("watchlists").get(0).has("source")).isTrue();
  }
}
