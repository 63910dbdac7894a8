package io.daylight.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<Long, List<Applications.App>> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

  /** One generation per seed for the whole class (the machine is shared; tests only read it). */
  private static List<Applications.App> generate(long seed) {
    return GENERATED.computeIfAbsent(seed, s -> new Applications(new SplittableRandom(s), HireFixture.hires(), 3000, 90).generated());
  }

  private static String written(long seed, Path dir) throws IOException {
    Events events = new Events();
    Truth truth = new Truth("test", seed, FieldPopulation.START, 90);
    new Applications(new SplittableRandom(seed), HireFixture.hires(), 3000, 90).write(events, truth);
    Path f = dir.resolve("events.ndjson");
    events.write(f);
    truth.write(dir.resolve("truth.json"));
    return Files.readString(f) + Files.readString(dir.resolve("truth.json"));
  }

  private static List<JsonNode> lines(long seed, Path dir) throws IOException {
    Events events = new Events();
    Truth truth = new Truth("test", seed, FieldPopulation.START, 90);
    new Applications(new SplittableRandom(seed), HireFixture.hires(), 3000, 90).write(events, truth);
    Path f = dir.resolve("events-" + seed + ".ndjson");
    events.write(f);
    truth.write(dir.resolve("truth-" + seed + ".json"));
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(f)) out.add(JSON.readTree(l));
    return out;
  }

  @Test
  void the_same_seed_writes_the_same_applications_and_another_seed_does_not(@TempDir Path dir) throws IOException {
    String a = written(7, dir), b = written(7, dir), c = written(8, dir);
    assertThat(a.lines().filter(l -> l.startsWith("{\"type\":\"application\"")).count()).isEqualTo(3000);
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
    assertThat(a).contains("\"applicant_ring\"", "\"staffing_agency\"");
  }

  @Test
  void every_application_has_the_contracts_fields_and_an_e164_phone_valid_for_its_plan(@TempDir Path dir) throws IOException {
    List<JsonNode> all = lines(11, dir);
    assertThat(all).hasSize(3000);
    Set<String> ids = new HashSet<>();
    for (JsonNode e : all) {
      assertThat(e.get("type").asText()).isEqualTo("application");
      assertThat(ids.add(e.get("id").asText())).as("unique id").isTrue();
      assertThat(Instant.parse(e.get("time").asText())).isNotNull();
      for (String f : List.of("position", "ip", "user_agent", "device_id", "resume_text")) {
        assertThat(e.path(f).asText()).as(f + " of " + e.get("id")).isNotBlank();
      }
      assertThat(e.get("client_utc_offset_min").isInt()).isTrue();
      assertThat(e.get("education").isArray()).isTrue();
      assertThat(e.get("employers").isArray()).isTrue();
      assertThat(e.path("source").path("channel").asText()).isNotBlank();
      JsonNode c = e.get("candidate");
      assertThat(c.path("name").asText()).isNotBlank();
      assertThat(c.path("email").asText()).contains("@");
      assertThat(c.path("location").path("city").asText()).isNotBlank();
      assertThat(c.path("location").path("country").asText()).hasSize(2);
      assertThat(c.get("links").isArray()).isTrue();
      assertThat(e.get("ip").asText()).matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
      if (e.has("photo_phash")) assertThat(e.get("photo_phash").asText()).matches("[0-9a-f]{16}");
      if (c.has("birth_date")) assertThat(c.get("birth_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    List<Applications.App> apps = generate(11);
    List<Applications.App> plain = apps.stream().filter(a -> !a.fraud).toList();
    assertThat(plain).hasSizeGreaterThan(2500);
    for (Applications.App a : plain) {
      assertThat(a.phone).as(a.id).matches("\\+[1-9]\\d{7,14}");
      if (a.phone.startsWith("+1")) {
        // NANP: NPA and NXX begin 2-9; the exchange is neither N11 nor 555.
        assertThat(a.phone).as(a.id).matches("\\+1[2-9]\\d{2}[2-9]\\d{6}");
        String nxx = a.phone.substring(5, 8);
        assertThat(nxx).as(a.id).isNotEqualTo("555").doesNotEndWith("11");
      }
    }
  }

  @Test
  void every_class_of_fraud_and_look_alike_is_present_in_its_planned_numbers() {
    List<Applications.App> apps = generate(7);
    assertThat(apps).hasSize(3000);
    Map<String, Long> byClass = apps.stream().collect(Collectors.groupingBy(a -> a.behaviour, TreeMap::new, Collectors.counting()));
    Map<String, Long> fraudByDifficulty = apps.stream().filter(a -> a.fraud && a.behaviour.equals("applicant_ring"))
        .collect(Collectors.groupingBy(a -> a.difficulty, TreeMap::new, Collectors.counting()));
    System.out.println("classes: " + byClass + "; ring difficulty: " + fraudByDifficulty);
    assertThat(byClass).containsKeys("applicant_ring", "identity_reuse", "laptop_farm", "vpn_worker", "payroll_diversion",
        "staffing_agency", "reapplicant", "bootcamp_cohort", "career_centre", "family_household", "namesake",
        "consumer_vpn_applicant", "mobile_data_applicant", "typo_contact", "international_applicant", "honest");
    assertThat(fraudByDifficulty).containsKeys("obvious", "moderate", "subtle");
    assertThat(byClass.get("applicant_ring")).isBetween(5L * 10, 5L * 40);
    assertThat(byClass.get("identity_reuse")).isEqualTo(3L + 6 + 6);
    assertThat(byClass.get("staffing_agency")).isBetween(8L * 8, 8L * 15 + 10);
    assertThat(byClass.get("honest")).isGreaterThan(1000L);
    long fraud = apps.stream().filter(a -> a.fraud).count();
    assertThat(fraud).isBetween(100L, 300L);
    // Every application of a crew is fraud and carries its crew; the fraud labels all have a difficulty.
    assertThat(apps.stream().filter(a -> a.fraud)).allMatch(a -> a.difficulty != null
        && a.traits.stream().anyMatch(t -> t.startsWith("crew:")));
    assertThat(apps.stream().filter(a -> !a.fraud)).noneMatch(a -> a.traits.stream().anyMatch(t -> t.startsWith("crew:")));
  }

  @Test
  void each_hire_has_its_own_application_with_its_contacts_linked_to_the_worker() {
    List<Hire> hires = HireFixture.hires();
    List<Applications.App> apps = generate(7);
    for (Hire h : hires) {
      Applications.App a = apps.stream().filter(x -> x.id.equals(h.applicationId())).findFirst().orElseThrow();
      assertThat(a.name).isEqualTo(h.name());
      assertThat(a.email).isEqualTo(h.email());
      assertThat(a.phone).isEqualTo(h.phone());
      assertThat(a.loc.city()).isEqualTo(h.city());
      assertThat(a.links).isEqualTo(h.links());
      assertThat(a.link).isEqualTo(h.workerId());
      assertThat(a.fraud).isEqualTo(!h.honest());
      if (h.agency() != null) assertThat(a.agency).isEqualTo(h.agency());
      if ("applicant_ring".equals(h.scheme())) {
        long crew = apps.stream().filter(x -> x.traits.contains("crew:" + h.crew())).count();
        assertThat(crew).as("the ring around " + h.workerId()).isBetween(10L, 45L);
      }
    }
  }

  /** Word 3-shingles of lower-cased tokens: our own shingler, not a detector's. */
  static Set<String> shingles(String text) {
    String[] w = Arrays.stream(text.toLowerCase().split("[^a-z0-9%]+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 2 < w.length; i++) s.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    return s;
  }

  static double jaccard(String a, String b) {
    Set<String> x = shingles(a), y = shingles(b);
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return union.isEmpty() ? 0 : (double) inter.size() / union.size();
  }

  static double jaccard(Set<String> x, Set<String> y) {
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    int union = x.size() + y.size() - inter.size();
    return union == 0 ? 0 : (double) inter.size() / union;
  }

  private static double[] pairwise(List<Applications.App> group) {
    List<Set<String>> sets = group.stream().map(a -> shingles(a.resume)).toList();
    List<Double> js = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) js.add(jaccard(sets.get(i), sets.get(j)));
    }
    return js.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  @Test
  void a_subtle_rings_cvs_overlap_by_0_1_to_0_3_while_a_bootcamp_cohort_sits_near_0_4_and_strangers_near_0() {
    for (long seed : new long[] {7, 8, 9}) {
      List<Applications.App> apps = generate(seed);
      Map<String, List<Applications.App>> rings = apps.stream()
          .filter(a -> a.behaviour.equals("applicant_ring") && "subtle".equals(a.difficulty))
          .collect(Collectors.groupingBy(a -> crew(a), TreeMap::new, Collectors.toList()));
      assertThat(rings).isNotEmpty();
      for (List<Applications.App> ring : rings.values()) {
        // The hire's own application is the crew's too; its CV is the crew's template.
        double[] js = pairwise(ring);
        double median = js[js.length / 2];
        double inRange = Arrays.stream(js).filter(j -> j >= 0.1 && j <= 0.3).count() / (double) js.length;
        System.out.printf("seed %d subtle ring of %d: median %.3f, p10 %.3f, p90 %.3f, in 0.1-0.3 %.2f%n", seed,
            ring.size(), median, js[js.length / 10], js[js.length * 9 / 10], inRange);
        assertThat(median).isBetween(0.1, 0.3);
        assertThat(inRange).isGreaterThan(0.8);
      }
      Map<String, List<Applications.App>> cohorts = apps.stream().filter(a -> a.behaviour.equals("bootcamp_cohort"))
          .collect(Collectors.groupingBy(a -> a.traits.get(0), TreeMap::new, Collectors.toList()));
      assertThat(cohorts).hasSizeGreaterThanOrEqualTo(3);
      for (List<Applications.App> cohort : cohorts.values()) {
        assertThat(cohort).hasSizeGreaterThanOrEqualTo(8);
        double[] js = pairwise(cohort);
        double median = js[js.length / 2];
        System.out.printf("seed %d bootcamp cohort of %d: median %.3f%n", seed, cohort.size(), median);
        assertThat(median).isBetween(0.33, 0.5);
      }
      List<Applications.App> honest = apps.stream().filter(a -> a.behaviour.equals("honest")).limit(80).toList();
      double[] js = pairwise(honest);
      System.out.printf("seed %d honest strangers: median %.3f, p99 %.3f, max %.3f%n", seed, js[js.length / 2],
          js[js.length * 99 / 100], js[js.length - 1]);
      assertThat(js[js.length / 2]).isLessThan(0.05);
      assertThat(js[js.length * 99 / 100]).isLessThan(0.12);
    }
  }

  private static String crew(Applications.App a) {
    return a.traits.stream().filter(t -> t.startsWith("crew:")).findFirst().orElseThrow();
  }

  @Test
  void rings_apply_under_names_from_the_same_pool_honest_applicants_are_drawn_from() {
    Set<String> pool = Names.pool();
    Set<String> honestTokens = new HashSet<>();
    List<Applications.App> apps = generate(7);
    apps.stream().filter(a -> !a.fraud && a.loc.country().equals("US")).forEach(a -> honestTokens.addAll(tokens(a.parts)));
    List<Applications.App> ring = apps.stream().filter(a -> a.behaviour.equals("applicant_ring") && a.link == null).toList();
    assertThat(ring).hasSizeGreaterThan(30);
    int seenInHonest = 0, all = 0;
    for (Applications.App a : ring) {
      for (String t : tokens(a.parts)) {
        assertThat(pool).as("ring name part " + t).contains(t);
        all++;
        if (honestTokens.contains(t)) seenInHonest++;
      }
    }
    // The same distribution: nearly every ring name part also turns up among honest US applicants.
    assertThat(seenInHonest / (double) all).isGreaterThan(0.97);
  }

  private static List<String> tokens(Names.Name n) {
    return List.of(n.first(), n.last());
  }

  @Test
  void honest_browsers_report_the_offset_of_the_place_they_are_in() {
    List<Applications.App> apps = generate(7);
    Predicate<Applications.App> plain = a -> List.of("honest", "mobile_data_applicant", "international_applicant",
        "namesake", "reapplicant", "typo_contact").contains(a.behaviour) && a.link == null;
    List<Applications.App> checked = apps.stream().filter(plain).toList();
    assertThat(checked).hasSizeGreaterThan(1500);
    for (Applications.App a : checked) {
      int expected = ZoneId.of(a.loc.zone()).getRules().getOffset(a.time).getTotalSeconds() / 60;
      assertThat(a.offset == null ? expected : a.offset).as(a.id).isEqualTo(expected);
    }
    // Offshore agency offices and crews show UTC+5:30/+8/+9 on some filings.
    assertThat(apps.stream().filter(a -> a.fraud && a.offset != null && a.offset >= 480)).isNotEmpty();
  }

  @Test
  void three_thousand_applications_are_exactly_three_thousand_events() {
    // Speed is the accuracy command's to report (daylight accuracy prints each population's time), not a unit test's.
    Events events = new Events();
    new Applications(new SplittableRandom(3), HireFixture.hires(), 3000, 90)
        .write(events, new Truth("test", 3, FieldPopulation.START, 90));
    assertThat(events.size()).isEqualTo(3000);
  }

  private static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }

  private static String subnet(String ip) {
    return ip.substring(0, ip.lastIndexOf('.'));
  }

  @Test
  void rings_share_one_device_and_phone_when_obvious_and_only_a_rented_24_and_an_email_pattern_when_subtle() {
    List<Applications.App> apps = generate(7);
    Map<String, List<Applications.App>> rings = apps.stream().filter(a -> a.behaviour.equals("applicant_ring"))
        .collect(Collectors.groupingBy(ApplicationsTest::crew, TreeMap::new, Collectors.toList()));
    assertThat(rings.values().stream().map(g -> g.get(0).difficulty).distinct()).contains("obvious", "moderate", "subtle");
    for (List<Applications.App> ring : rings.values()) {
      Set<String> devices = ring.stream().map(a -> a.device).collect(Collectors.toSet());
      Set<String> phones = ring.stream().map(a -> digits(a.phone)).collect(Collectors.toSet());
      Set<String> nets = ring.stream().map(a -> subnet(a.ip)).collect(Collectors.toSet());
      switch (ring.get(0).difficulty) {
        case "obvious" -> {
          assertThat(devices).hasSize(1);
          assertThat(phones).hasSize(1);
          assertThat(ring.stream().map(a -> a.resume.substring(a.resume.indexOf('\n'))).distinct()).hasSize(1);
        }
        case "moderate" -> {
          assertThat(devices).hasSize(3);
          assertThat(phones.size()).isLessThan(ring.size() * 4 / 5);
          Map<String, Long> uses = ring.stream().collect(Collectors.groupingBy(a -> digits(a.phone), Collectors.counting()));
          assertThat(uses.values().stream().mapToLong(Long::longValue).max().getAsLong()).isGreaterThanOrEqualTo(3);
        }
        default -> {
          assertThat(devices).hasSize(ring.size());
          assertThat(phones).hasSize(ring.size());
          assertThat(nets).hasSize(1);
          assertThat(ring.stream().filter(a -> a.link == null))
              .allMatch(a -> a.email.matches("[a-z0-9]+\\.[a-z0-9]+\\.(dev|eng|codes|tech)\\d{2}@(gmail|outlook)\\.com"));
          long operator = ring.stream().filter(a -> a.traits.contains("operator_offset")).count();
          assertThat(operator).isBetween(1L, (long) ring.size() / 2);
        }
      }
    }
  }

  @Test
  void a_borrowed_identity_carries_an_employees_name_and_phone_with_a_new_email_in_another_state() {
    List<Hire> hires = HireFixture.hires();
    List<Applications.App> borrowed = generate(7).stream().filter(a -> a.traits.stream().anyMatch(t -> t.startsWith("borrowed_identity_of:"))).toList();
    assertThat(borrowed).hasSize(3);
    for (Applications.App a : borrowed) {
      String worker = a.traits.stream().filter(t -> t.startsWith("borrowed_identity_of:")).findFirst().orElseThrow().substring(21);
      Hire h = hires.stream().filter(x -> x.workerId().equals(worker)).findFirst().orElseThrow();
      assertThat(a.fraud).isTrue();
      assertThat(h.honest()).isTrue();
      assertThat(digits(a.phone)).isEqualTo(digits(h.phone()));
      assertThat(a.name.split(" ")[1]).isEqualTo(h.name().split(" ")[h.name().split(" ").length - 1]);
      assertThat(a.email).isNotEqualTo(h.email());
      assertThat(a.loc.region()).isNotEqualTo(h.region());
      assertThat(a.link).isNull();
    }
  }

  @Test
  void two_names_list_one_github_profile_in_each_shared_github_case() {
    Map<String, List<Applications.App>> cases = generate(7).stream().filter(a -> a.traits.contains("shared_github") && a.behaviour.equals("identity_reuse"))
        .collect(Collectors.groupingBy(ApplicationsTest::crew));
    assertThat(cases).hasSize(3);
    for (List<Applications.App> pair : cases.values()) {
      assertThat(pair).hasSize(2);
      assertThat(pair.get(0).name).isNotEqualTo(pair.get(1).name);
      String a = pair.get(0).links.get(0).toLowerCase().replaceAll("/$", "");
      String b = pair.get(1).links.get(0).toLowerCase().replaceAll("/$", "");
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void an_agency_batch_is_one_office_machine_filing_people_with_their_own_contacts_and_some_are_hired() {
    List<Applications.App> apps = generate(7);
    Map<String, List<Applications.App>> batches = apps.stream().filter(a -> a.traits.contains("agency_batch"))
        .collect(Collectors.groupingBy(a -> a.device, TreeMap::new, Collectors.toList()));
    assertThat(batches).hasSize(8);
    int hired = 0;
    for (List<Applications.App> batch : batches.values()) {
      assertThat(batch).hasSizeBetween(8, 15);
      assertThat(batch).allMatch(a -> a.channel.equals("agency") && a.agency.equals(batch.get(0).agency));
      assertThat(batch.stream().map(a -> a.phone).distinct()).hasSize(batch.size());
      assertThat(batch.stream().map(a -> a.email).distinct()).hasSize(batch.size());
      assertThat(batch.stream().map(a -> subnet(a.ip)).distinct()).hasSize(1);
      long span = batch.stream().mapToLong(a -> a.time.getEpochSecond()).max().getAsLong()
          - batch.stream().mapToLong(a -> a.time.getEpochSecond()).min().getAsLong();
      assertThat(span).isLessThan(6 * 86400L);
      hired += (int) batch.stream().filter(a -> a.link != null).count();
      assertThat(batch.stream().filter(a -> a.link == null)).allMatch(a -> !a.fraud && a.behaviour.equals("staffing_agency"));
    }
    assertThat(hired).isGreaterThanOrEqualTo(4);
    assertThat(apps.stream().filter(a -> a.traits.contains("offshore_office"))).isNotEmpty();
  }

  @Test
  void honest_neighbours_rarely_share_a_24_so_a_shared_24_stays_a_signal() {
    Map<String, Long> per24 = generate(7).stream().filter(a -> a.behaviour.equals("honest"))
        .collect(Collectors.groupingBy(a -> subnet(a.ip), Collectors.counting()));
    long honest = per24.values().stream().mapToLong(Long::longValue).sum();
    assertThat(honest).isGreaterThan(1500);
    long crowded = per24.values().stream().filter(n -> n >= 3).count();
    System.out.println("honest applications: " + honest + " in " + per24.size() + " /24s; /24s with 3+: " + crowded
        + "; max " + per24.values().stream().mapToLong(Long::longValue).max().getAsLong());
    assertThat(per24.values().stream().mapToLong(Long::longValue).max().getAsLong()).isLessThanOrEqualTo(4);
  }
}
