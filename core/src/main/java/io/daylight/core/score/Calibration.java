package io.daylight.core.score;

import io.daylight.core.detect.Finding;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Likelihood ratios measured on labelled outcomes, per detector and evidence bin, and the
 * dependency groups that labelled co-firing showed to observe one fact. {@link CaseScorer} replaces
 * a finding's ratio by its bin's measured ratio and counts it in the calibrated group; a finding
 * whose bin was never measured keeps the ratio its detector stated, marked {@code assumed}.
 *
 * <p>A bin is the detector and the ratio tier it emitted ({@link #bin}): detectors that weigh
 * several kinds of observation (an unsanctioned tool vs several tools, a named KVM vs a generic one)
 * state different ratios for them, and the tier keeps those apart without a per-detector list.
 *
 * @param ratios bin → its fitted ratio
 * @param merges stated-or-mechanism group → the merged group labelled co-firing put it in
 * @param pairs the measured group pairs (dependent or not), for the report
 * @param priorFirings the prior's weight: pseudo-firings per arm (see {@link CalibrationFit})
 * @param fraudSubjects labelled fraudulent subjects the fit saw
 * @param honestSubjects labelled honest subjects the fit saw
 * @param origin where the labels came from ("labelled file …", "analyst decisions …")
 */
public record Calibration(Map<String, BinRatio> ratios, Map<String, String> merges, List<GroupPair> pairs,
                          double priorFirings, int fraudSubjects, int honestSubjects, String origin)
    implements Serializable {

  /** No measurement: every ratio as its detector states it, groups by mechanism only. */
  public static final Calibration NONE = new Calibration(Map.of(), Map.of(), List.of(), 0, 0, 0, "none");

  public Calibration {
    ratios = Map.copyOf(new TreeMap<>(ratios));
    merges = Map.copyOf(merges);
    pairs = List.copyOf(pairs);
  }

  /**
   * One bin's fit: the detector's stated (assumed) ratio, the counts, and the posterior-mean ratio.
   *
   * @param assumed the ratio the detector stated (geometric mean over the bin's findings)
   * @param fraudFired labelled fraudulent subjects it fired on, of {@code fraudN}
   * @param honestFired labelled honest subjects it fired on, of {@code honestN}
   * @param ratio posterior mean P(fire | fraud) / posterior mean P(fire | honest)
   */
  public record BinRatio(String detector, String tier, double assumed, int fraudN, int fraudFired, int honestN,
                         int honestFired, double ratio) implements Serializable {
    /**
     * Measured when both classes had subjects to count and it fired on at least one: a ratio is a
     * quotient of two rates, and with one arm empty the quotient would be the prior's alone.
     */
    public boolean measured() {
      return fraudN > 0 && honestN > 0 && fraudFired + honestFired > 0;
    }

    public String source() {
      return measured() ? String.format(Locale.ROOT, "measured on %d cases (fired on %d of %d fraudulent, %d of %d honest)",
          fraudN + honestN, fraudFired, fraudN, honestFired, honestN) : ASSUMED;
    }
  }

  /**
   * Co-firing of two groups within each class, as Loevinger's H: (P(AB) − P(A)P(B)) / (min(P(A),
   * P(B)) − P(A)P(B)), 0 under independence, 1 when the rarer one never fires without the other.
   * NaN where a class gave no basis (a group never fired in it).
   */
  public record GroupPair(String a, String b, int fraudBoth, double fraudH, double fraudLift, int honestBoth,
                          double honestH, double honestLift, boolean dependent) implements Serializable {}

  public static final String ASSUMED = "assumed";

  /** A finding's ratio and group as the scorer counts them, with where the ratio comes from. */
  public record Weighed(double ratio, String group, String source) {}

  public Weighed weigh(Finding f) {
    BinRatio b = ratios.get(bin(f));
    String group = groupOf(f);
    if (b == null || !b.measured()) return new Weighed(f.likelihoodRatio(), group, ASSUMED);
    return new Weighed(b.ratio(), group, b.source());
  }

  /** The group the scorer counts a finding in: by mechanism, then by measured co-firing. */
  public String groupOf(Finding f) {
    String g = DependencyGroups.byMeasurement(f.dependencyGroup());
    return merges.getOrDefault(g, g);
  }

  /** The bin of a finding: its detector and the tier of the ratio it stated. */
  public static String bin(Finding f) {
    return f.detector() + "@" + tier(f.likelihoodRatio());
  }

  /**
   * The nearest value of the 1–2–5 series (…, 0.5, 1, 2, 5, 10, 20, 50, …) in log scale, as text.
   * Three steps a decade: finer than the tiers detectors state (their ratios differ by at least
   * ×2.5 within one detector), coarse enough that a continuous ratio (relay gap, endpoint place)
   * falls into a few bins with enough subjects each.
   */
  public static String tier(double ratio) {
    double l = Math.log10(ratio);
    int decade = (int) Math.floor(l);
    double best = Double.NaN;
    double bestDist = Double.MAX_VALUE;
    for (int d = decade - 1; d <= decade + 1; d++) {
      for (double m : new double[] {1, 2, 5}) {
        double v = m * Math.pow(10, d);
        double dist = Math.abs(Math.log10(v) - l);
        if (dist < bestDist) {
          bestDist = dist;
          best = v;
        }
      }
    }
    return "lr" + new java.math.BigDecimal(best).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
  }
}
