package io.daylight.core.vendor;

import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Worker;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Agencies whose placements repeatedly turn up in cases. This looks across the cases of many
 * workers, so it is not a detector: the runtime feeds it the roster ({@link #placement}) and,
 * after a scan, the findings ({@link #review}). It yields one {@link SubjectKind#AGENCY} finding
 * per agency whose placements reach {@code high} cases more often than chance allows; those
 * findings form no case and raise no placement's score.
 *
 * <p>"More often than chance": every agency has some flagged placements in a large organisation
 * (the post-hire scenario in docs/accuracy.md flagged all five of its agencies under a fixed
 * "two or more" rule). So the count of an agency's placements with a {@code high} case is tested
 * against the rate among all other agencies' placements with a one-sided binomial test at
 * {@value #ALPHA} (Bonferroni-divided by the number of agencies), and needs at least
 * {@value #MIN_FLAGGED} such placements.
 *
 * <p>Likelihood ratio: the agency's rate over the others' rate (floored at 1). It orders agency
 * findings for the vendor-risk team and enters no case.
 */
public final class AgencyPlacementReview {
  public static final String NAME = "vendor.agency-placements";
  static final int MIN_FLAGGED = 2;
  static final double ALPHA = 0.01;

  private final Map<String, String> agencyOfWorker = new TreeMap<>();
  private final Map<String, String> agencyName = new TreeMap<>();

  /** Records which agency placed the worker (the latest roster event wins). */
  public void placement(Worker w) {
    String agency = w.engagement() == null ? null : w.engagement().agency();
    String subject = Agencies.subject(agency);
    if (subject == null) return;
    agencyOfWorker.put(w.subject(), subject);
    agencyName.putIfAbsent(subject, agency.trim());
  }

  /**
   * Agency findings for a scan's findings, scored with {@code policy}; {@code time} stamps them
   * (the scan's watermark).
   */
  public List<Finding> review(Collection<Finding> findings, ScoringPolicy policy, long time) {
    return reviewCases(new CaseScorer(policy).score(findings), time);
  }

  /**
   * Agency findings for the cases a case book concluded (a worker case there holds its hiring-side
   * evidence too); {@code time} stamps them.
   */
  public List<Finding> reviewCases(List<Case> cases, long time) {
    Map<String, TreeSet<String>> flagged = new TreeMap<>();
    for (Case c : cases) {
      if (c.kind() != SubjectKind.WORKER || c.level() != Level.HIGH) continue;
      String agency = agencyOfWorker.get(c.subject());
      if (agency != null) flagged.computeIfAbsent(agency, k -> new TreeSet<>()).add(c.subject());
    }
    Map<String, Integer> placements = new TreeMap<>();
    for (String a : agencyOfWorker.values()) placements.merge(a, 1, Integer::sum);
    int flaggedAll = 0;
    for (TreeSet<String> f : flagged.values()) flaggedAll += f.size();
    int placedAll = agencyOfWorker.size();
    double alpha = ALPHA / Math.max(1, placements.size());
    List<Finding> out = new ArrayList<>();
    for (var e : flagged.entrySet()) {
      int k = e.getValue().size();
      int n = placements.get(e.getKey());
      int otherPlaced = placedAll - n;
      double others = otherPlaced == 0 ? 0 : (double) (flaggedAll - k) / otherPlaced;
      double p = binomialTail(n, k, others);
      if (k < MIN_FLAGGED || p >= alpha) continue;
      double rate = (double) k / n;
      double lr = others > 0 ? Math.max(1, rate / others) : Math.max(1, k);
      String name = agencyName.get(e.getKey());
      String explanation = String.format(Locale.ROOT,
          "%d of the %d workers placed by %s have high cases (%s), %.1f %% against %.2f %% of other agencies' "
              + "placements; by chance this many would occur with probability %.1e. This is for vendor review: it does "
              + "not raise any placement's score.", k, n, name, String.join(", ", e.getValue()), 100 * rate, 100 * others, p);
      out.add(new Finding(FindingIds.of(NAME, e.getKey(), "placements|" + k), NAME, e.getKey(), SubjectKind.AGENCY,
          time, "Agency " + name + ": " + k + " of " + n + " placements are high cases", explanation, lr,
          "vendor-placements",
          List.of(Evidence.measured("high_case_placements", k, "workers", "≥ " + MIN_FLAGGED, "AgencyPlacementReview"),
              Evidence.measured("placements", n, "workers", null, "worker roster engagement.agency"),
              Evidence.fact("binomial_p", String.format(Locale.ROOT, "%.1e", p),
                  "one-sided, vs other agencies' rate; α " + ALPHA + " / " + placements.size() + " agencies")),
          List.of(), new ArrayList<>(e.getValue())));
    }
    return out;
  }

  /** P(X ≥ k) for X ~ Binomial(n, p), summed in log space. */
  static double binomialTail(int n, int k, double p) {
    if (k <= 0) return 1;
    if (p <= 0) return 0;
    if (p >= 1) return 1;
    double sum = 0;
    double logP = Math.log(p);
    double logQ = Math.log1p(-p);
    for (int j = k; j <= n; j++) sum += Math.exp(logChoose(n, j) + j * logP + (n - j) * logQ);
    return Math.min(1, sum);
  }

  private static double logChoose(int n, int j) {
    return logFactorial(n) - logFactorial(j) - logFactorial(n - j);
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) s += Math.log(i);
    return s;
  }
}
