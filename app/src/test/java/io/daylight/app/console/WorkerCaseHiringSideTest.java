package io.daylight.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.daylight.app.ReferenceData;
import io.daylight.app.privacy.PseudonymKey;
import io.daylight.app.security.Role;
import io.daylight.app.serve.DaylightServer;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.identity.ClusterSignals;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.core.score.Case;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.CaseQuery;
import io.daylight.store.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve keeps one case per person across hiring and employment (issue 15, item 7): the worker's
 * case shows the applicant-ring findings of the application that hired it, under the pseudonym
 * its findings carry, also after a restart.
 */
class WorkerCaseHiringSideTest {
  @TempDir Path dir;

  static String application(String id, String day, String name, String email) {
    return "{\"type\":\"application\",\"id\":\"" + id + "\",\"time\":\"2026-03-0" + day + "T10:00:00Z\","
        + "\"candidate\":{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"phone\":\"+1 602 555 0143\","
        + "\"location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\"}}}";
  }

  /** Three names behind one phone, and the hire that came out of the second application a week later. */
  static final String EVENTS = String.join("\n",
      application("app-1", "2", "Jonathan Miller", "jon.miller@mail.example"),
      application("app-2", "2", "Kim Soo", "kim.soo@mail.example"),
      application("app-3", "3", "Ann Lee", "ann.lee@mail.example"),
      "{\"type\":\"worker\",\"id\":\"wk-9\",\"time\":\"2026-03-09T09:00:00Z\",\"subject\":\"w-9\",\"name\":\"Kim Soo\","
          + "\"application\":\"app-2\",\"declared_tz\":\"America/Phoenix\",\"declared_location\":{\"city\":\"Phoenix\","
          + "\"region\":\"AZ\",\"country\":\"US\",\"lat\":33.448,\"lon\":-112.074}}");

  @Test
  void a_worker_case_shows_the_ring_findings_of_its_hiring_application_under_its_pseudonym_and_keeps_them_after_a_restart()
      throws Exception {
    Pseudonyms pseudonyms = PseudonymKey.loadOrCreate(dir.resolve("pseudonym.key"));
    String worker = pseudonyms.of("w-9");
    Case before;
    try (DaylightServer server = start(pseudonyms)) {
      server.service().ingest(new ByteArrayInputStream(EVENTS.getBytes(StandardCharsets.UTF_8)), "test");
      server.service().flush();

      before = server.cases().get(SubjectKind.WORKER, worker).orElseThrow(() -> new AssertionError(
          "no worker case; cases: " + server.cases().list(new CaseQuery(java.util.Set.of(), java.util.Set.of(), 100, 0))));
      assertThat(before.members()).contains("app-1", "app-2", "app-3").doesNotContain("w-9");
      assertThat(before.summary()).contains("application app-2 hired this worker")
          .doesNotContain("w-9");
      assertThat(server.cases().list(new CaseQuery(java.util.Set.of(), java.util.Set.of(), 100, 0))).as("the ring forms no separate applicant case")
          .extracting(Case::kind).containsOnly(SubjectKind.WORKER);

      String token = server.security().tokens().create(Role.ANALYST, "test").token();
      JsonNode c = new Http("http://127.0.0.1:" + server.port()).bearer(token)
          .json("GET", "/v1/cases/" + worker + "?kind=worker", null);
      List<String> detectors = new ArrayList<>();
      c.get("finding_details").forEach(f -> detectors.add(f.at("/unmapped/daylight/detector").asText()));
      assertThat(detectors).contains(ClusterSignals.MANY_NAMES);
      assertThat(c.toString()).as("the pseudonymous worker case names no applicant, least of all the hire")
          .doesNotContain("Kim Soo", "Jonathan Miller", "w-9");
    }

    try (DaylightServer server = start(pseudonyms)) {
      assertThat(server.cases().get(SubjectKind.WORKER, worker)).contains(before);
      assertThat(server.cases().list(new CaseQuery(java.util.Set.of(), java.util.Set.of(), 100, 0))).extracting(Case::kind).containsOnly(SubjectKind.WORKER);
    }
  }

  private DaylightServer start(Pseudonyms pseudonyms) {
    return DaylightServer.start(Database.embedded(dir.resolve("postgres")), DeploymentContext.EMPTY, ReferenceData.none(),
        ScoringPolicy.DEFAULT, 3_600_000L, 0, pseudonyms);
  }
}
