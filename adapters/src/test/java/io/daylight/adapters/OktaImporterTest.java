package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.okta.OktaImporter;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fixture shape: Okta System Log API, LogEvent object and its Actor, Client, UserAgent, Device,
 * Outcome, AuthenticationContext, SecurityContext, DebugContext, Transaction and Request objects
 * (developer.okta.com/docs/reference/api/system-log/, source okta/okta-developer-docs
 * docs/reference/api/system-log/index.md); a page of {@code GET /api/v1/logs} is a JSON array.
 */
class OktaImporterTest {
  private final OktaImporter importer = new OktaImporter(Imported.mapping("subjects-mapping.yaml"));

  @Test
  void converts_sign_ins_mfa_and_device_events_to_auth_and_skips_group_changes() {
    Imported r = Imported.fixture(importer, "okta-system-log.json");
    assertThat(r.stats).isEqualTo(new ImportStats(12, 11, 0, 1));
    assertThat(r.skipped).containsExactly("okta eventType group.user_membership.add is not a sign-in");
    List<Event> events = r.contractEvents();
    assertThat(events).allSatisfy(e -> assertThat(e).isInstanceOf(Auth.class));
  }

  @Test
  void maps_the_documented_fields_and_keeps_the_rest_under_extra() {
    Imported r = Imported.fixture(importer, "okta-system-log.json");
    ObjectNode first = r.events.get(0);
    assertThat(first.path("type").asText()).isEqualTo("auth");
    assertThat(first.path("id").asText()).startsWith("okta:").hasSize(5 + 36);
    assertThat(first.path("time").asText()).isEqualTo("2026-02-02T16:01:22.114Z");
    assertThat(first.path("subject").asText()).isEqualTo("w-1042");
    assertThat(first.path("src_ip").asText()).isEqualTo("37.120.136.27");
    assertThat(first.path("device_id").asText()).isEqualTo("guob5wtu7rAggkg9G1d7");
    assertThat(first.path("managed").asBoolean(true)).isFalse();
    assertThat(first.path("outcome").asText()).isEqualTo("success");
    assertThat(first.path("user_agent").asText()).startsWith("Mozilla/5.0 (Windows NT 10.0");
    ObjectNode extra = (ObjectNode) first.path("extra").path("okta");
    assertThat(extra.path("securityContext").path("asNumber").asInt()).isEqualTo(9009);
    assertThat(extra.path("securityContext").path("isProxy").asBoolean()).isTrue();
    assertThat(extra.path("eventType").asText()).isEqualTo("user.session.start");
    // Mapped fields are not repeated under extra.
    assertThat(extra.has("uuid")).isFalse();
    assertThat(extra.path("client").has("ipAddress")).isFalse();
    assertThat(extra.path("client").path("geographicalContext").path("city").asText()).isEqualTo("Amsterdam");
  }

  @Test
  void names_the_second_factor_from_debug_data_or_credential_type_and_reports_failures() {
    Imported r = Imported.fixture(importer, "okta-system-log.json");
    List<String> mfa = r.events.stream().filter(e -> e.has("mfa")).map(e -> e.path("subject").asText() + ":" + e.path("mfa").asText()).toList();
    assertThat(mfa).containsExactly("w-1042:push", "w-1077:otp");
    assertThat(r.events.stream().filter(e -> "failure".equals(e.path("outcome").asText())).count()).isEqualTo(1);
  }

  @Test
  void carries_a_hosting_vpn_exit_on_four_days_next_to_home_and_corporate_sign_ins() {
    // The end-to-end scan expects persistent anonymised sign-ins (M247, AS9009, in the X4BNet VPN list)
    // for w-1042 and only residential or corporate-egress sign-ins for the benign w-1077.
    List<Auth> auths = Imported.fixture(importer, "okta-system-log.json").contractEvents().stream().map(Auth.class::cast).toList();
    var vpnDays = auths.stream().filter(a -> a.subject().equals("w-1042") && a.srcIp().startsWith("37.120."))
        .map(a -> Instant.ofEpochMilli(a.time()).atOffset(ZoneOffset.UTC).toLocalDate()).collect(Collectors.toSet());
    assertThat(vpnDays).hasSize(4);
    assertThat(auths).filteredOn(a -> a.subject().equals("w-1077")).extracting(Auth::srcIp)
        .containsOnly("70.114.203.45", "203.0.113.10");
  }

  @Test
  void without_a_mapping_the_worker_is_the_okta_login() {
    Imported r = Imported.fixture(new OktaImporter(Mapping.NONE), "okta-system-log.json");
    assertThat(r.events.get(0).path("subject").asText()).isEqualTo("jmiller@corp.example");
  }

  @Test
  void reads_ndjson_as_log_shippers_write_it() {
    Imported page = Imported.fixture(importer, "okta-system-log.json");
    Imported lines = Imported.text(importer, toNdjson("okta-system-log.json"));
    assertThat(lines.ndjson()).isEqualTo(page.ndjson());
  }

  @Test
  void rejects_a_time_without_offset_an_unmapped_actor_and_a_broken_line_with_reasons() {
    String ndjson = """
        {"uuid":"a1","published":"2026-02-03 14:21:53.225","eventType":"user.session.start","actor":{"alternateId":"jmiller@corp.example"}}
        {"uuid":"a2","published":"2026-02-03T14:21:53.225Z","eventType":"user.session.start","actor":{"alternateId":"contractor@elsewhere.example"}}
        {"uuid":"a3","published":
        """;
    Imported r = Imported.text(importer, ndjson);
    assertThat(r.events).isEmpty();
    assertThat(r.rejections).extracting(x -> x.line() + " " + x.reason()).satisfiesExactly(
        x -> assertThat(x).isEqualTo("1 okta: published is not an ISO 8601 time with an offset: 2026-02-03 14:21:53.225"),
        x -> assertThat(x).isEqualTo("2 okta: no worker mapped for okta actor contractor@elsewhere.example in the mapping file's subjects"),
        x -> assertThat(x).startsWith("3 okta: invalid JSON: Unexpected end-of-input"));
    assertThat(r.rejections.get(0).raw()).contains("\"uuid\":\"a1\"");
  }

  private static String toNdjson(String fixture) {
    try (var in = OktaImporterTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      StringBuilder b = new StringBuilder();
      for (var n : Contract.JSON.readTree(in)) b.append(n.toString()).append('\n');
      return b.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
