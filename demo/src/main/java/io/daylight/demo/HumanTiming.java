package io.daylight.demo;

import java.util.random.RandomGenerator;

/**
 * How fast a person perceives and types, from published priors (docs/latency-calibration.md,
 * "Human timing priors"). Timing only: no key identity is ever produced.
 */
public final class HumanTiming {
  /** Simple visual reaction time: 190-250 ms typical; individual medians are drawn in this range. */
  static final double RT_MEDIAN_LOW_MS = 190, RT_MEDIAN_HIGH_MS = 250;
  /** Fastest humans: about 100-120 ms; no reaction is faster than 100 ms. */
  static final double RT_FLOOR_MS = 100;
  /**
   * Within-person spread of reaction times, log-normal sigma. Policy assumption: 0.2 puts the
   * inter-quartile range of one person at about +/-13 % of their median, inside the 190-250 ms band.
   */
  static final double RT_SIGMA = 0.2;

  /** Inter-key interval mean 238.66 ms, SD 111.6 ms (Dhakal et al., CHI 2018), fitted log-normal. */
  static final double IKI_MEAN_MS = 238.66, IKI_SD_MS = 111.6;
  static final double IKI_SIGMA = Math.sqrt(Math.log(1 + (IKI_SD_MS / IKI_MEAN_MS) * (IKI_SD_MS / IKI_MEAN_MS)));
  static final double IKI_MU = Math.log(IKI_MEAN_MS) - IKI_SIGMA * IKI_SIGMA / 2;
  /**
   * Key hold (press to release). Policy assumption: log-normal, median 100 ms, sigma 0.3; with
   * the intervals above this makes rollover (next press before the previous release) common, as
   * Dhakal et al. observe.
   */
  static final double HOLD_MEDIAN_MS = 100, HOLD_SIGMA = 0.3;
  /** A USB mouse is polled every 8 ms (125 Hz, the HID default for full-speed mice). */
  static final double HID_POLL_MS = 8.0;

  private HumanTiming() {}

  /** One person's median simple reaction time, drawn once. */
  public static double personReactionMedianMs(RandomGenerator r) {
    return RT_MEDIAN_LOW_MS + r.nextDouble() * (RT_MEDIAN_HIGH_MS - RT_MEDIAN_LOW_MS);
  }

  public static double reactionMs(RandomGenerator r, double personMedianMs) {
    return Math.max(RT_FLOOR_MS, personMedianMs * Math.exp(RT_SIGMA * r.nextGaussian()));
  }

  public static double interKeyMs(RandomGenerator r) {
    return Math.exp(IKI_MU + IKI_SIGMA * r.nextGaussian());
  }

  public static double holdMs(RandomGenerator r) {
    return HOLD_MEDIAN_MS * Math.exp(HOLD_SIGMA * r.nextGaussian());
  }

  /** A burst of typing at the person's own keyboard: press and release instants from 0. */
  public static double[][] typeBurst(RandomGenerator r, int keys) {
    double[] down = new double[keys], up = new double[keys];
    double t = 0;
    for (int i = 0; i < keys; i++) {
      if (i > 0) t += interKeyMs(r);
      down[i] = t;
      up[i] = t + holdMs(r);
    }
    return new double[][] {down, up};
  }

  /** Pointer-move instants of a local mouse: the HID poll period with sub-ms timestamp noise. */
  public static double[] localPointer(RandomGenerator r, int moves, double startMs) {
    double[] out = new double[moves];
    double t = startMs;
    for (int i = 0; i < moves; i++) {
      out[i] = t + (r.nextDouble() - 0.5) * 0.4;
      t += HID_POLL_MS;
    }
    return out;
  }
}
