package io.daylight.core.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Worker;
import io.daylight.core.identity.ClusterSignals;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Item 7 of issue 15: one person, one case history, from application to payroll. */
class CaseBookTest {
  static final CaseScorer SCORER = new CaseScorer(ScoringPolicy.DEFAULT);
  static final List<String> RING = List.of("app-1", "app-2", "app-3", "app-4", "app-5", "app-6", "app-7", "app-8");

  static Finding finding(String uid, String subject, SubjectKind kind, long time, double lr, String group,
                         List<String> members) {
    // A cluster of several applications is the identity linker's (the kind that joins a hire).
    String detector = kind == SubjectKind.APPLICANT && members.size() > 1 ? ClusterSignals.MANY_NAMES : "test." + group;
    return new Finding(uid, detector, subject, kind, time, "title of " + uid, "explanation of " + uid, lr, group,
        List.of(), List.of(), members);
  }

  /** A ring cluster on its own: 8 applications, evidence of likelihood ratio 30 (a low case alone). */
  static Finding ringFinding() {
    return finding("ring-many-names", "ring-app-1", SubjectKind.APPLICANT, 100, 30, "identity-ring", RING);
  }

  /** A farm member's post-hire evidence, likelihood ratio 50 (a low case alone). */
  static Finding farm(String worker) {
    return finding("farm-" + worker, worker, SubjectKind.WORKER, 500, 50, "farm", List.of(worker, "w-peer"));
  }

  static Worker hire(String worker, String application) {
    return new Worker("evt-" + worker, 200, worker, "Name " + worker, worker + "@corp.example", null, null,
        "America/Phoenix", "2026-01-15", application, null, null, null, null);
  }

  static CaseBook book(List<Finding> findings, List<Worker> roster) {
    CaseBook b = new CaseBook(SCORER);
    roster.forEach(b::addWorker);
    b.addAll(findings);
    return b;
  }

