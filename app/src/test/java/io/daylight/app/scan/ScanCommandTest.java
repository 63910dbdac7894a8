package io.daylight.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.Main;
import io.daylight.app.Schemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  // Phoenix, and the Frankfurt and Seattle landmarks; distances from docs/latency-calibration.md's
  // examples: Phoenix→Seattle 41 ms measured (floor 18 ms); Phoenix→Frankfurt ≈ 9,000 km (floor ≈ 90 ms).
  static final String PHOENIX = "{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\",\"lat\":33.448,\"lon\":-112.074}";
  static final String FRA = "{\"id\":\"fra-1\",\"lat\":50.11,\"lon\":8.68}";
  static final String SEA = "{\"id\":\"sea-1\",\"lat\":47.61,\"lon\":-122.33}";

  @TempDir Path tmp;

  static String worker(String subject) {
    return "{\"type\":\"worker\",\"id\":\"hr-" + subject + "\",\"time\":\"2026-01-10T00:00:00Z\",\"subject\":\"" + subject
        + "\",\"declared_location\":" + PHOENIX + ",\"declared_tz\":\"America/Phoenix\"}";
  }

  static String rtt(String subject, int day, int sample, String landmark, double ms) {
    String time = Instant.parse("2026-02-01T15:00:00Z").plusSeconds(day * 86_400L + sample * 600L).toString();
    return String.format(Locale.ROOT, "{\"type\":\"rtt\",\"id\":\"%s-%d-%d\",\"time\":\"%s\",\"subject\":\"%s\",\"landmark\":%s,\"rtt_ms\":%.1f,\"method\":\"tcp\"}",
        subject, day, sample, time, subject, landmark, ms);
  }

  /** An endpoint in Frankfurt declared in Phoenix, an honest Phoenix worker, a Phoenix worker on a 3-day trip. */
  static List<String> scenario() {
    List<String> lines = new ArrayList<>();
    lines.add(worker("w-vpn"));
    lines.add(worker("w-home"));
    lines.add(worker("w-trip"));
    for (int day = 0; day < 24; day++) {
      for (int s = 0; s < 3; s++) {
        lines.add(rtt("w-vpn", day, s, FRA, 6.0 + s));
        lines.add(rtt("w-home", day, s, SEA, 41.0 + s));
        lines.add(rtt("w-trip", day, s, day < 3 ? FRA : SEA, day < 3 ? 7.0 : 42.0));
      }
    }
    return lines;
  }

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    cl.setOut(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  @Test
  void writes_all_three_contract_files_with_valid_shapes_and_a_reason_for_every_bad_line() throws IOException {
    List<String> lines = scenario();
    lines.add(3, "{\"type\":\"rtt\",\"time\":\"2026-02-01T15:00:00Z\"");
    lines.add(7, "{\"type\":\"rtt\",\"time\":\"2026-02-01T15:00:00Z\",\"subject\":\"w-x\",\"rtt_ms\":-1,\"landmark\":" + SEA + "}");
    lines.add(9, lines.get(8)); // a duplicate: idempotent, neither accepted twice nor rejected
    Path in = tmp.resolve("events.ndjson");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    assertThat(run("scan", in.toString(), "--out", out.toString(), "--no-intel")).isZero();

    List<JsonNode> rejected = readNdjson(out.resolve("rejected.ndjson"));
    assertThat(rejected).hasSize(2);
    rejected.forEach(r -> Schemas.assertValid("rejected.schema.json", r));
    assertThat(rejected.get(0).get("line").asLong()).isEqualTo(4);
    assertThat(rejected.get(0).get("reason").asText()).startsWith("invalid JSON");
    assertThat(rejected.get(1).get("reason").asText()).isEqualTo("rtt_ms must be ≥ 0");

    List<JsonNode> findings = readNdjson(out.resolve("findings.ndjson"));
    findings.forEach(f -> Schemas.assertValid("ocsf-detection-finding.schema.json", f));
    assertThat(findings).extracting(f -> f.at("/unmapped/daylight/subject").asText()).containsExactly("w-vpn");
    assertThat(findings.get(0).at("/finding_info/desc").asText())
        .contains("Phoenix, AZ, US").contains("fra-1").contains("light in fibre");

    JsonNode cases = JSON.readTree(out.resolve("cases.json").toFile());
    Schemas.assertValid("cases.schema.json", cases);
    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).get("subject").asText()).isEqualTo("w-vpn");
    assertThat(cases.get(0).get("summary").asText()).contains("faster than light");
  }

  @Test
  void writes_splunk_hec_and_elastic_bulk_copies_of_the_findings_when_asked() throws IOException {
    Path in = tmp.resolve("events.ndjson");
    Files.write(in, scenario(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("exports");
    assertThat(run("scan", in.toString(), "--out", out.toString(), "--no-intel", "--export", "splunk-hec,elastic-bulk")).isZero();
    JsonNode hec = JSON.readTree(Files.readString(out.resolve("findings.splunk-hec.json")).lines().findFirst().orElseThrow());
    assertThat(hec.at("/event/class_uid").asInt()).isEqualTo(2004);
    List<String> bulk = Files.readAllLines(out.resolve("findings.elastic-bulk.ndjson"));
    assertThat(bulk).hasSize(2 * readNdjson(out.resolve("findings.ndjson")).size());
    assertThat(JSON.readTree(bulk.get(0)).at("/index/_index").asText()).isEqualTo("daylight-findings");
  }

  @Test
  void exits_2_on_an_unreadable_input_file_and_on_a_bad_context_file() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(run("scan", tmp.resolve("missing.ndjson").toString(), "--out", out.toString())).isEqualTo(2);
    Path in = tmp.resolve("e.ndjson");
    Files.writeString(in, worker("w-1") + "\n");
    Path ctx = tmp.resolve("ctx.yaml");
    Files.writeString(ctx, "corporate_egres:\n  - 10.0.0.0/8\n");
    assertThat(run("scan", in.toString(), "--out", out.toString(), "--context", ctx.toString())).isEqualTo(2);
    assertThat(run("scan", "--out", out.toString())).isEqualTo(2);
  }

  @Test
  void the_same_input_scanned_twice_gives_byte_identical_findings() throws IOException {
    Path in = tmp.resolve("events.ndjson");
    Files.write(in, scenario(), StandardCharsets.UTF_8);
    assertThat(run("scan", in.toString(), "--out", tmp.resolve("a").toString(), "--no-intel")).isZero();
    assertThat(run("scan", in.toString(), "--out", tmp.resolve("b").toString(), "--no-intel")).isZero();
    assertThat(Files.readString(tmp.resolve("a/findings.ndjson"))).isEqualTo(Files.readString(tmp.resolve("b/findings.ndjson")))
        .isNotEmpty();
  }

  static List<JsonNode> readNdjson(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p)) if (!l.isBlank()) out.add(JSON.readTree(l));
    return out;
  }
}
