package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.app.IntelOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fairness report is measured, not written: regenerating it must give the checked-in file. */
@Tag("e2e")
class FairnessReportTest {
  @Test
  void the_checked_in_fairness_report_is_what_the_demo_organisation_measures() throws Exception {
    String generated = FairnessReport.generate(new IntelOption().load());
    assertThat(Files.readString(ProjectRoot.get().resolve("docs/privacy/fairness.md"), StandardCharsets.UTF_8))
        .as("docs/privacy/fairness.md is stale: run io.daylight.app.privacy.FairnessReport docs/privacy/fairness.md and"
            + " re-read its notes against the new numbers")
        .isEqualTo(generated);
  }

  @Test
  void the_wilson_interval_matches_its_closed_form_at_zero_successes() {
    // With no successes the Wilson upper bound is z² / (n + z²): 1.96² / (20 + 1.96²) = 0.1611.
    double[] ci = FairnessReport.wilson(0, 20);
    assertThat(ci[0]).isZero();
    assertThat(ci[1]).isBetween(0.160, 0.162);
  }
}
