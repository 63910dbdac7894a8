package io.daylight.core.detect;

/**
 * One checkable fact behind a finding: a measured value, the threshold or reference it was compared
 * with, and where that reference comes from ("latency-calibration.md, WonderProxy 2020 p5").
 */
public record Evidence(String name, String value, String unit, String reference, String source) {

  public static Evidence measured(String name, double value, String unit, String reference, String source) {
    return new Evidence(name, Numbers.format(value), unit, reference, source);
  }

  public static Evidence fact(String name, String value, String source) {
    return new Evidence(name, value, null, null, source);
  }
}
