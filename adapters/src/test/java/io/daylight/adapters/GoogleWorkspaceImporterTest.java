package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.gworkspace.GoogleWorkspaceImporter;
import org.junit.jupiter.api.Test;

/**
 * Fixture shape: Admin SDK Reports API {@code activities.list} for {@code applicationName=login}
 * ({@code kind: admin#reports#activities}, {@code items[]} of {@code admin#reports#activity} with
 * {@code id{time,uniqueQualifier,applicationName,customerId}}, {@code actor{callerType,email,profileId}},
 * {@code ipAddress}, {@code events[{type,name,parameters[{name,value|boolValue|multiValue}]}]}),
 * per developers.google.com/admin-sdk/reports/v1/guides/manage-audit-login and the login audit's
 * event names (login_success, login_failure, login_challenge, logout) and parameters (login_type,
 * login_challenge_method, is_suspicious, login_failure_type).
 */
class GoogleWorkspaceImporterTest {
  private final GoogleWorkspaceImporter importer = new GoogleWorkspaceImporter(Imported.mapping("subjects-mapping.yaml"));

  @Test
  void converts_login_success_and_failure_events_and_skips_logouts() {
    Imported r = Imported.fixture(importer, "gworkspace-login.json");
    assertThat(r.stats).isEqualTo(new ImportStats(6, 5, 0, 1));
    assertThat(r.skipped).containsExactly("gworkspace login event logout is not a sign-in");
    assertThat(r.contractEvents()).hasSize(5);
    ObjectNode first = r.events.get(0);
    assertThat(first.path("id").asText()).isEqualTo("gworkspace:-2384567125434001001");
    assertThat(first.path("subject").asText()).isEqualTo("w-1042");
    assertThat(first.path("src_ip").asText()).isEqualTo("37.120.136.27");
    assertThat(first.path("mfa").asText()).isEqualTo("otp");
    assertThat(first.path("extra").path("gworkspace").path("event").path("parameters").toString()).contains("is_suspicious");
  }

  @Test
  void takes_only_the_login_events_out_of_an_activity_with_a_challenge() {
    Imported r = Imported.fixture(importer, "gworkspace-login.json");
    ObjectNode third = r.byId("gworkspace:-2384567125434001003");
    assertThat(third.path("outcome").asText()).isEqualTo("success");
    ObjectNode failure = r.byId("gworkspace:-2384567125434001005");
    assertThat(failure.path("outcome").asText()).isEqualTo("failure");
    assertThat(failure.has("mfa")).isFalse();
    assertThat(r.byId("gworkspace:-2384567125434001004").path("mfa").asText()).isEqualTo("webauthn");
  }

  @Test
  void rejects_an_activity_without_its_unique_qualifier_and_skips_other_applications() {
    Imported r = Imported.text(importer, """
        {"id":{"time":"2026-02-02T16:07:03.412Z","applicationName":"login"},"actor":{"email":"jmiller@corp.example"},"events":[{"name":"login_success"}]}
        {"id":{"time":"2026-02-02T16:07:03.412Z","uniqueQualifier":"9","applicationName":"drive"},"actor":{"email":"jmiller@corp.example"},"events":[{"name":"edit"}]}
        """);
    assertThat(r.rejections).extracting(x -> x.line() + " " + x.reason())
        .containsExactly("1 gworkspace: missing id.uniqueQualifier: not a Reports API activity");
    assertThat(r.skipped).containsExactly("gworkspace application drive is not the login audit");
  }
}
