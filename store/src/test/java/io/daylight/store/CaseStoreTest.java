package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseStoreTest {
  private static final long T0 = 1_772_000_000_000L;
  private static final CaseScorer SCORER = new CaseScorer(ScoringPolicy.DEFAULT);
  private static Database db;
  private static CaseStore cases;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("case_store_test");
    cases = new CaseStore(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static Finding finding(String subject, SubjectKind kind, String group, double ratio) {
    return new Finding(FindingIds.of("t", subject, group), "t", subject, kind, T0, group + " for " + subject,
        "…", ratio, group, List.of(), List.of(), List.of());
  }

  /**
   * With the default prior 1:999 (ScoringPolicy.DEFAULT), a combined ratio of 10⁶ gives posterior
   * 0.999 (high), 10⁴ 0.909 (high), 90 0.083 (medium), 10 0.0099 (low).
   */
  private static List<Case> scored() {
    List<Finding> f = new ArrayList<>();
    f.add(finding("w-high", SubjectKind.WORKER, "location", 1e4));
    f.add(finding("w-high", SubjectKind.WORKER, "payroll", 1e2));
    f.add(finding("w-medium", SubjectKind.WORKER, "location", 30));
    f.add(finding("w-medium", SubjectKind.WORKER, "payroll", 3));
    f.add(finding("w-low", SubjectKind.WORKER, "location", 10));
    // A benign look-alike: an honest worker whose exculpatory finding outweighs a weak one.
    f.add(finding("w-cleared", SubjectKind.WORKER, "location", 0.01));
    f.add(finding("w-cleared", SubjectKind.WORKER, "payroll", 3));
    f.add(finding("c-ring", SubjectKind.APPLICANT, "shared-phone", 1e4));
    return SCORER.score(f);
  }

  @BeforeEach
  void reset() {
    cases.replace(scored());
  }

  @Test
  void lists_the_queue_by_score_highest_first() {
    List<Case> queue = cases.list(CaseQuery.top(10));
    assertThat(queue).extracting(Case::subject).containsExactly("w-high", "c-ring", "w-medium", "w-low", "w-cleared");
    assertThat(queue).extracting(Case::score).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void filters_the_queue_by_level_and_kind_and_pages_it() {
    assertThat(cases.list(CaseQuery.top(10).atLevels(Level.HIGH))).extracting(Case::subject).containsExactly("w-high", "c-ring");
    assertThat(cases.list(CaseQuery.top(10).atLevels(Level.HIGH).ofKinds(SubjectKind.APPLICANT)))
        .extracting(Case::subject).containsExactly("c-ring");
    assertThat(cases.list(CaseQuery.top(10).atLevels(Level.MEDIUM, Level.LOW))).extracting(Case::subject)
        .containsExactly("w-medium", "w-low", "w-cleared");
    assertThat(cases.list(CaseQuery.top(2).from(2))).extracting(Case::subject).containsExactly("w-medium", "w-low");
  }

  @Test
  void reads_back_a_case_as_it_was_scored() {
    Case ring = scored().stream().filter(c -> c.subject().equals("c-ring")).findFirst().orElseThrow();
    assertThat(cases.get(SubjectKind.APPLICANT, "c-ring")).contains(ring);
    assertThat(cases.get(SubjectKind.WORKER, "c-ring")).isEmpty();
  }

  @Test
  void replacing_removes_cases_that_no_longer_have_findings() {
    List<Case> now = new ArrayList<>(scored());
    now.removeIf(c -> c.subject().equals("w-low"));
    Case medium = now.stream().filter(c -> c.subject().equals("w-medium")).findFirst().orElseThrow();
    now.set(now.indexOf(medium), new Case(medium.subject(), medium.kind(), medium.score(), medium.posterior(),
        medium.level(), medium.members(), List.of(), medium.reasons(), medium.summary()));
    cases.replace(now);
    assertThat(cases.list(CaseQuery.top(10))).extracting(Case::subject).containsExactly("w-high", "c-ring", "w-cleared");
  }

  @Test
  void upserting_a_rescored_case_leaves_the_others_alone() {
    Case raised = SCORER.scoreOne(List.of(finding("w-low", SubjectKind.WORKER, "location", 1e4),
        finding("w-low", SubjectKind.WORKER, "vpn", 1e4)));
    cases.upsert(List.of(raised));
    assertThat(cases.list(CaseQuery.top(10))).extracting(Case::subject)
        .containsExactly("w-low", "w-high", "c-ring", "w-medium", "w-cleared");
    assertThat(cases.get(SubjectKind.WORKER, "w-low")).contains(raised);
  }

  @Test
  void decided_lists_confirmed_and_benign_cases_but_not_open_ones() throws Exception {
    try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
      st.executeUpdate("DELETE FROM case_state");
      st.executeUpdate("INSERT INTO case_state (kind, subject, status) VALUES ('worker', 'w-high', 'confirmed'),"
          + " ('worker', 'w-cleared', 'benign'), ('worker', 'w-medium', 'needs_verification'), ('applicant', 'c-ring', 'open')");
    }

    assertThat(cases.decided()).containsExactly(
        new CaseStore.Decided(SubjectKind.WORKER, "w-cleared", false),
        new CaseStore.Decided(SubjectKind.WORKER, "w-high", true));
  }

  @Test
  void a_reasons_ratio_source_survives_the_store() {
    Case high = cases.get(SubjectKind.WORKER, "w-high").orElseThrow();
    assertThat(high.reasons()).extracting(Case.Reason::source).containsOnly("assumed").hasSize(2);
  }
}
