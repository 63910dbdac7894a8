package io.daylight.app.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.core.score.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static Case caseOf(String subject, SubjectKind kind, Level level, String... members) {
    return new Case(subject, kind, 0, 0, level, List.of(members), List.of(), List.of(), "");
  }

  private static AnswerKey.Label fraud(String behaviour, String difficulty) {
    return new AnswerKey.Label(true, behaviour, difficulty);
  }

  private static AnswerKey.Label honest(String behaviour) {
    return new AnswerKey.Label(false, behaviour, null);
  }

  @Test
  void a_subject_takes_the_highest_level_of_any_case_that_names_it_as_subject_or_member() {
    Verdicts v = new Verdicts(List.of(
        caseOf("w-1", SubjectKind.WORKER, Level.LOW),
        caseOf("cluster-1", SubjectKind.APPLICANT, Level.HIGH, "app-1", "w-1"),
        caseOf("w-2", SubjectKind.WORKER, Level.MEDIUM)));
    assertThat(v.of("w-1")).isEqualTo(Level.HIGH);
    assertThat(v.of("app-1")).isEqualTo(Level.HIGH);
    assertThat(v.atLeast("w-2", Level.MEDIUM)).isTrue();
    assertThat(v.atLeast("w-2", Level.HIGH)).isFalse();
    assertThat(v.of("w-3")).isNull();
    assertThat(v.atLeast("w-3", Level.LOW)).isFalse();
  }

  @Test
  void with_the_answer_key_a_worker_is_judged_by_its_own_case_and_its_hiring_application_goes_with_it() {
    AnswerKey key = new AnswerKey("g", 1, Map.of("w-1", honest("honest"), "w-2", honest("honest")),
        Map.of("app-1", honest("honest"), "app-9", fraud("identity_reuse", "obvious")), Map.of("app-1", "w-1"));
    Verdicts v = new Verdicts(List.of(
        caseOf("ring-app-9", SubjectKind.APPLICANT, Level.HIGH, "app-9", "app-1", "w-1"),
        caseOf("w-1", SubjectKind.WORKER, Level.LOW),
        caseOf("w-2", SubjectKind.WORKER, Level.MEDIUM, "w-2", "w-1")), key);
    assertThat(v.of("w-1")).as("the victim named in a borrower's case").isEqualTo(Level.LOW);
    assertThat(v.of("app-1")).as("the victim's hiring application is the victim").isEqualTo(Level.LOW);
    assertThat(v.of("app-9")).isEqualTo(Level.HIGH);
    assertThat(v.of("w-2")).isEqualTo(Level.MEDIUM);
  }

  @Test
  void honest_look_alikes_count_as_wrongly_flagged_and_fraud_as_caught_per_class_and_difficulty() {
    AnswerKey key = new AnswerKey("g", 1,
        Map.of("w-1", fraud("laptop_farm", "subtle"), "w-2", fraud("laptop_farm", "obvious"),
            "w-3", honest("mobile_data"), "w-4", honest("honest")),
        Map.of("app-1", fraud("applicant_ring", "subtle"), "app-2", honest("staffing_agency"), "app-3", honest("honest")));
    Verdicts v = new Verdicts(List.of(
        caseOf("w-1", SubjectKind.WORKER, Level.HIGH),
        caseOf("w-2", SubjectKind.WORKER, Level.MEDIUM),
        caseOf("w-3", SubjectKind.WORKER, Level.MEDIUM),
        caseOf("c-1", SubjectKind.APPLICANT, Level.HIGH, "app-1", "app-2")));
    Evaluation e = Evaluation.of(key, v);
    assertThat(e.fraudWorkers()).isEqualTo(new Tally(2, 1, 2));
    assertThat(e.honestWorkers()).isEqualTo(new Tally(2, 0, 1));
    assertThat(e.byClass().get("worker/honest:mobile_data")).isEqualTo(new Tally(1, 0, 1));
    assertThat(e.byDifficulty().get("subtle")).isEqualTo(new Tally(2, 2, 2));
    assertThat(e.byDifficulty().get("obvious")).isEqualTo(new Tally(1, 0, 1));
    assertThat(e.applicationPrecisionAtHigh()).isEqualTo(0.5);
    String md = AccuracyReport.markdown(List.of(new AccuracyRun.Result(Model.FIELD, 1, 10, 0, e, 1.0)), "cmd", null);
    assertThat(md).contains("| field | 1 | 10 | 1 / 2 (50.0 %) | 0 / 2 (0.0 %) | 1 / 2 (50.0 %) | 2 / 2 (100.0 %) ")
        .contains("| 1 / 2 (0.50) | 1 / 1 (100.0 %) |")
        .contains("| worker | honest | mobile_data | 1 | 0 / 1 (0.0 %) | 1 / 1 (100.0 %) |");
  }

  @Test
  void each_detector_counts_the_distinct_labelled_subjects_its_findings_name_by_truth() {
    AnswerKey key = new AnswerKey("g", 1, Map.of("w-1", fraud("laptop_farm", "obvious"), "w-2", honest("honest")),
        Map.of("app-1", honest("staffing_agency")));
    List<io.daylight.core.detect.Finding> findings = List.of(
        new io.daylight.core.detect.Finding("u1", "farm.x", "w-1", SubjectKind.WORKER, 0, "t", "e", 10, null, null, null,
            List.of("w-1", "w-2")),
        new io.daylight.core.detect.Finding("u2", "farm.x", "w-1", SubjectKind.WORKER, 1, "t", "e", 10, null, null, null, null),
        new io.daylight.core.detect.Finding("u3", "ring.y", "cluster-9", SubjectKind.APPLICANT, 0, "t", "e", 10, null, null,
            null, List.of("app-1", "app-unknown")));
    Evaluation e = Evaluation.of(key, new Verdicts(List.of()), findings);
    assertThat(e.byDetector()).containsEntry("farm.x", new Evaluation.DetectorHits(1, 1))
        .containsEntry("ring.y", new Evaluation.DetectorHits(0, 1)).hasSize(2);
  }

  @Test
  void the_demo_answer_key_marks_ring_and_scheme_hiring_applications_as_fraud_and_the_rest_honest(@TempDir Path dir)
      throws IOException {
    Path truth = dir.resolve("truth.json");
    Files.writeString(truth, """
        {"generator":"io.daylight.demo.DemoOrganisation","seed":7,
         "subjects":{"w-1":{"scheme":"laptop_farm","labels":["laptop_farm","ip_kvm"]},
                     "w-2":{"scheme":null,"labels":["traveller"]},"w-3":{"scheme":null,"labels":[]}},
         "applications":{"app-1":{"labels":["applicant_ring"]},"app-2":{"labels":["hire:w-1","laptop_farm"]},
                         "app-3":{"labels":["bootcamp_template"]}}}""");
    AnswerKey key = AnswerKey.read(truth).withUnlistedApplicationsHonest(List.of("app-1", "app-4"));
    assertThat(key.workers()).containsEntry("w-1", fraud("laptop_farm", null))
        .containsEntry("w-2", honest("traveller")).containsEntry("w-3", honest("honest"));
    assertThat(key.applications()).containsEntry("app-1", fraud("applicant_ring", null))
        .containsEntry("app-2", fraud("laptop_farm", null)).containsEntry("app-3", honest("bootcamp_template"))
        .containsEntry("app-4", honest("honest")).hasSize(4);
    assertThat(key.hires()).containsExactly(Map.entry("app-2", "w-1"));
  }

  @Test
  void the_generated_part_of_a_page_is_replaced_and_the_hand_written_rest_kept(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("accuracy.md");
    Files.writeString(page, "# Accuracy\n\nhand-written intro\n");
    AccuracyReport.writeInto(page, AccuracyReport.BEGIN + "\nfirst\n" + AccuracyReport.END + "\n");
    AccuracyReport.writeInto(page, AccuracyReport.BEGIN + "\nsecond\n" + AccuracyReport.END + "\n");
    String text = Files.readString(page);
    assertThat(text).contains("second").doesNotContain("first").contains("hand-written intro").startsWith("# Accuracy\n");
  }
}
