package io.daylight.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import io.daylight.demo.DemoOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The seeded demo organisation through {@code daylight scan}, judged against the generator's answer
 * key (truth.json), which the detectors never see. The generator plants behaviour (where devices and
 * humans are, what hardware is plugged in, where wages go), not detector inputs.
 */
@Tag("e2e")
class DemoOrganisationScanTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static JsonNode truth;
  static Map<String, JsonNode> casesBySubject = new HashMap<>();

  @BeforeAll
  static void scanTheDemoOrganisation() throws IOException {
    new DemoOrganisation(DemoOrganisation.DEFAULT_SEED).write(dir);
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int rc = cl.execute("scan", dir.resolve("events.ndjson").toString(), "--out", dir.resolve("out").toString(),
        "--context", dir.resolve("context.json").toString());
    assertThat(rc).as(err.toString()).isZero();
    truth = JSON.readTree(dir.resolve("truth.json").toFile());
    for (JsonNode c : JSON.readTree(dir.resolve("out/cases.json").toFile())) casesBySubject.put(c.get("subject").asText(), c);
    System.out.println(levelsByLabel());
  }

  static String level(String subject) {
    JsonNode c = casesBySubject.get(subject);
    return c == null ? "none" : c.get("level").asText();
  }

  static List<String> subjectsWithScheme(String scheme) {
    List<String> out = new java.util.ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("subjects").fields(); it.hasNext(); ) {
      var e = it.next();
      if (scheme.equals(e.getValue().path("scheme").asText(null))) out.add(e.getKey());
    }
    return out;
  }

  @Test
  void every_laptop_farm_worker_is_a_high_case_linked_to_the_others() {
    List<String> farm = subjectsWithScheme("laptop_farm");
    assertThat(farm).hasSize(6);
    for (String w : farm) {
      assertThat(level(w)).as(w).isEqualTo("high");
      List<String> members = JSON.convertValue(casesBySubject.get(w).get("members"), List.class);
      assertThat(members).as("members of %s's case", w).containsAll(farm);
    }
  }

  @Test
  void every_worker_paid_into_the_shared_account_is_a_high_case_linked_to_the_others() {
    List<String> paid = subjectsWithScheme("shared_payroll");
    assertThat(paid).hasSize(3);
    for (String w : paid) {
      assertThat(level(w)).as(w).isEqualTo("high");
      List<String> members = JSON.convertValue(casesBySubject.get(w).get("members"), List.class);
      assertThat(members).containsAll(paid);
    }
  }

  /**
   * Issue 3's bar: the physics and remote-control detectors (location.*, remote.*) catch every farm
   * worker and the VPN worker, and no satellite user or traveller.
   */
  @Test
  void location_detectors_catch_the_farm_and_the_vpn_worker_but_not_satellite_users_or_travellers() throws IOException {
    Map<String, java.util.Set<String>> locationDetectors = new HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(dir.resolve("out/findings.ndjson"))) {
      JsonNode f = JSON.readTree(line).at("/unmapped/daylight");
      String d = f.get("detector").asText();
      if (d.startsWith("location.") || d.startsWith("remote.")) {
        locationDetectors.computeIfAbsent(f.get("subject").asText(), k -> new TreeSet<>()).add(f.get("detector").asText());
      }
    }
    for (String w : subjectsWithScheme("laptop_farm")) assertThat(locationDetectors).as(w).containsKey(w);
    for (String w : subjectsWithScheme("vpn_worker")) {
      assertThat(locationDetectors.get(w)).as(w).contains("location.relay-gap");
      // Its anonymiser sign-ins and its relay gap observe one tunnel (DependencyGroups.NETWORK_RELAY),
      // so the case counts the relay gap once instead of both (which put it at medium before).
      JsonNode relay = null;
      for (JsonNode r : casesBySubject.get(w).get("reasons")) if (r.get("group").asText().equals("network-relay")) relay = r;
      assertThat(relay).as(w).isNotNull();
      assertThat(relay.get("detector").asText()).isEqualTo("location.relay-gap");
    }
    int satelliteOrTravelling = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("subjects").fields(); it.hasNext(); ) {
      var e = it.next();
      String labels = e.getValue().get("labels").toString();
      if (e.getValue().path("scheme").isNull() && (labels.contains("satellite") || labels.contains("traveller"))) {
        satelliteOrTravelling++;
        assertThat(locationDetectors).as("%s %s", e.getKey(), labels).doesNotContainKey(e.getKey());
      }
    }
    // The look-alikes must exist for the loop above to say anything (the demo plants 5 satellite users, 12 travellers).
    assertThat(satelliteOrTravelling).isGreaterThanOrEqualTo(10);
  }

  /**
   * Issue 4's bar and issue 15's item 7: the applicant ring and the hire it produced are one high
   * case, the hire's, holding every planted application (one person, one case history: before the
   * case book the ring was an applicant case of its own, beside the hire's worker case), and no
   * look-alike cluster is high.
   */
  @Test
  void the_applicant_ring_and_its_hire_are_one_high_case_and_no_look_alike_cluster_is() throws IOException {
    List<String> ring = new java.util.ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("applications").fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getValue().get("labels").toString().contains("applicant_ring")) ring.add(e.getKey());
    }
    assertThat(ring).hasSizeGreaterThanOrEqualTo(8);
    JsonNode hire = casesBySubject.get("w-1192");
    assertThat(hire).as("the ring hire's case").isNotNull();
    assertThat(hire.get("kind").asText()).isEqualTo("worker");
    assertThat(hire.get("level").asText()).isEqualTo("high");
    assertThat(JSON.convertValue(hire.get("members"), List.class)).containsAll(ring);
    assertThat(hire.get("summary").asText()).contains("The evidence spans hiring (applicant cluster", "and employment.");
    List<JsonNode> applicantCases = casesBySubject.values().stream()
        .filter(c -> c.get("kind").asText().equals("applicant")).toList();
    assertThat(applicantCases).as("look-alike clusters and single applications still form cases").isNotEmpty();
    for (JsonNode c : applicantCases) {
      List<String> members = JSON.convertValue(c.get("members"), List.class);
      if (members.stream().anyMatch(ring::contains)) {
        // Strangers who share a network exit are no identity and join no hire: such a case may hold ring
        // applications; an identity-linker cluster of the ring may not, it is in the hire's case.
        assertThat(c.get("reasons").findValuesAsText("detector")).as("applicant case %s", c.get("subject"))
            .isNotEmpty().doesNotContain(io.daylight.core.identity.ClusterSignals.MANY_NAMES,
                io.daylight.core.identity.ClusterSignals.CV_REUSE, io.daylight.core.identity.ClusterSignals.CONTACT_SETS,
                io.daylight.core.identity.ClusterSignals.REAPPEARS, io.daylight.core.identity.ClusterSignals.VELOCITY);
      } else if (c.get("level").asText().equals("high")) {
        throw new AssertionError("a high applicant case of look-alikes only: " + c.get("subject"));
      }
    }
  }

  @Test
  void no_honest_worker_reaches_high_whatever_their_look_alike_behaviour() {
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("subjects").fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getValue().path("scheme").isNull()) {
        assertThat(level(e.getKey())).as("%s %s", e.getKey(), e.getValue().get("labels")).isNotEqualTo("high");
      }
    }
  }

  /**
   * Equivalence with every product detector on the whole demo organisation: the Flink job on an
   * in-process MiniCluster writes byte-identical findings and cases to the embedded runtime's.
   */
  @Test
  void the_flink_runtime_finds_exactly_what_the_embedded_runtime_finds() throws IOException {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int rc = cl.execute("scan", dir.resolve("events.ndjson").toString(), "--out", dir.resolve("flink").toString(),
        "--context", dir.resolve("context.json").toString(), "--runtime", "flink-local", "--parallelism", "2");
    assertThat(rc).as(err.toString()).isZero();
    String embedded = java.nio.file.Files.readString(dir.resolve("out/findings.ndjson"));
    assertThat(embedded.lines().count()).isGreaterThan(50);
    assertSameLines(java.nio.file.Files.readString(dir.resolve("flink/findings.ndjson")), embedded);
    assertSameLines(java.nio.file.Files.readString(dir.resolve("flink/cases.json")),
        java.nio.file.Files.readString(dir.resolve("out/cases.json")));
  }

  /**
   * Byte-identical, but on failure says which lines differ: the whole files are 400 findings, and
   * a CI log shows only its tail.
   */
  static void assertSameLines(String actual, String expected) {
    List<String> a = actual.lines().toList();
    List<String> e = expected.lines().toList();
    List<String> missing = e.stream().filter(l -> !a.contains(l)).limit(5).toList();
    List<String> extra = a.stream().filter(l -> !e.contains(l)).limit(5).toList();
    assertThat(missing).as("lines of the embedded output missing from Flink's (at most 5); Flink's extra lines: %s", extra)
        .isEmpty();
    assertThat(extra).as("lines only Flink wrote (at most 5)").isEmpty();
    assertThat(actual).as("same lines, same order").isEqualTo(expected);
  }

  /** Case level counts per truth label: the table in docs/accuracy.md. */
  static String levelsByLabel() {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("subjects").fields(); it.hasNext(); ) {
      var e = it.next();
      TreeSet<String> labels = new TreeSet<>();
      e.getValue().get("labels").forEach(l -> labels.add(l.asText()));
      if (!e.getValue().path("scheme").isNull()) labels.add("SCHEME " + e.getValue().get("scheme").asText());
      if (labels.isEmpty()) labels.add("(no label)");
      for (String l : labels) table.computeIfAbsent(l, k -> new TreeMap<>()).merge(level(e.getKey()), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder("demo organisation, case level by truth label:\n");
    table.forEach((l, m) -> b.append(String.format("  %-32s %s%n", l, m)));
    Map<String, Integer> byKindAndLevel = new TreeMap<>();
    for (JsonNode c : casesBySubject.values()) byKindAndLevel.merge(c.get("kind").asText() + " " + c.get("level").asText(), 1, Integer::sum);
    b.append("cases by kind and level: ").append(byKindAndLevel).append('\n');
    return b.toString();
  }
}
