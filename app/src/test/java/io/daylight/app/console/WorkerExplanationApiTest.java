package io.daylight.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.daylight.app.security.Role;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.store.AuditEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker explanation route of a running serve, over HTTP against the demo organisation's real
 * store: who may read it, that each read is audited, and that a laptop-farm member's explanation
 * gives away nothing about the other members.
 */
class WorkerExplanationApiTest {
  @TempDir static Path dir;
  static ConsoleServer s;
  /** A laptop-farm member's case, named as the store names it (the queue's subject). */
  static String farmer;

  @BeforeAll
  static void start() throws Exception {
    s = new ConsoleServer(dir);
    JsonNode q = as(Role.ADMIN).json("GET", "/v1/cases?kind=worker&detector=farm.shared-location&limit=1", null);
    farmer = q.get(0).get("subject").asText();
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  private static Http as(Role role) {
    return new Http(s.base()).bearer(s.tokens.get(role));
  }

  private static String path(String kind, String subject) {
    return "/v1/cases/" + subject + "/worker-explanation?kind=" + kind;
  }

  @Test
  void analysts_and_admins_read_it_auditors_and_ingest_tokens_are_refused_and_each_read_is_audited() throws Exception {
    int before = reads(farmer).size();
    JsonNode e = as(Role.ANALYST).json("GET", path("worker", farmer), null);
    assertThat(e.get("text").asText()).contains("What was observed");
    assertThat(as(Role.ADMIN).get(path("worker", farmer)).statusCode()).isEqualTo(200);
    assertThat(as(Role.AUDITOR).get(path("worker", farmer)).statusCode()).isEqualTo(403);
    assertThat(as(Role.INGEST).get(path("worker", farmer)).statusCode()).isEqualTo(403);
    assertThat(new Http(s.base()).get(path("worker", farmer)).statusCode()).isEqualTo(401);

    // The two allowed reads, each under the reader's token; the refused ones are not reads.
    List<String> reads = reads(farmer);
    assertThat(reads).hasSize(before + 2);
    assertThat(reads.subList(0, 2)).allMatch(actor -> actor.startsWith("token:")).doesNotHaveDuplicates();
  }

  /** Actors of the explanation reads of a worker's case, newest first. */
  private static List<String> reads(String worker) {
    List<String> actors = new ArrayList<>();
    for (AuditEntry a : s.server.security().audit().latest(500)) {
      if (a.action().equals("explanation.read") && a.target().equals("case:worker:" + worker)) actors.add(a.actor());
    }
    return actors;
  }

  @Test
  void an_applicant_cluster_or_an_unknown_worker_has_no_worker_explanation() throws Exception {
    // From the findings, not the queue: the demo's ring joined the case of the worker it hired.
    String cluster = s.server.findings().all().stream().filter(f -> f.kind() == io.daylight.core.detect.SubjectKind.APPLICANT)
        .map(io.daylight.core.detect.Finding::subject).findFirst().orElseThrow();
    HttpResponse<String> r = as(Role.ANALYST).get(path("applicant", cluster));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("applicant tracking system");
    assertThat(as(Role.ANALYST).get(path("worker", "w-nobody")).statusCode()).isEqualTo(404);
    assertThat(as(Role.ANALYST).get(path("planet", "w-nobody")).statusCode()).isEqualTo(400);
  }

  @Test
  void a_laptop_farm_members_explanation_names_no_other_member() throws Exception {
    Set<String> others = new HashSet<>();
    for (Finding f : s.server.findings().bySubject(SubjectKind.WORKER, farmer)) {
      if (f.detector().equals("farm.shared-location")) others.addAll(f.members());
    }
    others.remove(farmer);
    assertThat(others).as("the demo farm has other members").isNotEmpty();

    // Every identifying value the store holds about the other members: ids, names, e-mails, phones,
    // addresses, payroll holders and accounts, laptop serials, device ids and IPs.
    Set<String> forbidden = new HashSet<>(others);
    s.server.events().forEachInTimeOrder(ev -> {
      if (!others.contains(ev.subject())) return;
      try {
        collect(Http.JSON.readTree(ev.rawJson()), forbidden);
      } catch (Exception ex) {
        throw new IllegalStateException(ex);
      }
    });
    forbidden.removeIf(v -> v.length() < 5 || COMMON.contains(v));
    assertThat(forbidden).hasSizeGreaterThan(others.size() * 2);

    JsonNode e = as(Role.ANALYST).json("GET", path("worker", farmer), null);
    String all = e.toString();
    assertThat(e.get("text").asText()).contains("other workers");
    for (String v : forbidden) assertThat(all).as("value of another member").doesNotContain(v);
  }

  /** Contract values that are not about a person: event types, enum values, the country everyone declares. */
  private static final Set<String> COMMON = Set.of("worker", "inventory", "success", "contractor", "employee",
      "browser", "endpoint", "server", "payroll", "typo_correction", "prompt_response", "dialog_response",
      "activity", "keystrokes", "interaction", "America/New_York", "America/Chicago", "America/Denver",
      "America/Los_Angeles", "America/Phoenix");

  private static void collect(JsonNode n, Set<String> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(f -> {
        // Times and measurements are numbers or timestamps, not identities.
        if (!f.getKey().equals("time") && !f.getKey().equals("hired")) collect(f.getValue(), out);
      });
    } else if (n.isArray()) {
      n.forEach(c -> collect(c, out));
    } else if (n.isTextual()) {
      out.add(n.asText());
    }
  }

  @Test
  void every_worker_finding_of_the_demo_organisation_has_a_worker_sentence() throws Exception {
    Set<String> detectors = new HashSet<>();
    for (Finding f : s.server.findings().all()) if (f.kind() == SubjectKind.WORKER) detectors.add(f.detector());
    assertThat(detectors).contains("farm.shared-location");
    for (String d : detectors) {
      assertThat(io.daylight.app.privacy.WorkerObservations.topic(d)).as(d).isPresent();
    }
  }

  @Test
  void after_a_benign_decision_the_explanation_lists_no_observation() throws Exception {
    JsonNode q = as(Role.ADMIN).json("GET", "/v1/cases?kind=worker&limit=100", null);
    String worker = null;
    for (JsonNode c : q) {
      if (!c.get("subject").asText().equals(farmer)) {
        worker = c.get("subject").asText();
        break;
      }
    }
    JsonNode before = as(Role.ANALYST).json("GET", path("worker", worker), null);
    assertThat(before.get("observations").size()).isPositive();
    as(Role.ANALYST).json("POST", "/v1/cases/" + worker + "/decision?kind=worker",
        "{\"decision\":\"benign\",\"reason\":\"travel confirmed with the worker\"}");
    JsonNode after = as(Role.ANALYST).json("GET", path("worker", worker), null);
    assertThat(after.get("observations")).isEmpty();
    assertThat(after.get("text").asText()).contains("No observation about you is currently open");
  }
}