  @Test
  void a_ring_application_cluster_and_its_hired_workers_farm_findings_are_one_high_case_that_lists_both_sides() {
    assertThat(SCORER.score(List.of(ringFinding(), farm("w-9")))).extracting(Case::level)
        .as("each side alone").containsOnly(Level.LOW);

    List<Case> cases = book(List.of(ringFinding(), farm("w-9")), List.of(hire("w-9", "app-3"))).cases();

    assertThat(cases).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("w-9");
      assertThat(c.kind()).isEqualTo(SubjectKind.WORKER);
      assertThat(c.level()).isEqualTo(Level.HIGH);
      assertThat(c.findings()).containsExactly("ring-many-names", "farm-w-9");
      assertThat(c.members()).containsAll(RING).contains("w-9", "w-peer");
      assertThat(c.summary()).contains(
          "The evidence spans hiring (applicant cluster ring-app-1; application app-3 hired this worker) and employment.");
    });
  }

  @Test
  void a_rings_evidence_reaches_the_worker_it_produced_even_before_any_post_hire_finding() {
    List<Case> cases = book(List.of(ringFinding()), List.of(hire("w-9", "app-3"))).cases();
    assertThat(cases).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("w-9");
      assertThat(c.kind()).isEqualTo(SubjectKind.WORKER);
      assertThat(c.findings()).containsExactly("ring-many-names");
      assertThat(c.summary()).contains("comes from hiring", "none yet from employment");
    });
  }

  @Test
  void a_worker_whose_application_cluster_is_clean_keeps_the_case_it_had_and_the_ring_keeps_its_own() {
    Finding own = farm("w-1");
    List<Case> cases = book(List.of(ringFinding(), own), List.of(hire("w-1", "app-50"))).cases();
    assertThat(cases).containsExactlyInAnyOrder(SCORER.scoreOne(List.of(own)), SCORER.scoreOne(List.of(ringFinding())));
    assertThat(cases).containsExactlyElementsOf(SCORER.score(List.of(ringFinding(), own)));
  }

  @Test
  void an_honest_re_applicant_joins_the_cluster_of_their_own_applications_and_never_a_strangers_ring() {
    Finding reapplied = finding("reapplied", "ring-app-20", SubjectKind.APPLICANT, 100, 2, "identity-velocity",
        List.of("app-20", "app-21"));
    Finding stranger = ringFinding();
    List<Case> cases = book(List.of(reapplied, stranger, farm("w-2")), List.of(hire("w-2", "app-21"))).cases();

    assertThat(cases).hasSize(2);
    Case worker = cases.stream().filter(c -> c.kind() == SubjectKind.WORKER).findFirst().orElseThrow();
    assertThat(worker.subject()).isEqualTo("w-2");
    assertThat(worker.findings()).containsExactly("reapplied", "farm-w-2");
    assertThat(worker.members()).doesNotContainAnyElementsOf(RING);
    assertThat(cases).contains(SCORER.scoreOne(List.of(stranger)));
  }

  @Test
  void a_hire_whose_identity_reappears_in_a_strangers_application_is_the_victim_and_the_evidence_stays_with_the_new_application() {
    Finding reappears = new Finding("reappears", ClusterSignals.REAPPEARS, "ring-app-3", SubjectKind.APPLICANT, 300,
        "Hired worker w-9's identity reappears in application app-77", "e", 1280, "identity-ring", List.of(), List.of(),
        List.of("app-3", "app-77", "w-9"));
    Finding workerOwn = finding("own-w-9", "w-9", SubjectKind.WORKER, 400, 5, "unmanaged", List.of());

    List<Case> cases = book(List.of(reappears, workerOwn), List.of(hire("w-9", "app-3"))).cases();

    Case worker = cases.stream().filter(c -> c.subject().equals("w-9")).findFirst().orElseThrow();
    assertThat(worker.findings()).containsExactly("own-w-9");
    assertThat(worker.level()).isEqualTo(Level.LOW);
    Case borrower = cases.stream().filter(c -> c.findings().contains("reappears")).findFirst().orElseThrow();
    assertThat(borrower.subject()).isNotEqualTo("w-9");
    assertThat(borrower.members()).contains("app-77");
  }

  @Test
  void applications_that_only_share_a_network_are_strangers_and_join_no_hire() {
    Finding burst = new Finding("burst", "identity.anonymised-network-burst", "net-AS64500", SubjectKind.APPLICANT, 100,
        "5 applications from one VPN network in 7 days", "e", 5, "application-network", List.of(), List.of(),
        List.of("app-3", "app-90", "app-91"));
    Finding strangerScreening = finding("screen-90", "app-90", SubjectKind.APPLICANT, 100, 2, "screening", List.of());
    Finding ownScreening = finding("screen-3", "app-3", SubjectKind.APPLICANT, 100, 3, "screening", List.of());
    List<Case> cases = book(List.of(burst, strangerScreening, ownScreening, farm("w-9")), List.of(hire("w-9", "app-3")))
        .cases();
    assertThat(cases).extracting(Case::subject).containsExactlyInAnyOrder("w-9", "net-AS64500", "app-90");
    Case worker = cases.stream().filter(c -> c.subject().equals("w-9")).findFirst().orElseThrow();
    assertThat(worker.findings()).containsExactly("screen-3", "farm-w-9");
    assertThat(worker.summary()).contains("(the screening of application app-3; application app-3 hired this worker)");
  }

  @Test
  void evidence_that_rests_on_one_fact_before_and_after_the_hire_counts_once() {
    Finding applicationIp = finding("app-ip", "ring-app-1", SubjectKind.APPLICANT, 100, 20, "ip-geolocation", RING);
    Finding signInPlace = finding("sign-in", "w-9", SubjectKind.WORKER, 500, 10, "ip-geolocation", List.of());
    Case c = book(List.of(applicationIp, signInPlace), List.of(hire("w-9", "app-3"))).cases().get(0);
    assertThat(c.findings()).containsExactly("app-ip", "sign-in");
    assertThat(c.reasons()).singleElement().satisfies(r -> {
      assertThat(r.findingUid()).isEqualTo("app-ip");
      assertThat(r.log10Ratio()).isCloseTo(Math.log10(20), org.assertj.core.data.Offset.offset(1e-12));
    });
  }

  @Test
  void two_hires_of_one_ring_are_two_cases_each_with_the_rings_evidence_and_only_their_own_post_hire_findings() {
    List<Case> cases = book(List.of(ringFinding(), farm("w-9"), farm("w-10")),
        List.of(hire("w-9", "app-3"), hire("w-10", "app-7"))).cases();
    assertThat(cases).extracting(Case::subject).containsExactly("w-10", "w-9");
    assertThat(cases.get(0).findings()).containsExactly("ring-many-names", "farm-w-10");
    assertThat(cases.get(1).findings()).containsExactly("ring-many-names", "farm-w-9");
  }

  @Test
  void a_ring_that_grew_between_two_links_is_one_applicant_case_named_after_its_first_finding() {
    Finding early = finding("early", "ring-app-2", SubjectKind.APPLICANT, 100, 30, "identity-ring", List.of("app-2", "app-3"));
    Finding grown = finding("grown", "ring-app-1", SubjectKind.APPLICANT, 200, 40, "identity-ring",
        List.of("app-1", "app-2", "app-3"));
    assertThat(book(List.of(grown, early), List.of()).cases()).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("ring-app-2");
      assertThat(c.kind()).isEqualTo(SubjectKind.APPLICANT);
      assertThat(c.findings()).containsExactly("early", "grown");
      assertThat(c.reasons()).singleElement().extracting(Case.Reason::findingUid).isEqualTo("grown");
    });
  }

  @Test
  void a_benign_decision_on_a_worker_case_silences_the_rings_evidence_in_that_case_only() {
    CaseBook b = book(List.of(ringFinding(), farm("w-9"), farm("w-10")),
        List.of(hire("w-9", "app-3"), hire("w-10", "app-7")));
    b.suppress(List.of(Suppression.of(SubjectKind.WORKER, "w-9", ringFinding()),
        Suppression.of(SubjectKind.WORKER, "w-9", farm("w-9"))));
    List<Case> cases = b.cases();
    assertThat(cases).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("w-10");
      assertThat(c.findings()).containsExactly("ring-many-names", "farm-w-10");
    });
  }

  @Test
  void the_roster_event_that_omits_the_application_keeps_the_hiring_link() {
    Worker moved = new Worker("evt-moved", 300, "w-9", "Name", null, null, null, null, null, null, null, null, null, null);
    List<Case> cases = book(List.of(ringFinding()), List.of(hire("w-9", "app-3"), moved)).cases();
    assertThat(cases).singleElement().extracting(Case::subject).isEqualTo("w-9");
  }

  @Test
  void the_agency_review_judges_placements_on_their_merged_cases() {
    CaseBook b = new CaseBook(SCORER);
    for (int i = 0; i < 3; i++) {
      b.addWorker(new Worker("evt-" + i, 200, "w-s" + i, "N", null, null, null, null, null, "app-" + (i + 1), null, null,
          null, new Worker.Engagement("contractor", "Shady Staffing")));
    }
    for (int i = 0; i < 60; i++) {
      b.addWorker(new Worker("evt-g" + i, 200, "w-g" + i, "N", null, null, null, null, null, "app-g" + i, null, null,
          null, new Worker.Engagement("contractor", "Good Staffing")));
    }
    b.addAll(List.of(ringFinding(), farm("w-s0"), farm("w-s1"), farm("w-s2")));
    CaseBook.Conclusion c = b.conclude();
    assertThat(c.cases()).extracting(Case::level).containsOnly(Level.HIGH).hasSize(3);
    assertThat(c.agencyFindings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(SubjectKind.AGENCY);
      assertThat(f.members()).containsExactly("w-s0", "w-s1", "w-s2");
      assertThat(f.time()).isEqualTo(500);
    });
  }
}
