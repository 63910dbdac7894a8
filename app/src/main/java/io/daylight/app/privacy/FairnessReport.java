package io.daylight.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.DetectorSet;
import io.daylight.app.IntelOption;
import io.daylight.app.ReferenceData;
import io.daylight.app.context.ContextFile;
import io.daylight.app.scan.BatchScan;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.identity.ApplicationScreening;
import io.daylight.core.identity.PhoneIntel;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.demo.DemoOrganisation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * False-positive rates by declared country over the demo organisation's honest people (workers
 * without a scheme, applications without a fraud label in truth.json), written as
 * docs/privacy/fairness.md. Run: {@code java -cp <app classpath> io.daylight.app.privacy.FairnessReport docs/privacy/fairness.md}.
 * The labels are read only here, after the scan, as in the accuracy tests.
 */
public final class FairnessReport {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Truth labels of applications that are part of a scheme; every other application is honest. The
   * application that hired a scheme's worker carries the scheme's name: vpn_worker too, whose
   * hiring application now shares its hire's case (before, no case named it, and the list missed it).
   */
  private static final Set<String> FRAUD_LABELS =
      Set.of("applicant_ring", "ring_hire", "laptop_farm", "shared_payroll", "vpn_worker");

  private FairnessReport() {}

  /** Counts per declared country: honest people, those in a medium or high case, those in any case. */
  record Rate(int honest, int surfaced, int anyCase) {
    Rate plus(boolean surfacedNow, boolean anyNow) {
      return new Rate(honest + 1, surfaced + (surfacedNow ? 1 : 0), anyCase + (anyNow ? 1 : 0));
    }
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/privacy/fairness.md");
    Files.writeString(out, generate(new IntelOption().load()), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** Generates the default demo organisation in a temporary directory, scans it, and reports. */
  public static String generate(ReferenceData intel) throws IOException {
    Path dir = Files.createTempDirectory("daylight-fairness-");
    try {
      new DemoOrganisation(DemoOrganisation.DEFAULT_SEED).write(dir);
      return report(dir, intel);
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  static String report(Path dir, ReferenceData intel) throws IOException {
    BatchScan scan;
    try {
      scan = new BatchScan(DetectorSet.standard(ContextFile.load(dir.resolve("context.json")), intel),
          new Enricher(intel.places()), new CaseScorer(ScoringPolicy.DEFAULT));
    } catch (ContextFile.InvalidContextException e) {
      throw new IllegalStateException("the demo's own context file is invalid", e);
    }
    BatchScan.Result result = scan.run(List.of(dir.resolve("events.ndjson")), r -> {});
    Map<String, Level> levelByPerson = new HashMap<>();
    Map<String, Set<String>> surfacedBy = new HashMap<>();
    Map<String, Set<String>> lowBy = new HashMap<>();
    for (Case c : result.cases()) {
      Set<String> people = new HashSet<>(c.members());
      people.add(c.subject());
      for (String p : people) {
        levelByPerson.merge(p, c.level(), FairnessReport::max);
        Map<String, Set<String>> by = surfaced(c.level()) ? surfacedBy : lowBy;
        for (Case.Reason r : c.reasons()) by.computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(r.detector());
      }
    }
    Map<String, Map<String, Integer>> mechanisms = new TreeMap<>();
    Map<String, Map<String, Integer>> lowMechanisms = new TreeMap<>();
    JsonNode truth = JSON.readTree(dir.resolve("truth.json").toFile());
    Map<String, Rate> workers = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("subjects").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().get("scheme").isNull()) continue;
      String country = e.getValue().path("declared").path("country").asText("?");
      Level l = levelByPerson.get(e.getKey());
      workers.merge(country, new Rate(0, 0, 0).plus(surfaced(l), l != null), FairnessReport::add);
      List<String> planted = plantedAs(e.getValue());
      if (surfaced(l)) count(mechanisms, "worker", surfacedBy.get(e.getKey()), planted, country);
      else if (l != null) count(lowMechanisms, "worker", lowBy.get(e.getKey()), planted, country);
    }
    Set<String> fraudApps = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("applications").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (JsonNode label : e.getValue().get("labels")) if (FRAUD_LABELS.contains(label.asText())) fraudApps.add(e.getKey());
    }
    Map<String, Rate> applicants = new TreeMap<>();
    Map<String, int[]> typos = new TreeMap<>();
    java.util.SplittableRandom typist = new java.util.SplittableRandom(TYPO_SEED);
    try (var lines = Files.lines(dir.resolve("events.ndjson"), StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (!line.startsWith("{\"type\":\"application\"")) continue;
        JsonNode a = JSON.readTree(line);
        String id = a.get("id").asText();
        if (fraudApps.contains(id)) continue;
        String country = a.path("candidate").path("location").path("country").asText("?");
        Level l = levelByPerson.get(id);
        applicants.merge(country, new Rate(0, 0, 0).plus(surfaced(l), l != null), FairnessReport::add);
        mistype(intel.phones(), a.path("candidate").path("phone").asText(null), country, typist, typos);
        List<String> planted = plantedAs(truth.get("applications").path(id));
        if (surfaced(l)) count(mechanisms, "applicant", surfacedBy.get(id), planted, country);
        else if (l != null) count(lowMechanisms, "applicant", lowBy.get(id), planted, country);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(HEADER);
    md.append("\n## Honest workers by declared country\n\n");
    table(md, workers);
    md.append("\n## Honest applicants by declared country\n\n");
    table(md, applicants);
    md.append("\n## Why the honest people in medium/high cases are there\n\n");
    md.append("The detectors in the reasons of the cases that name them, and their declared countries.\n\n");
    mechanismTable(md, mechanisms);
    md.append("\n## Why the honest people in low cases are there\n\n");
    md.append("Low cases are not in the default queue and open no investigation, but an analyst can list them, so\n"
        + "their spread by country is reported too. Detectors in the reasons of the low cases that name them:\n\n");
    mechanismTable(md, lowMechanisms);
    md.append(TYPOS_INTRO);
    md.append("| declared country | honest numbers | invalid as typed | invalid after one mistyped digit | rate |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    typos.forEach((c, n) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f%% |%n", c, n[0], n[1], n[2],
        100.0 * n[2] / n[0])));
    md.append(typoReading(typos));
    md.append(NOTES);
    return md.toString();
  }

