package io.daylight.core.score;

import static io.daylight.core.score.CalibrationFitTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseScorerCalibrationTest {

  private static Calibration measuredD() {
    List<LabelledSubject> s = new ArrayList<>();
    CalibrationFitTest.add(s, true, 200, "f", new CalibrationFitTest.Detecting("d", 10, "g", i -> i < 80));
    CalibrationFitTest.add(s, false, 2000, "h", new CalibrationFitTest.Detecting("d", 10, "g", i -> i < 20));
    return CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");
  }

  @Test
  void aCalibratedCaseCountsTheMeasuredRatioAndSaysWhereItComesFrom() {
    Finding f = finding("d", "w-9", 10, "g");

    Case assumed = new CaseScorer(ScoringPolicy.DEFAULT).scoreOne(List.of(f));
    Case measured = new CaseScorer(ScoringPolicy.DEFAULT, measuredD()).scoreOne(List.of(f));

    assertThat(assumed.reasons().get(0).source()).isEqualTo("assumed");
    assertThat(assumed.reasons().get(0).log10Ratio()).isCloseTo(1.0, within(1e-9));
    assertThat(measured.reasons().get(0).source())
        .isEqualTo("measured on 2200 cases (fired on 80 of 200 fraudulent, 20 of 2000 honest)");
    assertThat(measured.reasons().get(0).log10Ratio()).isCloseTo(Math.log10(31.3), within(1e-9));
    assertThat(measured.summary()).contains("(likelihood ratio 31, measured on 2200 cases)");
    assertThat(assumed.summary()).contains("(likelihood ratio 10)");
  }

  @Test
  void signInPlaceAndApplicationIpCountryAreOneMeasurementAndCountOnce() {
    Finding far = new Finding("u1", "signin.far-from-declared", "w-1", SubjectKind.WORKER, 1, "far", "", 50,
        "signin-place", List.of(), List.of(), null);
    Finding country = new Finding("u2", "screening.geography", "w-1", SubjectKind.WORKER, 2, "country", "", 3,
        "applicant-geography", List.of(), List.of(), null);

    Case c = new CaseScorer(ScoringPolicy.DEFAULT).scoreOne(List.of(far, country));

    assertThat(c.reasons()).hasSize(1);
    assertThat(c.reasons().get(0).group()).isEqualTo(DependencyGroups.IP_GEOLOCATION);
    assertThat(c.reasons().get(0).detector()).isEqualTo("signin.far-from-declared");
  }
}
