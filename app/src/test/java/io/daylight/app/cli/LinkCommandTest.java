package io.daylight.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code daylight link} end to end: FEBRL records written as contract application lines (soc_sec_id
 * as an opaque SHA-256 national_id), linked by the command, clusters.json scored against truth.
 */
class LinkCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test void writes_clusters_with_explained_edges_and_omits_singletons() throws IOException {
    Path in = dir.resolve("apps.ndjson");
    Files.writeString(in, String.join("\n",
        "{\"type\":\"application\",\"id\":\"app-1\",\"time\":\"2026-03-02T14:05:11Z\",\"candidate\":{\"name\":\"Jonathan Miller\",\"email\":\"jon.miller+jobs@googlemail.com\",\"phone\":\"+1 (602) 555-0143\",\"location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\"}}}",
        "{\"type\":\"application\",\"id\":\"app-2\",\"time\":\"2026-03-03T10:00:00Z\",\"candidate\":{\"name\":\"Kim Soo\",\"email\":\"jonmiller@gmail.com\",\"phone\":\"602.555.0143\",\"location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\"}}}",
        "{\"type\":\"application\",\"id\":\"app-3\",\"time\":\"2026-03-04T10:00:00Z\",\"candidate\":{\"name\":\"Ann Lee\",\"email\":\"ann@example.org\",\"phone\":\"+1 480 555 0100\"}}",
        "not json",
        "{\"type\":\"auth\",\"time\":\"2026-03-04T10:00:00Z\",\"subject\":\"w-1\"}"));
    Path out = dir.resolve("clusters.json");
    int code = new CommandLine(new LinkCommand()).execute(in.toString(), "--out", out.toString());
    assertThat(code).isZero();
    JsonNode clusters = JSON.readTree(out.toFile());
    assertThat(clusters).hasSize(1);
    assertThat(clusters.get(0).get("cluster").asText()).isEqualTo("ring-app-1");
    assertThat(clusters.get(0).get("members")).extracting(JsonNode::asText).containsExactly("app-1", "app-2");
    List<String> reasons = new ArrayList<>();
    clusters.get(0).get("edges").forEach(e -> reasons.add(e.get("reason").asText()));
    assertThat(reasons).anyMatch(r -> r.startsWith("same phone +16025550143 written two ways"))
        .anyMatch(r -> r.startsWith("same mailbox jonmiller@gmail.com"));
  }

  @Test void an_unreadable_file_exits_2() {
    int code = new CommandLine(new LinkCommand()).execute(dir.resolve("missing.ndjson").toString(), "--out",
        dir.resolve("c.json").toString());
    assertThat(code).isEqualTo(2);
  }

  @Test void links_febrl_4_through_the_command_at_the_core_floor() throws Exception {
    Map<String, String> truth = new HashMap<>();
    Path in = dir.resolve("febrl4.ndjson");
    StringBuilder b = new StringBuilder();
    for (String f : List.of("dataset4a.csv", "dataset4b.csv")) {
      List<String> lines = Files.readAllLines(shared("febrl/" + f), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        for (int i = 0; i < c.length; i++) c[i] = c[i].trim();
        ObjectNode n = JSON.createObjectNode().put("type", "application").put("id", c[0]).put("time", "2026-01-01T00:00:00Z");
        ObjectNode cand = n.putObject("candidate").put("name", (c[1] + " " + c[2]).trim());
        cand.putObject("address").put("line1", (c[3] + " " + c[4]).trim()).put("line2", c[5]).put("city", c[6])
            .put("postal", c[7]).put("region", c[8]).put("country", "AU");
        if (c[9].length() == 8) cand.put("birth_date", c[9].substring(0, 4) + "-" + c[9].substring(4, 6) + "-" + c[9].substring(6));
        if (!c[10].isEmpty()) cand.put("national_id", sha256(c[10]));
        b.append(JSON.writeValueAsString(n)).append('\n');
        truth.put(c[0], c[0].substring(0, c[0].indexOf('-', 4)));
      }
    }
    Files.writeString(in, b);
    Path out = dir.resolve("clusters.json");
    assertThat(new CommandLine(new LinkCommand()).execute(in.toString(), "--out", out.toString())).isZero();
    long predicted = 0;
    long correct = 0;
    for (JsonNode c : JSON.readTree(out.toFile())) {
      Map<String, Integer> byPerson = new HashMap<>();
      c.get("members").forEach(m -> byPerson.merge(truth.get(m.asText()), 1, Integer::sum));
      int k = c.get("members").size();
      predicted += (long) k * (k - 1) / 2;
      for (int n : byPerson.values()) correct += (long) n * (n - 1) / 2;
    }
    double precision = correct / (double) predicted;
    double recall = correct / 5000.0;
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf(Locale.ROOT, "daylight link on FEBRL 4: P %.4f R %.4f F1 %.4f%n", precision, recall, f1);
    assertThat(f1).isGreaterThanOrEqualTo(0.993);
  }

  private static Path shared(String relative) {
    String root = System.getProperty("daylight.root");
    return Path.of(root == null ? ".." : root).resolve("testdata").resolve(relative);
  }

  private static String sha256(String s) throws Exception {
    byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) b.append(String.format("%02x", h[i]));
    return b.toString();
  }
}