  /**
   * Counts, per declared country, honest numbers that the phone screening reads as invalid as they
   * were typed, and after one digit beyond the first three of the E.164 form (past any calling
   * code) is replaced by another: how the "not a valid number" signal would treat an honest typo.
   * Invalid is {@link ApplicationScreening#invalidNumber}, the screening's own rule.
   */
  private static void mistype(PhoneIntel phones, String raw, String country, java.util.SplittableRandom r,
                              Map<String, int[]> typos) {
    if (raw == null) return;
    int[] n = typos.computeIfAbsent(country, k -> new int[3]);
    n[0]++;
    var parsed = phones.parse(raw, country);
    if (ApplicationScreening.invalidNumber(parsed)) {
      n[1]++;
      return;
    }
    char[] e164 = parsed.get().e164().toCharArray();
    int at = 4 + r.nextInt(e164.length - 4); // e164[0] is '+'
    char was = e164[at];
    e164[at] = (char) ('0' + (was - '0' + 1 + r.nextInt(9)) % 10);
    if (ApplicationScreening.invalidNumber(phones.parse(new String(e164), country))) n[2]++;
  }

  /** The typo table in words: its range, and why a typo alone stays in the low band. */
  private static String typoReading(Map<String, int[]> typos) {
    String lo = null, hi = null;
    for (Map.Entry<String, int[]> e : typos.entrySet()) {
      if (lo == null || typoRate(e.getValue()) < typoRate(typos.get(lo))) lo = e.getKey();
      if (hi == null || typoRate(e.getValue()) > typoRate(typos.get(hi))) hi = e.getKey();
    }
    ScoringPolicy p = ScoringPolicy.DEFAULT;
    double needed = (p.mediumAt() / (1 - p.mediumAt())) / (p.prior() / (1 - p.prior()));
    return String.format(Locale.ROOT, """

        Here a typo turns invalid from %.1f %% (%s) to %.1f %% (%s) of the time. The phone findings of an
        application share one dependency group whose ratio is at most 3 (ApplicationScreening's policy
        assumptions), while under the default policy (prior %s, medium from a posterior of %s) a case
        needs a combined ratio of about %.0f to reach medium: a typo alone never leaves the low band.
        """, 100 * typoRate(typos.get(lo)), lo, 100 * typoRate(typos.get(hi)), hi, p.prior(), p.mediumAt(), needed);
  }

