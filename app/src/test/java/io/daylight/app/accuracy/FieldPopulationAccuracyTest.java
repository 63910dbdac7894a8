package io.daylight.app.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.app.IntelOption;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every detector over the independent field population (seed 1, the size: 400 workers,
 * 3,000 applications, 90 days), judged against its answer key, which no detector reads. The floors
 * are what main measured when issue 15's mechanisms landed (docs/accuracy.md, seed 1: impostor
 * workers at high 36/36, honest workers at high 5/364 and at medium or above 13/364, application
 * precision 0.94, no agency filing at high); a change that loses them must say why.
 */
@Tag("e2e")
class FieldPopulationAccuracyTest {
  @Test
  void impostors_reach_high_and_honest_look_alikes_stay_below_medium_on_a_population_the_detectors_were_not_written_beside(
      @TempDir Path dir) throws IOException {
    AccuracyRun run = new AccuracyRun(new IntelOption().load(), new CaseScorer(ScoringPolicy.DEFAULT));
    Evaluation e = run.run(Model.FIELD, 1, Model.FIELD.defaultSize(), dir).evaluation();

    assertThat(e.fraudWorkers().n()).isGreaterThanOrEqualTo(30);
    assertThat(e.honestWorkers().n()).isGreaterThanOrEqualTo(300);
    assertThat(e.fraudWorkers().highRate()).as("impostor workers at high").isGreaterThanOrEqualTo(0.95);
    assertThat(e.honestWorkers().highRate()).as("honest workers at high").isLessThanOrEqualTo(0.02);
    assertThat(e.honestWorkers().mediumRate()).as("honest workers at medium or above").isLessThanOrEqualTo(0.05);
    assertThat(e.applicationPrecisionAtHigh()).as("applications at high that are fraudulent").isGreaterThanOrEqualTo(0.9);
    assertThat(e.byClass().get("application/honest:staffing_agency").n()).isPositive();
    assertThat(e.byClass().get("application/honest:staffing_agency").high()).as("agency filings at high").isZero();
  }
}
