package io.daylight.core.detect;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number formatting for explanations and evidence. */
public final class Numbers {
  private Numbers() {}

  /** At most one decimal for values under 100, none above; no exponent notation. */
  public static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
    int scale = Math.abs(v) >= 100 ? 0 : 1;
    BigDecimal d = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** Thousands separated with commas, for kilometres and counts in prose: 4,800. */
  public static String grouped(double v) {
    return String.format(java.util.Locale.ROOT, "%,d", Math.round(v));
  }
}
