package io.daylight.app.calibrate;

import io.daylight.core.detect.Finding;
import io.daylight.core.score.Calibration;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Reliability;
import io.daylight.core.score.ScoringPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text of {@code daylight calibrate --report}. */
final class CalibrationReport {
  private CalibrationReport() {}

  static String ratios(Calibration c) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "ratios (prior: %.0f pseudo-firings per arm; %s)%n%-42s %9s %9s %13s %13s%n", c.priorFirings(), c.origin(),
        "detector@tier", "assumed", "measured", "fraud fired", "honest fired"));
    for (Map.Entry<String, Calibration.BinRatio> e : c.ratios().entrySet()) {
      Calibration.BinRatio r = e.getValue();
      b.append(String.format(Locale.ROOT, "%-42s %9s %9s %13s %13s%n", e.getKey(), num(r.assumed()),
          r.measured() ? num(r.ratio()) : "-", r.fraudFired() + "/" + r.fraudN(), r.honestFired() + "/" + r.honestN()));
    }
    return b.toString();
  }

  static String pairs(Calibration c) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "co-firing within each class (Loevinger's H; dependent when >= 0.5 in both, >= 3 subjects with both)%n"
            + "%-48s %6s %8s %6s %8s %s%n", "group pair", "F both", "F H", "H both", "H H", ""));
    for (Calibration.GroupPair p : c.pairs()) {
      b.append(String.format(Locale.ROOT, "%-48s %6d %8s %6d %8s %s%n", p.a() + " × " + p.b(), p.fraudBoth(),
          num(p.fraudH()), p.honestBoth(), num(p.honestH()), p.dependent() ? "one group: " + c.merges().get(p.a()) : ""));
    }
    return b.toString();
  }

  static String reliability(List<Finding> findings, Map<String, Boolean> labels, Calibration c, String what,
                           ScoringPolicy policy) {
    StringBuilder b = new StringBuilder();
    Map<String, Double> assumed = LabelledFindings.posteriors(new CaseScorer(policy), findings, labels);
    Map<String, Double> calibrated = LabelledFindings.posteriors(new CaseScorer(policy, c), findings, labels);
    b.append(String.format(Locale.ROOT, "reliability at prior %s, stated ratios (Brier %.5f)%n", policy.prior(),
        Reliability.brier(assumed, labels)));
    b.append(Reliability.format(Reliability.table(assumed, labels)));
    b.append(String.format(Locale.ROOT, "reliability, calibrated ratios, %s (Brier %.5f)%n", what,
        Reliability.brier(calibrated, labels)));
    b.append(Reliability.format(Reliability.table(calibrated, labels)));
    return b.toString();
  }

  private static String num(double v) {
    if (Double.isNaN(v)) return "-";
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
  }
}
