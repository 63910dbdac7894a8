package io.daylight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private final DefaultOrganisation org = DefaultOrganisation.get();

  @Test
  void honest_workers_are_the_large_majority_and_each_scheme_is_planted_once() {
    JsonNode subjects = org.truth.get("subjects");
    assertThat(subjects.size()).isEqualTo(300);
    int honest = 0;
    for (JsonNode s : subjects) if (s.get("scheme").isNull()) honest++;
    assertThat(honest).isEqualTo(290);
    assertThat(org.labelled("laptop_farm")).hasSize(6);
    assertThat(org.labelled("vpn_worker")).hasSize(1);
    assertThat(org.labelled("shared_payroll")).hasSize(3);
    assertThat(org.labelled("ring_hire")).hasSize(1);
    assertThat(org.of("application")).hasSize(3000);
  }

  @Test
  void every_hire_points_at_an_application_made_before_the_hire() {
    java.util.Map<String, JsonNode> apps = new java.util.HashMap<>();
    for (JsonNode a : org.of("application")) apps.put(a.get("id").asText(), a);
    for (JsonNode w : org.of("worker")) {
      JsonNode app = apps.get(w.get("application").asText());
      assertThat(app).as("application of %s", w.get("subject")).isNotNull();
      assertThat(app.get("time").asText().substring(0, 10)).isLessThan(w.get("hired").asText());
    }
    String ringHire = org.labelled("ring_hire").get(0);
    String app = org.of("worker", ringHire).get(0).get("application").asText();
    assertThat(org.truth.get("applications").get(app).get("labels").toString()).contains("applicant_ring");
  }

  @Test
  void benign_look_alikes_sit_beside_the_schemes() {
    for (String label : List.of("traveller", "corporate_vpn", "satellite_leo", "satellite_geo", "shared_address",
        "sanctioned_remote_support", "night_owl", "consumer_vpn_once", "bank_changed_once")) {
      assertThat(org.labelled(label)).as(label).isNotEmpty();
      for (String id : org.labelled(label)) assertThat(org.truth.get("subjects").get(id).get("scheme").isNull()).isTrue();
    }
    assertThat(org.labelled("shared_address")).hasSize(2);
    List<String> appLabels = new ArrayList<>();
    org.truth.get("applications").forEach(a -> a.get("labels").forEach(l -> appLabels.add(l.asText())));
    assertThat(appLabels).contains("applicant_ring", "bootcamp_template", "career_centre_ip", "siblings",
        "shared_family_phone", "consumer_vpn_applicant");
    assertThat(appLabels.stream().filter("applicant_ring"::equals)).hasSize(Applicants.RING_SIZE);
  }

  @Test
  void the_farm_laptops_share_one_phoenix_line_and_wifi_while_declaring_six_cities() {
    List<String> farm = org.labelled("laptop_farm");
    Set<String> bssids = new HashSet<>(), declared = new HashSet<>(), shipTo = new HashSet<>();
    for (String id : farm) {
      org.of("inventory", id).forEach(i -> bssids.add(i.get("wifi_bssid").asText()));
      JsonNode w = org.of("worker", id).get(0);
      declared.add(w.get("declared_location").get("city").asText());
      shipTo.add(w.get("laptop").get("ship_to").get("line1").asText());
      for (JsonNode a : org.of("auth", id)) assertThat(a.get("src_ip").asText()).startsWith("72.210.");
    }
    assertThat(bssids).hasSize(1);
    assertThat(shipTo).hasSize(1);
    assertThat(declared).hasSize(6);
  }

  @Test
  void a_remote_operator_slows_every_reaction_measured_at_the_laptop() {
    List<Double> farm = new ArrayList<>(), honest = new ArrayList<>();
    for (JsonNode e : org.of("interaction")) {
      if (!e.get("measured_at").asText().equals("endpoint")) continue;
      JsonNode s = org.truth.get("subjects").get(e.get("subject").asText());
      if (s.has("remote_operation")) farm.add(e.get("latency_ms").asDouble());
      else if (s.get("scheme").isNull() && s.get("support_session_days").isEmpty()) honest.add(e.get("latency_ms").asDouble());
    }
    // Human simple RT 190-250 ms; an East-Asian operator adds >= ~100 ms of fibre floor plus 30-80 ms encoding.
    assertThat(DefaultOrganisation.median(honest)).isBetween(190.0, 250.0);
    assertThat(DefaultOrganisation.median(farm)).isGreaterThan(DefaultOrganisation.median(honest) + 130);
  }

  @Test
  void the_worker_behind_a_vpn_answers_probes_in_new_york_but_echoes_from_far_away() {
    String id = org.labelled("vpn_worker").get(0);
    List<Double> tcp = new ArrayList<>(), app = new ArrayList<>();
    for (JsonNode e : org.of("rtt", id)) {
      if (!e.get("landmark").get("id").asText().equals("iad-1")) continue;
      (e.get("method").asText().equals("tcp") ? tcp : app).add(e.get("rtt_ms").asDouble());
    }
    for (JsonNode a : org.of("auth", id)) assertThat(a.get("src_ip").asText()).startsWith("188.172.18");
    // New York to Ashburn is ~330 km (floor 3.3 ms); Vladivostok adds >= 10,000 km of fibre (>= 100 ms).
    assertThat(tcp.stream().mapToDouble(d -> d).min().orElseThrow()).isLessThan(60);
    assertThat(app.stream().mapToDouble(d -> d).min().orElseThrow()).isGreaterThan(100);
  }

  @Test
  void corporate_vpn_users_all_sign_in_from_the_egress_the_context_lists() {
    for (String id : org.labelled("corporate_vpn")) {
      for (JsonNode a : org.of("auth", id)) assertThat(a.get("src_ip").asText()).startsWith("165.225.");
    }
  }
}
