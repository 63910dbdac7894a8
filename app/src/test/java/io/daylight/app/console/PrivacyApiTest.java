package io.daylight.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.daylight.app.security.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy routes of a running serve, over HTTP against the real store: a legal hold blocks an
 * erasure until overridden, the erased worker's case does not come back from the service's memory,
 * and a bare retention POST only counts.
 */
class PrivacyApiTest {
  @TempDir static Path dir;
  static ConsoleServer s;

  @BeforeAll
  static void start() throws Exception {
    s = new ConsoleServer(dir);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  private static Http admin() {
    return new Http(s.base()).bearer(s.tokens.get(Role.ADMIN));
  }

  @Test
  void a_held_worker_is_erased_only_with_an_override_and_the_case_does_not_come_back() throws Exception {
    // Cases are named by pseudonym; a subject-rights request names the worker id HR knows.
    String worker = s.xssWorker;
    String stored = s.pseudonym(worker);
    assertThat(admin().get("/v1/cases/" + stored).statusCode()).isEqualTo(200);
    admin().json("POST", "/v1/cases/" + stored + "/hold?kind=worker", "{\"reason\":\"matter 2026-7\"}");

    JsonNode export = admin().json("GET", "/v1/subjects/" + worker + "/export", null);
    assertThat(export.get("events").size()).isGreaterThan(10);
    assertThat(export.get("cases").toString()).contains("\"legal_hold\":true");

    assertThat(admin().send("POST", "/v1/subjects/" + worker + "/erase", "{}").statusCode()).isEqualTo(409);
    assertThat(admin().get("/v1/cases/" + stored).statusCode()).isEqualTo(200);

    admin().json("POST", "/v1/subjects/" + worker + "/erase", "{\"override_hold\":\"court order 12\"}");
    assertThat(admin().get("/v1/cases/" + stored).statusCode()).isEqualTo(404);
    // Rescoring (what a decision triggers) must not rebuild the erased case from the service's memory.
    s.server.service().rescore(io.daylight.core.detect.SubjectKind.WORKER, stored);
    assertThat(admin().get("/v1/cases/" + stored).statusCode()).isEqualTo(404);
    JsonNode after = admin().json("GET", "/v1/subjects/" + worker + "/export", null);
    assertThat(after.get("events")).isEmpty();
    assertThat(after.get("audit").toString()).contains("subject.erase").contains("court order 12");
  }

  @Test
  void a_bare_retention_post_is_a_dry_run() throws Exception {
    long before = s.server.events().count();
    JsonNode r = admin().json("POST", "/v1/retention/run", "{}");
    assertThat(r.get("dry_run").asBoolean()).isTrue();
    assertThat(s.server.events().count()).isEqualTo(before);
  }
}
