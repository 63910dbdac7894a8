package io.daylight.core.vendor;

import static io.daylight.core.testkit.Events.application;
import static io.daylight.core.testkit.Events.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.core.testkit.Events;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.MapIpIntel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyDetectorsTest {
  static final IpIntel IP = new MapIpIntel().network("192.0.2.9", "US", IpIntel.NetworkClass.HOSTING, "Cloud Host Inc");

  @Test
  void flags_an_agency_whose_candidates_self_apply_from_one_machine_but_not_a_recruiter_filing_for_them() {
    List<Event> ev = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ev.add(application("app-s" + i, day(i), "cand" + i + "@mail.example", "198.51.100." + i, "fp-shared", "Shady Staffing, LLC", "job_board"));
      ev.add(application("app-r" + i, day(i), "other" + i + "@mail.example", "198.51.100.200", "fp-office", "StaffPro LLC", "agency"));
    }
    // One candidate applying to three positions from their own device.
    for (int i = 0; i < 3; i++) ev.add(application("app-c" + i, day(i), "same@mail.example", "198.51.100.9", "fp-own", "StaffPro LLC", "direct"));
    List<Finding> f = Harness.run(new AgencyApplicationsDetector(IP), ev);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("agency:shady staffing llc");
      assertThat(x.kind()).isEqualTo(SubjectKind.AGENCY);
      assertThat(x.explanation()).contains("3 different candidates applied from one device (fingerprint fp-shared)");
    });
  }

  @Test
  void flags_agency_applications_through_a_hosting_network_even_when_the_agency_filed_them() {
    List<Event> ev = new ArrayList<>();
    for (int i = 0; i < 3; i++) ev.add(application("a" + i, day(i), "c" + i + "@x.example", "192.0.2.9", "fp-" + i, "NetStaff", "agency"));
    assertThat(Harness.run(new AgencyApplicationsDetector(IP), ev)).singleElement()
        .satisfies(x -> assertThat(x.explanation()).contains("Cloud Host Inc", "hosting"));
  }

  @Test
  void an_agency_whose_placements_reach_high_cases_beyond_chance_is_reviewed_without_raising_any_placement_score() {
    AgencyPlacementReview review = new AgencyPlacementReview();
    for (int i = 0; i < 10; i++) {
      review.placement(Events.worker("w-s" + i, "A B", Events.PHOENIX, null, "S", null, null, null, null, "Shady Staffing"));
    }
    for (int i = 0; i < 100; i++) {
      review.placement(Events.worker("w-g" + i, "A B", Events.PHOENIX, null, "S", null, null, null, null, "Good Staffing"));
    }
    // Three of Shady's ten placements and one of Good's hundred have high cases; Good has two more weak findings.
    List<Finding> workerFindings = List.of(finding("w-s1", 1e4), finding("w-s2", 1e4), finding("w-s3", 1e4),
        finding("w-g1", 1e4), finding("w-g2", 20), finding("w-g3", 20));
    List<Finding> agency = review.review(workerFindings, ScoringPolicy.DEFAULT, day(30));
    assertThat(agency).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("agency:shady staffing");
      assertThat(x.kind()).isEqualTo(SubjectKind.AGENCY);
      assertThat(x.members()).containsExactly("w-s1", "w-s2", "w-s3");
      assertThat(x.explanation()).contains("3 of the 10 workers placed by Shady Staffing have high cases");
    });
    List<Finding> all = new ArrayList<>(workerFindings);
    all.addAll(agency);
    var scorer = new CaseScorer(ScoringPolicy.DEFAULT);
    assertThat(scorer.score(all)).isEqualTo(scorer.score(workerFindings));
  }

  @Test
  void the_binomial_tail_matches_hand_computed_values() {
    assertThat(AgencyPlacementReview.binomialTail(10, 0, 0.3)).isEqualTo(1.0);
    assertThat(AgencyPlacementReview.binomialTail(2, 2, 0.5)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(AgencyPlacementReview.binomialTail(3, 2, 0.5)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
  }

  static Finding finding(String worker, double lr) {
    return new Finding("u-" + worker + lr, "x", worker, SubjectKind.WORKER, day(1), "t", "e", lr, null, null, null, null);
  }
}
