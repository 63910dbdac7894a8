package io.daylight.core.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyRatioTest {
  @Test
  void reads_as_the_ratio_of_the_stated_rates_to_three_significant_digits() {
    assertThat(PolicyRatio.of(0.60, 0.02)).isEqualTo(30.0);
    assertThat(PolicyRatio.of(0.40, 0.03)).isEqualTo(13.3);
    assertThat(PolicyRatio.of(0.05, 0.5)).isEqualTo(0.1);
  }

  @Test
  void refuses_rates_that_are_not_probabilities() {
    assertThatThrownBy(() -> PolicyRatio.of(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PolicyRatio.of(1.5, 0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
