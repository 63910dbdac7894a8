package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.store.RetentionPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionFileTest {
  @Test
  void a_class_left_out_keeps_its_default_and_periods_are_days_or_iso_durations() throws Exception {
    RetentionPolicy p = RetentionFile.parse("retention:\n  events: 60d\n  closed_cases: P30D\n", "r.yaml");
    assertThat(p.events()).isEqualTo(Duration.ofDays(60));
    assertThat(p.closedCases()).isEqualTo(Duration.ofDays(30));
    assertThat(p.findings()).isEqualTo(RetentionPolicy.DEFAULT.findings());
    assertThat(p.audit()).isEqualTo(RetentionPolicy.DEFAULT.audit());
  }

  @Test
  void a_misspelt_class_a_bad_period_and_a_zero_period_are_refused_with_the_place() {
    assertThatThrownBy(() -> RetentionFile.parse("retention:\n  event: 60d\n", "r.yaml"))
        .hasMessageContaining("r.yaml").hasMessageContaining("unknown data class 'event'");
    assertThatThrownBy(() -> RetentionFile.parse("retention:\n  events: sixty days\n", "r.yaml"))
        .hasMessageContaining("retention.events").hasMessageContaining("not a period");
    assertThatThrownBy(() -> RetentionFile.parse("retention:\n  rejected: 0d\n", "r.yaml"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> RetentionFile.parse("corporate_egress: []\n", "r.yaml"))
        .hasMessageContaining("no 'retention' section");
  }
}
