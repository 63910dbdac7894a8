package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.app.DetectorSet;
import io.daylight.app.ReferenceData;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.store.RetentionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WorkerExplanationTest {
  private static final String ME = "w-1042";
  /** Never said to a worker: Daylight does not weigh these, so naming them would mislead and could discriminate. */
  private static final Pattern PROTECTED = Pattern.compile("(?i)(nationality|ethnic|accent|origin|language)");

  /**
   * Findings that reach every variant of every topic: for each detector id, one finding per evidence
   * name or group its template tells apart (the ids and names below are the ones the detectors write).
   */
  private static final Map<String, List<List<String>>> VARIANTS = Map.ofEntries(
      Map.entry("farm.shared-location", List.of(List.of("shared_attribute=ip:198.51.100.23", "group_size=4"),
          List.of("shared_attribute=bssid:a4:2b:b0:11:22:33", "group_size=3"),
          List.of("shared_attribute=addr:12 palm st|85004|us", "group_size=2"))),
      Map.entry("payroll.shared-account", List.of(List.of("account_fingerprint=acct-3f9e2c", "workers_on_account=3"))),
      Map.entry("payroll.destination", List.of(
          List.of("group:payroll-holder", "holder_matches_roster_name=no", "account=acct-77aa01"),
          List.of("group:payroll-holder", "worker_name=Jonathan Miller", "holder=Kim Ri"),
          List.of("group:payroll-destination", "method=crypto"),
          List.of("group:payroll-destination", "bank_country=CN", "declared_country=US"),
          List.of("group:payroll-churn", "changes_in_window=4"))),
      Map.entry("location.endpoint-place", List.of(List.of("violation_days=3"), List.of("implausible_days=5"))),
      Map.entry("location.relay-gap", List.of(List.of("app_minus_network_rtt_ms=140"))),
      Map.entry("location.operator-distance", List.of(List.of("delta_ms=164"))),
      Map.entry("location.operator-shift", List.of(List.of("shift_ms=120"))),
      Map.entry("remote.input-timing", List.of(List.of("coalesced_batches=12"), List.of("locked_batches=9"),
          List.of("constant_hold_batches=7"), List.of("window_bunched_rate=0.4"))),
      Map.entry("timezone.clock-offset", List.of(List.of("observed_offset_min=540"), List.of("application_offset_min=480"),
          List.of("best_fit_offset_h=9"))),
      Map.entry("signin.far-from-declared", List.of(List.of("far_days=6"))),
      Map.entry("signin.anonymiser", List.of(List.of("anonymised_days=5"))),
      Map.entry("signin.impossible-travel", List.of(List.of("pairs=x"))),
      Map.entry("signin.unmanaged-device", List.of(List.of("managed=false"), List.of("unmanaged_devices=4"))),
      Map.entry("endpoint.remote-access-tool", List.of(List.of("tool=AnyDesk (remote-access)"), List.of("tools=AnyDesk, RustDesk"))),
      Map.entry("endpoint.vpn-client", List.of(List.of("vpn_client=Astrill VPN"))),
      Map.entry("endpoint.input-hardware", List.of(List.of("hardware=PiKVM (ip-kvm)"), List.of("group:endpoint-presence-faking"))),
      Map.entry("endpoint.not-issued-laptop", List.of(List.of("reported_serial=X1"))),
      Map.entry("endpoint.laptop-ship-to", List.of(List.of("ship_to=77 Desert Rd"))));

  private static Finding finding(String detector, String subject, List<String> evidence, List<String> members) {
    List<Evidence> ev = new ArrayList<>();
    String group = detector;
    for (String e : evidence) {
      if (e.startsWith("group:")) {
        group = e.substring("group:".length());
        continue;
      }
      String[] kv = e.split("=", 2);
      // Reference and source as the detectors write them: thresholds the worker must never see.
      ev.add(new Evidence(kv[0], kv[1], null, "≥ 3 (threshold)", "DetectorPolicy"));
    }
    return new Finding(detector + "|" + subject + "|" + evidence, detector, subject, SubjectKind.WORKER, 1_700_000_000_000L,
        "Title naming " + String.join(", ", members), "Explanation naming " + String.join(", ", members)
            + " with likelihood ratio 31.6 and threshold ≥ 3", 31.6, group, ev, List.of("e-1"), members);
  }

  private static List<Finding> everyVariant(String subject) {
    List<Finding> all = new ArrayList<>();
    VARIANTS.forEach((d, vs) -> vs.forEach(v -> all.add(finding(d, subject, v, List.of(subject)))));
    return all;
  }

  private static WorkerExplanation explain(List<Finding> findings) {
    return WorkerExplanation.of(ME, findings, f -> false, RetentionPolicy.DEFAULT, null);
  }

  @Test
  void every_detector_of_the_standard_set_has_a_worker_sentence_or_a_stated_reason_it_is_never_told_to_a_worker() {
    List<Detector<?>> detectors = DetectorSet.standard(DeploymentContext.EMPTY, ReferenceData.none());
    List<String> missing = new ArrayList<>();
    for (Detector<?> d : detectors) {
      boolean told = WorkerObservations.topic(d.name()).isPresent();
      boolean excluded = WorkerObservations.notToldBecause(d.name()).isPresent();
      if (told == excluded) missing.add(d.name() + (told ? " (both told and excluded)" : ""));
    }
    assertThat(missing).as("detectors without a worker-facing sentence in WorkerObservations").isEmpty();
    assertThat(detectors).hasSizeGreaterThan(20);
  }

  @Test
  void each_topic_lists_exactly_the_data_its_detector_reads() {
    for (Detector<?> d : DetectorSet.standard(DeploymentContext.EMPTY, ReferenceData.none())) {
      WorkerObservations.topic(d.name()).ifPresent(t ->
          assertThat(t.data()).as("data of %s", d.name()).isEqualTo(d.consumes()));
    }
  }

  @Test
  void every_told_detector_id_is_one_the_standard_set_runs_and_every_variant_has_its_own_sentence() {
    Set<String> names = new HashSet<>();
    DetectorSet.standard(DeploymentContext.EMPTY, ReferenceData.none()).forEach(d -> names.add(d.name()));
    assertThat(names).containsAll(WorkerObservations.detectors());
    assertThat(VARIANTS.keySet()).containsExactlyInAnyOrderElementsOf(WorkerObservations.detectors());
    VARIANTS.forEach((d, vs) -> {
      Set<String> sentences = new HashSet<>();
      for (List<String> v : vs) sentences.add(WorkerObservations.topic(d).orElseThrow().sentence().apply(finding(d, ME, v, List.of(ME))));
      // The two holder findings (with and without names in the evidence) say one thing.
      assertThat(sentences).as("variants of %s", d).hasSize(d.equals("payroll.destination") ? vs.size() - 1 : vs.size());
    });
  }

  @Test
  void a_laptop_farm_finding_names_no_other_member_and_says_only_how_many_there_are() {
    List<String> members = List.of("w-2001", ME, "w-2002", "w-2003");
    Finding farm = finding("farm.shared-location", ME, List.of("shared_attribute=ip:198.51.100.23", "group_size=4"), members);
    Finding pay = finding("payroll.shared-account", ME, List.of("account_fingerprint=acct-3f9e2c", "workers_on_account=4"), members);
    WorkerExplanation e = explain(List.of(farm, pay));
    String all = e.text() + e.toJson();
    assertThat(e.text()).contains("the devices issued to 3 other workers", "pay destination of 3 other workers");
    for (String other : List.of("w-2001", "w-2002", "w-2003", "198.51.100.23", "acct-3f9e2c", "Title naming", "Explanation naming")) {
      assertThat(all).doesNotContain(other);
    }
  }

  @Test
  void a_group_reported_again_as_it_grows_is_told_once_at_its_largest_size() {
    List<String> five = List.of(ME, "w-2001", "w-2002", "w-2003", "w-2004");
    List<Finding> growing = new ArrayList<>();
    for (int n = 3; n <= 5; n++) {
      String ip = n == 5 ? "ip:198.51.100.24" : "ip:198.51.100.23";
      growing.add(finding("farm.shared-location", ME, List.of("shared_attribute=" + ip, "group_size=" + n), five.subList(0, n)));
    }
    growing.add(finding("farm.shared-location", ME, List.of("shared_attribute=bssid:a4:2b:b0:11:22:33", "group_size=3"),
        five.subList(0, 3)));
    String t = explain(growing).text();
    assertThat(t).contains("home internet connection as the devices issued to 4 other workers",
        "Wi-Fi network as the devices issued to 2 other workers");
    assertThat(t).doesNotContain("3 other workers").containsOnlyOnce("home internet connection");
  }

  @Test
  void findings_about_anyone_else_are_never_used_even_when_handed_in() {
    Finding mine = finding("signin.impossible-travel", ME, List.of("pairs=x"), List.of(ME));
    Finding theirs = finding("endpoint.input-hardware", "w-2001", List.of("hardware=PiKVM (ip-kvm)"), List.of("w-2001"));
    Finding cluster = new Finding("c", "identity.many-names-one-identifier", ME, SubjectKind.APPLICANT, 1L, "t", "x", 5,
        null, List.of(), List.of(), List.of(ME, "app-1"));
    WorkerExplanation e = explain(List.of(mine, theirs, cluster));
    assertThat(e.observations()).extracting(WorkerExplanation.Observation::detector).containsExactly("signin.impossible-travel");
  }

  @Test
  void the_text_says_a_person_decides_how_to_respond_and_contest_and_names_the_configured_retention() {
    RetentionPolicy p = new RetentionPolicy(Duration.ofDays(45), Duration.ofDays(30), Duration.ofDays(730),
        Duration.ofDays(120), Duration.ofDays(6 * 365));
    WorkerExplanation e = WorkerExplanation.of(ME, everyVariant(ME), f -> false, p, "privacy@corp.example");
    String t = e.text();
    assertThat(t).contains("No decision about you has been made automatically", "An analyst", "reviews every case",
        "Art. 22");
    assertThat(t).contains("contest", "copy of the data held about you (GDPR Art. 15)", "travel", "approved",
        "shared home", "Contact: privacy@corp.example.");
    assertThat(t).contains("kept for 45 days", "observations for 2 years", "deleted 120 days after the decision",
        "kept for 6 years");
    assertThat(WorkerExplanation.of(ME, List.of(), f -> false, p, " ").text())
        .contains("Contact: " + WorkerExplanation.DEFAULT_CONTACT + ".");
  }

  @Test
  void the_data_used_is_named_for_the_observations_made_and_typing_content_is_never_claimed() {
    WorkerExplanation e = explain(List.of(finding("remote.input-timing", ME, List.of("coalesced_batches=12"), List.of(ME))));
    assertThat(e.dataUsed()).containsExactly(
        "the timing of typing and pointer movement (never which keys, never what you type)");
    assertThat(e.text()).contains("what you type are never recorded");
  }

  @Test
  void suppressed_findings_are_left_out() {
    Finding benign = finding("endpoint.remote-access-tool", ME, List.of("tool=AnyDesk (remote-access)"), List.of(ME));
    Finding open = finding("signin.anonymiser", ME, List.of("anonymised_days=5"), List.of(ME));
    WorkerExplanation e = WorkerExplanation.of(ME, List.of(benign, open), f -> f == benign, RetentionPolicy.DEFAULT, null);
    assertThat(e.observations()).extracting(WorkerExplanation.Observation::detector).containsExactly("signin.anonymiser");
    assertThat(e.text()).doesNotContain("Remote-access software").doesNotContain("remote-access programs");
    assertThat(e.dataUsed()).noneMatch(d -> d.contains("inventory"));

    WorkerExplanation none = WorkerExplanation.of(ME, List.of(benign), f -> true, RetentionPolicy.DEFAULT, null);
    assertThat(none.observations()).isEmpty();
    assertThat(none.text()).contains("No observation about you is currently open").doesNotContain("What was observed");
  }

  @Test
  void no_variant_mentions_nationality_ethnicity_accent_origin_or_language() {
    WorkerExplanation e = explain(everyVariant(ME));
    assertThat(e.observations()).hasSize(VARIANTS.size());
    assertThat(PROTECTED.matcher(e.text()).find()).as(e.text()).isFalse();
    assertThat(PROTECTED.matcher(e.toJson().toString()).find()).isFalse();
  }

  @Test
  void no_threshold_likelihood_ratio_score_or_evidence_value_reaches_the_worker() {
    String t = explain(everyVariant(ME)).text();
    assertThat(t).doesNotContain("≥", "31.6", "threshold", "likelihood", "ratio", "score", "DetectorPolicy",
        "AnyDesk", "PiKVM", "Kim Ri", "Jonathan", "CN", "acct-", "77 Desert");
  }

  @Test
  void a_detector_without_a_sentence_is_told_as_an_unnamed_observation_not_with_its_analyst_text() {
    Finding unknown = finding("future.detector", ME, List.of("x=1"), List.of(ME));
    WorkerExplanation e = explain(List.of(unknown));
    assertThat(e.observations()).extracting(WorkerExplanation.Observation::heading).containsExactly("Other observations");
    assertThat(e.text()).doesNotContain("Explanation naming").doesNotContain("Title naming");
  }

  @Test
  void periods_read_as_days_or_whole_years() {
    assertThat(WorkerExplanation.period(Duration.ofDays(90))).isEqualTo("90 days");
    assertThat(WorkerExplanation.period(Duration.ofDays(365))).isEqualTo("1 year");
    assertThat(WorkerExplanation.period(Duration.ofDays(2190))).isEqualTo("6 years");
    assertThat(WorkerExplanation.period(Duration.ofDays(400))).isEqualTo("400 days");
  }
}
