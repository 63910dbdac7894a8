package io.daylight.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkforceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Workforce workforce;
  private static List<JsonNode> lines;
  private static Map<String, Persona> byId;

  @BeforeAll
  static void generateSeedOne(@TempDir Path dir) throws IOException {
    workforce = new Workforce(new SplittableRandom(1), 400, 90);
    Events events = new Events();
    workforce.write(events, new Truth("test", 1, FieldPopulation.START, 90));
    Path file = dir.resolve("events.ndjson");
    events.write(file);
    lines = new ArrayList<>();
    for (String l : Files.readAllLines(file)) lines.add(JSON.readTree(l));
    byId = workforce.personas().stream().collect(Collectors.toMap(p -> p.id, p -> p));
  }

  private static String write(long seed, Path file) throws IOException {
    Workforce w = new Workforce(new SplittableRandom(seed), 60, 30);
    Events e = new Events();
    w.write(e, new Truth("t", seed, FieldPopulation.START, 30));
    e.write(file);
    return Files.readString(file);
  }

  @Test
  void one_seed_always_writes_the_same_events_and_another_seed_writes_others(@TempDir Path dir) throws IOException {
    String a = write(7, dir.resolve("a")), b = write(7, dir.resolve("b")), c = write(8, dir.resolve("c"));
    assertThat(a).isNotEmpty().isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void four_hundred_workers_over_ninety_days_write_ten_to_fifteen_events_a_working_day() {
    long workerDays = 0;
    for (Persona p : workforce.personas())
      for (int d = Math.max(0, p.hireDay + 1); d < 90; d++)
        if (FieldPopulation.START.plusDays(d).getDayOfWeek().getValue() <= 5) workerDays++;
    double perDay = lines.size() / (double) workerDays;
    assertThat(perDay).isBetween(10.0, 15.0);
  }

  @Test
  void every_scheme_is_planted_at_every_difficulty_with_its_count_and_fraud_is_eight_to_ten_percent() {
    Map<String, Long> counts = workforce.personas().stream().filter(p -> p.fraud)
        .collect(Collectors.groupingBy(p -> p.scheme + "/" + p.difficulty, TreeMap::new, Collectors.counting()));
    for (Map.Entry<String, int[]> e : Map.of("laptop_farm", new int[] {4, 4, 3}, "vpn_worker", new int[] {3, 3, 3},
        "payroll_diversion", new int[] {3, 2, 2}, "applicant_ring", new int[] {3, 3, 3}).entrySet())
      for (int d = 0; d < 3; d++)
        assertThat(counts.get(e.getKey() + "/" + Workforce.DIFFICULTIES.get(d))).as(e.getKey() + d).isEqualTo(e.getValue()[d]);
    long fraud = workforce.personas().stream().filter(p -> p.fraud).count();
    assertThat(fraud / 400.0).isBetween(0.08, 0.10);
    assertThat(workforce.hires()).hasSize(400).filteredOn(h -> !h.honest()).hasSize((int) fraud);
  }

  @Test
  void every_look_alike_is_planted_with_its_count_and_plain_honest_workers_are_the_majority() {
    Map<String, Long> counts = workforce.personas().stream().filter(p -> !p.fraud)
        .collect(Collectors.groupingBy(p -> p.behaviour, Collectors.counting()));
    int honest = (int) workforce.personas().stream().filter(p -> !p.fraud).count();
    assertThat(Workforce.LOOK_ALIKES).hasSizeGreaterThanOrEqualTo(15);
    for (Workforce.LookAlike l : Workforce.LOOK_ALIKES) {
      long want = Math.max(l.min(), Math.round(l.share() * honest));
      if ((l.name().equals("household_coworkers") || l.name().equals("coworking_shared")) && want % 2 == 1) want++;
      assertThat(counts.get(l.name())).as(l.name()).isEqualTo(want);
    }
    assertThat(counts.get("honest")).isGreaterThan(200);
  }

  @Test
  void honest_foreign_residents_outnumber_all_fraud_so_country_never_explains_it() {
    long foreign = workforce.personas().stream().filter(p -> !p.fraud && !p.declared.country().equals("US")).count();
    long fraud = workforce.personas().stream().filter(p -> p.fraud).count();
    Set<String> countries = workforce.personas().stream().map(p -> p.declared.country()).collect(Collectors.toSet());
    assertThat(foreign).isGreaterThan(fraud / 2).isGreaterThanOrEqualTo(20);
    assertThat(countries).contains("US", "CA", "GB", "PL", "IN", "PH", "BR", "MX");
  }

  @Test
  void every_worker_is_hired_by_its_own_application_and_some_are_hired_inside_the_window() {
    List<Hire> hires = workforce.hires();
    assertThat(hires.stream().map(Hire::applicationId).distinct()).hasSize(400);
    assertThat(hires.stream().map(Hire::phone)).allMatch(p -> p.matches("\\+[1-9][0-9]{7,14}"));
    assertThat(hires).allMatch(h -> h.applicationDay() < h.hireDay());
    assertThat(hires.stream().filter(h -> h.hireDay() > 0).count()).isBetween(15L, 60L);
    assertThat(hires.stream().filter(h -> "applicant_ring".equals(h.scheme())).map(Hire::crew).distinct()).hasSize(3);
  }

  @Test
  void every_written_line_is_contract_json_with_the_required_fields_of_its_type() {
    Set<String> ids = new HashSet<>();
    Map<String, Integer> types = new TreeMap<>();
    for (JsonNode n : lines) {
      String type = n.path("type").asText();
      types.merge(type, 1, Integer::sum);
      assertThat(ids.add(n.path("id").asText())).as("unique id").isTrue();
      assertThat(OffsetDateTime.parse(n.path("time").asText())).isNotNull();
      assertThat(byId).containsKey(n.path("subject").asText());
      switch (type) {
        case "worker" -> {
          assertThat(n.path("declared_location").path("city").isTextual()).isTrue();
          assertThat(n.path("application").asText()).startsWith("app-h");
          assertThat(n.path("email").asText()).endsWith("@" + Workforce.COMPANY);
          assertThat(n.path("laptop").path("ship_to").path("line1").isTextual()).isTrue();
          assertThat(n.path("payroll").path("account").isTextual()).isTrue();
        }
        case "auth" -> {
          assertThat(n.path("src_ip").asText()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
          assertThat(n.path("managed").isBoolean()).isTrue();
        }
        case "rtt" -> {
          assertThat(n.path("landmark").path("id").isTextual()).isTrue();
          assertThat(n.path("rtt_ms").isNumber()).isTrue();
          assertThat(n.path("method").asText()).isIn("tcp", "icmp", "app");
        }
        case "interaction" -> {
          assertThat(n.path("kind").asText()).isIn("typo_correction", "prompt_response", "dialog_response");
          assertThat(n.path("measured_at").asText()).isIn("endpoint", "server");
          if (n.path("measured_at").asText().equals("server")) assertThat(n.path("path_rtt_ms").isNumber()).isTrue();
        }
        case "keystrokes" -> {
          assertThat(n.path("source").asText()).isIn("browser", "endpoint", "ssh");
          assertThat(n.path("down_ms").size()).isGreaterThan(5);
          if (n.has("up_ms")) assertThat(n.path("up_ms").size()).isEqualTo(n.path("down_ms").size());
          for (int i = 1; i < n.path("down_ms").size(); i++)
            assertThat(n.path("down_ms").get(i).asDouble()).isGreaterThanOrEqualTo(n.path("down_ms").get(i - 1).asDouble());
        }
        case "inventory" -> {
          assertThat(n.path("serial").isTextual()).isTrue();
          assertThat(n.path("processes").isArray()).isTrue();
        }
        case "payroll" -> assertThat(n.path("method").asText()).isIn("ach", "wire", "check", "payment_platform", "crypto");
        case "activity" -> assertThat(n.path("utc_offset_min").isInt()).isTrue();
        default -> throw new AssertionError("type not in the contract: " + type);
      }
    }
    assertThat(types.keySet()).containsExactlyInAnyOrder("worker", "auth", "rtt", "interaction", "keystrokes", "inventory", "payroll", "activity");
  }

  @Test
  void no_round_trip_is_faster_than_light_to_the_host_that_answered_it() {
    assertThat(workforce.rttFloors).hasSizeGreaterThan(10_000);
    for (double[] r : workforce.rttFloors) assertThat(r[0]).isGreaterThanOrEqualTo(r[1]);
  }

  @Test
  void a_subtle_vpn_worker_answers_icmp_in_1_to_66_ms_but_tcp_and_app_in_about_200_to_310_at_the_declared_landmark() {
    List<Persona> subtle = workforce.personas().stream().filter(p -> "vpn_worker".equals(p.scheme) && "subtle".equals(p.difficulty)).toList();
    assertThat(subtle).hasSize(3);
    for (Persona p : subtle) {
      String landmark = NetworkPaths.nearest(p.declared.lat(), p.declared.lon()).id();
      List<Double> icmp = rtts(p, landmark, "icmp"), tcp = rtts(p, landmark, "tcp");
      tcp.addAll(rtts(p, landmark, "app"));
      assertThat(icmp).isNotEmpty().allMatch(x -> x >= 1 && x <= 66);
      tcp.sort(Double::compare);
      assertThat(tcp.get(tcp.size() / 2)).as(p.id).isBetween(170.0, 320.0);
    }
  }

  @Test
  void a_subtle_vpn_workers_commits_show_utc_plus_8_or_9_on_a_minority_of_days() {
    long eastDays = 0;
    for (Persona p : workforce.personas()) {
      if (!"vpn_worker".equals(p.scheme) || !"subtle".equals(p.difficulty)) continue;
      Map<String, Boolean> days = new HashMap<>();
      for (JsonNode n : lines)
        if (n.path("subject").asText().equals(p.id) && n.path("type").asText().equals("activity")) {
          String day = n.path("time").asText().substring(0, 10);
          days.merge(day, n.path("utc_offset_min").asInt() >= 480, Boolean::logicalOr);
        }
      long east = days.values().stream().filter(b -> b).count();
      assertThat(days).hasSizeGreaterThan(20);
      assertThat(east / (double) days.size()).as(p.id).isLessThan(0.5);
      eastDays += east;
    }
    assertThat(eastDays).isPositive();
  }

  @Test
  void remote_operation_adds_the_operators_round_trip_to_reactions_but_never_to_honest_ones() {
    List<Double> farm = reactions(p -> p.mode == Persona.Mode.FARM), honest = reactions(p -> p.behaviour.equals("honest"));
    assertThat(median(farm) - median(honest)).isBetween(150.0, 450.0);
    assertThat(honest.stream().filter(x -> x < 100).count()).isZero();
  }

  @Test
  void a_subtle_farm_shows_mesh_siblings_and_one_late_member_behind_corporate_egress_without_a_bssid() {
    List<Persona> subtle = workforce.personas().stream().filter(p -> p.mode == Persona.Mode.FARM && "subtle".equals(p.difficulty)).toList();
    Set<String> prefixes = subtle.stream().filter(p -> !p.corporateEgress).map(p -> p.bssid.substring(0, 15)).collect(Collectors.toSet());
    Set<String> bssids = subtle.stream().filter(p -> !p.corporateEgress).map(p -> p.bssid).collect(Collectors.toSet());
    assertThat(prefixes).hasSize(1);
    assertThat(bssids).hasSizeGreaterThan(1);
    Persona late = subtle.stream().filter(p -> p.corporateEgress).findFirst().orElseThrow();
    assertThat(late.hireDay).isPositive();
    List<JsonNode> inv = lines.stream().filter(n -> n.path("subject").asText().equals(late.id) && n.path("type").asText().equals("inventory")).toList();
    assertThat(inv).isNotEmpty().allMatch(n -> n.path("wifi_bssid").isNull())
        .allMatch(n -> List.of("52.20.0.", "13.56.0.").stream().anyMatch(n.path("public_ip").asText()::startsWith));
  }

  @Test
  void a_phone_on_mobile_data_signs_in_from_a_carrier_gateway_one_to_four_thousand_km_from_home() {
    List<Persona> mobile = workforce.personas().stream().filter(p -> p.behaviour.equals("mobile_data")).toList();
    assertThat(mobile).isNotEmpty();
    for (Persona p : mobile) {
      double km = Places.km(p.lat, p.lon, p.carrier.lat(), p.carrier.lon());
      assertThat(km).as(p.id).isBetween(1000.0, 4000.0);
    }
  }

  @Test
  void every_worker_has_a_label_whose_link_is_its_application() {
    for (Persona p : workforce.personas()) {
      Truth.Label l = p.label();
      assertThat(l.link()).isEqualTo(p.applicationId);
      assertThat(l.fraud() ? l.difficulty() : "none").isIn("obvious", "moderate", "subtle", "none");
      assertThat(l.behaviour()).isNotBlank();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_context_names_landmarks_corporate_egress_and_sanctioned_tools() {
    Map<String, Object> c = workforce.context();
    assertThat((List<?>) c.get("landmarks")).hasSizeGreaterThanOrEqualTo(7);
    assertThat((List<Object>) c.get("corporate_egress")).containsExactly("52.20.0.0/24", "13.56.0.0/24");
    assertThat((List<Object>) c.get("sanctioned_tools")).contains("TeamViewer");
  }

  @Test
  void a_remote_support_worker_runs_the_sanctioned_teamviewer_beside_an_idle_unsanctioned_anydesk() {
    List<Persona> support = workforce.personas().stream().filter(p -> p.behaviour.equals("remote_support_tool")).toList();
    assertThat(support).isNotEmpty();
    for (Persona p : support) {
      List<JsonNode> inv = of(p, "inventory");
      assertThat(inv).isNotEmpty().allMatch(n -> n.path("processes").toString().contains("TeamViewer Germany GmbH")
          && n.path("processes").toString().contains("philandro Software GmbH"));
    }
  }

  @Test
  void a_joint_account_is_held_by_the_worker_and_a_partner_of_the_same_surname() {
    List<Persona> joint = workforce.personas().stream().filter(p -> p.behaviour.equals("joint_account")).toList();
    assertThat(joint).isNotEmpty();
    for (Persona p : joint) {
      String holder = of(p, "worker").get(0).path("payroll").path("holder").asText();
      assertThat(holder).contains(" & ").contains(p.name.first()).endsWith(p.name.last());
    }
  }

  @Test
  void two_coworkers_of_one_household_share_the_router_and_the_public_address_and_both_type_at_home() {
    List<Persona> house = workforce.personas().stream().filter(p -> p.behaviour.equals("household_coworkers")).toList();
    assertThat(house).hasSizeGreaterThanOrEqualTo(2);
    Map<String, Long> byRouter = house.stream().collect(Collectors.groupingBy(p -> p.bssid + p.homeIp, Collectors.counting()));
    assertThat(byRouter.values()).allMatch(n -> n == 2);
    assertThat(house).allMatch(p -> p.mode == Persona.Mode.LOCAL);
  }

  @Test
  void a_relocated_worker_connects_from_the_new_city_weeks_before_hr_updates_the_roster() {
    List<Persona> moved = workforce.personas().stream().filter(p -> p.behaviour.equals("relocation_late_hr")).toList();
    assertThat(moved).isNotEmpty();
    for (Persona p : moved) {
      assertThat(p.hrDay - p.moveDay).isBetween(14, 28);
      List<JsonNode> roster = of(p, "worker");
      if (p.hrDay < 90) assertThat(roster).hasSize(2).last().satisfies(n ->
          assertThat(n.path("declared_location").path("city").asText()).isEqualTo(p.newCity.name()));
      String early = FieldPopulation.START.plusDays(p.moveDay + 1).toString(), late = FieldPopulation.START.plusDays(p.hrDay).toString();
      assertThat(of(p, "inventory")).filteredOn(n -> n.path("time").asText().compareTo(early) >= 0 && n.path("time").asText().compareTo(late) < 0)
          .allMatch(n -> n.path("public_ip").asText().equals(p.newIp) || p.away.size() > 0 || p.vpnDayShare > 0);
    }
  }

  private static List<JsonNode> of(Persona p, String type) {
    return lines.stream().filter(n -> n.path("subject").asText().equals(p.id) && n.path("type").asText().equals(type)).toList();
  }

  private static List<Double> rtts(Persona p, String landmark, String method) {
    List<Double> out = new ArrayList<>();
    for (JsonNode n : lines)
      if (n.path("subject").asText().equals(p.id) && n.path("type").asText().equals("rtt")
          && n.path("landmark").path("id").asText().equals(landmark) && n.path("method").asText().equals(method))
        out.add(n.path("rtt_ms").asDouble());
    return out;
  }

  private static List<Double> reactions(java.util.function.Predicate<Persona> who) {
    List<Double> out = new ArrayList<>();
    for (JsonNode n : lines)
      if (n.path("type").asText().equals("interaction") && n.path("measured_at").asText().equals("endpoint")
          && who.test(byId.get(n.path("subject").asText())))
        out.add(n.path("latency_ms").asDouble());
    assertThat(out).isNotEmpty();
    return out;
  }

  private static double median(List<Double> l) {
    List<Double> s = new ArrayList<>(l);
    s.sort(Double::compare);
    return s.get(s.size() / 2);
  }
}
