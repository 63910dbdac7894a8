package io.daylight.core.ratio;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A likelihood ratio from two stated rates: how often the observation is assumed under fraud and
 * under honesty. Rounded to three significant digits, so 0.60 / 0.02 reads 30 in outputs rather
 * than 29.999999999999996; the rates themselves are the documented assumption.
 */
public final class PolicyRatio {
  private PolicyRatio() {}

  public static double of(double underFraud, double underHonest) {
    if (!(underFraud > 0 && underFraud <= 1 && underHonest > 0 && underHonest <= 1)) {
      throw new IllegalArgumentException("rates must be in (0, 1]: " + underFraud + ", " + underHonest);
    }
    return round3(underFraud / underHonest);
  }

  /** A ratio to three significant digits (also for measured ratios, so outputs read 37.3, not 37.2727…). */
  public static double round3(double ratio) {
    return new BigDecimal(ratio).round(new MathContext(3)).doubleValue();
  }
}
