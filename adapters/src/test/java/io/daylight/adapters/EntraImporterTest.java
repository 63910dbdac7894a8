package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.entra.EntraImporter;
import io.daylight.core.event.Auth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixture shape: Microsoft Graph {@code GET /auditLogs/signIns} response ({@code @odata.context},
 * {@code value[]}) of signIn resources (learn.microsoft.com/en-us/graph/api/resources/signin) with
 * signInStatus {@code status{errorCode,failureReason,additionalDetails}}, deviceDetail, signInLocation
 * {@code location{city,state,countryOrRegion,geoCoordinates}}, and the beta properties
 * {@code authenticationRequirement}, {@code authenticationDetails[]}, {@code userAgent}.
 */
class EntraImporterTest {
  private final EntraImporter importer = new EntraImporter(Imported.mapping("subjects-mapping.yaml"));

  @Test
  void converts_a_graph_page_of_sign_ins_to_auth_events_the_contract_accepts() {
    Imported r = Imported.fixture(importer, "entra-signins.json");
    assertThat(r.stats).isEqualTo(new ImportStats(6, 6, 0, 0));
    List<Auth> auths = r.contractEvents().stream().map(Auth.class::cast).toList();
    assertThat(auths).extracting(Auth::subject).containsExactly("w-1042", "w-1042", "w-1042", "w-1042", "w-1077", "w-1077");
    assertThat(auths).filteredOn(a -> a.srcIp().startsWith("37.120.")).hasSize(3)
        .allSatisfy(a -> assertThat(a.managed()).isFalse());
  }

  @Test
  void reads_error_code_zero_as_success_and_names_the_second_factor() {
    Imported r = Imported.fixture(importer, "entra-signins.json");
    ObjectNode first = r.events.get(0);
    assertThat(first.path("id").asText()).startsWith("entra:");
    assertThat(first.path("time").asText()).isEqualTo("2026-02-02T16:05:40Z");
    assertThat(first.path("outcome").asText()).isEqualTo("success");
    assertThat(first.path("mfa").asText()).isEqualTo("push");
    assertThat(first.path("user_agent").asText()).startsWith("Mozilla/5.0");
    assertThat(first.path("extra").path("entra").path("location").path("countryOrRegion").asText()).isEqualTo("NL");
    ObjectNode failed = r.events.get(5);
    assertThat(failed.path("outcome").asText()).isEqualTo("failure");
    assertThat(failed.path("extra").path("entra").path("status").path("failureReason").asText()).startsWith("Error validating credentials");
    assertThat(failed.has("mfa")).isFalse();
    // Compliant but without isManaged: compliance implies management.
    assertThat(r.events.get(4).path("managed").asBoolean()).isTrue();
    assertThat(r.events.get(4).path("mfa").asText()).isEqualTo("mfa");
  }

  @Test
  void reads_ndjson_of_sign_in_objects_as_diagnostic_exports_write_them() {
    String line = "{\"id\":\"66ea54eb-6301-4ee5-be62-ff5a759b0100\",\"createdDateTime\":\"2026-02-03T16:01:12Z\","
        + "\"userPrincipalName\":\"priya.raman@corp.example\",\"ipAddress\":\"70.114.203.45\",\"status\":{\"errorCode\":0}}\n";
    Imported r = Imported.text(importer, line + line.replace("b0100", "b0101"));
    assertThat(r.events).extracting(e -> e.path("id").asText())
        .containsExactly("entra:66ea54eb-6301-4ee5-be62-ff5a759b0100", "entra:66ea54eb-6301-4ee5-be62-ff5a759b0101");
    r.contractEvents();
  }

  @Test
  void rejects_a_sign_in_without_a_time_and_a_non_object_element() {
    Imported r = Imported.text(importer, "{\"value\":[{\"id\":\"x1\",\"userPrincipalName\":\"priya.raman@corp.example\"}, 42]}");
    assertThat(r.events).isEmpty();
    assertThat(r.rejections).extracting(x -> x.reason())
        .containsExactly("entra: missing createdDateTime", "entra: value[1] is not a JSON object");
  }
}