  private static double typoRate(int[] n) {
    return (double) n[2] / n[0];
  }

  /**
   * The benign behaviours the generator planted in this honest person (truth.json labels: a
   * traveller, a night owl, a consumer VPN), or "none": read after the scan, to explain it.
   */
  private static List<String> plantedAs(JsonNode truth) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode l : truth.path("labels")) if (!l.asText().startsWith("hire:")) out.add(l.asText());
    return out.isEmpty() ? List.of("none") : out;
  }

  private static void count(Map<String, Map<String, Integer>> into, String type, Set<String> detectors,
                            List<String> planted, String country) {
    into.computeIfAbsent(type + ": " + String.join(", ", detectors) + " | " + String.join(", ", planted),
        k -> new TreeMap<>()).merge(country, 1, Integer::sum);
  }

  private static void mechanismTable(StringBuilder md, Map<String, Map<String, Integer>> mechanisms) {
    md.append("| subject type: detectors in the case reasons | planted as (truth.json) | people by declared country |\n")
        .append("|---|---|---|\n");
    for (Map.Entry<String, Map<String, Integer>> e : mechanisms.entrySet()) {
      StringBuilder by = new StringBuilder();
      e.getValue().forEach((c, n) -> by.append(by.isEmpty() ? "" : ", ").append(c).append(' ').append(n));
      md.append("| ").append(e.getKey()).append(" | ").append(by).append(" |\n");
    }
  }

  private static boolean surfaced(Level l) {
    return l == Level.HIGH || l == Level.MEDIUM;
  }

  /** The more severe of two levels (Level lists HIGH first). */
  private static Level max(Level a, Level b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Rate add(Rate a, Rate b) {
    return new Rate(a.honest + b.honest, a.surfaced + b.surfaced, a.anyCase + b.anyCase);
  }

  private static void table(StringBuilder md, Map<String, Rate> rates) {
    md.append("| declared country | honest people | in a medium/high case | rate | 95% interval (Wilson) "
        + "| in any case (incl. low) | rate | 95% interval (Wilson) |\n");
    md.append("|---|---:|---:|---:|---|---:|---:|---|\n");
    Rate total = new Rate(0, 0, 0);
    for (Map.Entry<String, Rate> e : rates.entrySet()) {
      row(md, e.getKey(), e.getValue());
      total = add(total, e.getValue());
    }
    row(md, "**all**", total);
  }

  private static void row(StringBuilder md, String label, Rate r) {
    double[] ci = wilson(r.surfaced, r.honest);
    double[] any = wilson(r.anyCase, r.honest);
    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.1f–%.1f%% | %d | %.1f%% | %.1f–%.1f%% |%n", label,
        r.honest, r.surfaced, 100.0 * r.surfaced / r.honest, 100 * ci[0], 100 * ci[1], r.anyCase,
        100.0 * r.anyCase / r.honest, 100 * any[0], 100 * any[1]));
  }

  /** Wilson score interval, z = 1.96 (Wilson 1927; Brown, Cai & DasGupta 2001 recommend it for small n). */
  static double[] wilson(int k, int n) {
    double z = 1.96;
    double p = (double) k / n;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  private static final String HEADER = """
      # Fairness: false-positive rates by declared country

      GENERATED by `io.daylight.app.privacy.FairnessReport` from the seeded demo organisation
      (`DemoOrganisation.DEFAULT_SEED`, 300 workers, 3,000 applications, 90 days) scanned with the
      standard detector suite and default scoring; `FairnessReportTest` fails when this file is stale.
      Do not edit the tables by hand.

      "Honest" means: a worker without a scheme in truth.json (benign look-alikes such as travellers,
      corporate VPN users, agency contractors and night owls included), or an application without a
      fraud label (applicant ring, ring hire, laptop farm, shared payroll). A person counts as a false
      positive when a case at level medium or high names them (as subject or cluster member): that is
      what an analyst's queue shows by default. Low cases are listed for completeness.

      Declared country is the only grouping available: Daylight never receives nationality,
      ethnicity or language, and `ProtectedAttributesTest` proves that adding them, rewriting
      education and employer countries, or giving people names of another origin changes no finding
      and no case score.
      """;

  /** Fixed so the report is reproducible; any seed gives rates within a point or two. */
  private static final long TYPO_SEED = 20_261_203L;

  private static final String TYPOS_INTRO = """

      ## How the phone check would treat an honest typo

      The honest applicants' numbers above are all in service. A real applicant sometimes mistypes a
      digit, and whether the numbering plan then calls the number invalid depends on how densely the
      country's plan is allocated, not on the person. Each honest number with one digit (beyond the
      first three of its E.164 form) replaced by another, read by the same phone intel the screening
      uses:

      """;

  private static final String NOTES = """

      ## Reading the numbers, and what was done where rates differ

      - The groups are small (a few to a few dozen people per country), so the Wilson intervals are
        wide: a difference between two countries is only meaningful when their intervals do not overlap.
      - Declared country is not a protected attribute, but it correlates with national origin, so a
        detector whose false-positive rate depends on it would be indirect discrimination. The location
        detectors compare where a person says they are with where their traffic and timing show them to
        be; they weigh the mismatch, never the country itself. Their likelihood ratios are the same
        constants for every country (see the detectors' sources), so any difference in rates comes from
        the benign behaviour the generator plants (travel, corporate VPNs, remote support), not from the
        country.
      - Where rates differed we looked at who the surfaced honest people were rather than at the
        country. The first run of this report (before the fixes below) put 5 of 290 honest workers
        and 25 of 2,982 honest applicants in medium/high cases, from two mechanisms, neither of which
        reads country: (1) `identity.cv-reused-under-other-names` on a coding-bootcamp cohort whose
        members submitted the same template CV (placed in the US, so the US applicant count was the
        largest); (2) `identity.hired-worker-reappears`, spread over CA, DE, PL and US, from a
        neighbour taken for the same home and from hires re-applying with their own contacts. Both
        were fixed in the identity detectors for every country alike (a shared template around
        different employers is not a reused CV; a different house number is not the same home; a
        hire re-applying with the contacts that hired them is the same person back), each with a
        regression test; the tables above are the run after the fixes.
      - The first version of the low-case tables put honest applicants from GB (36 of 234), PH (14 of
        132), FR (10 of 110) and PL (3 of 157) in low cases through `screening.phone`, and nobody from
        the other countries (GB 12.8–22.4 % against US 1.8–3.3 % in any case: intervals apart). Each of
        them had a number the demo generator had drawn in a block its country's plan never allocated
        (the generator's mobile prefixes were coarser than the plans: 12 % of its UK draws, 7 % of its
        French and Philippine ones, 2 % of its Polish ones). The detector was right that those numbers
        are in no plan; the flaw was the model's, since an honest person's number is in service. The
        generator now keeps every number in an allocated block (`Phones` in the demo module) and those
        applicants are gone. What stays real is the typo, measured in the section above.
      - The honest people in low cases are the benign look-alikes the generator plants on purpose (the
        "planted as" column), in the countries where it put them. Behaviour that can go with origin,
        such as visiting family abroad or keeping a far-away team's hours, deserves the closest look.
        Travellers: `timezone.clock-offset` (ratio 25) used to put 4 of the 12 in low cases (BR, IN,
        PH, US), because their agents reported the OS time zone daily while abroad and weekly at home,
        so a nine-day trip outweighed two months at home; inventories are now counted by week and no
        traveller has a case. Night owls keep the working-hours finding (ratio 1.8, weak by design),
        which alone stays low (a case needs about 53 for medium, above).
      - No country-specific threshold or weight was introduced: that would itself make country a
        feature. The analyst review gate (only an analyst's decision with a reason confirms a case)
        and the worker-facing explanation apply unchanged.
      - To re-check after changing a detector: `mvn -pl app test -Dgroups=e2e -Dtest=FairnessReportTest`;
        to regenerate: run `FairnessReport` with the output path.
      """;
}
