package io.daylight.core.score;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Combines findings into cases in log-odds: posterior log-odds = prior log-odds + the sum, over
 * dependency groups, of the strongest finding's log10 likelihood ratio in that group (capped at
 * {@link ScoringPolicy#maxLog10PerGroup}). Taking the strongest per group instead of the sum is
 * how dependent findings are kept from being double-counted: two landmarks that both say "the
 * endpoint is not in Phoenix" observe one fact, not two. Exculpatory findings (ratio below 1)
 * count the same way, with the most exculpatory kept.
 *
 * <p>Groups are counted by the measurement they rest on ({@link DependencyGroups}) and, with a
 * {@link Calibration}, merged further where labelled co-firing showed dependence; a calibration
 * also replaces each finding's stated ratio by its bin's measured one. Each reason says where its
 * ratio comes from ("assumed", or "measured on n cases").
 */
public final class CaseScorer {
  private static final int SUMMARY_REASONS = 3;
  private final ScoringPolicy policy;
  private final Calibration calibration;

  public CaseScorer(ScoringPolicy policy) {
    this(policy, Calibration.NONE);
  }

  public CaseScorer(ScoringPolicy policy, Calibration calibration) {
    this.policy = policy;
    this.calibration = calibration;
  }

  public Calibration calibration() {
    return calibration;
  }

  public ScoringPolicy policy() {
    return policy;
  }

  /** One case per worker or applicant cluster that has findings, highest score first. */
  public List<Case> score(Collection<Finding> findings) {
    Map<String, List<Finding>> bySubject = new TreeMap<>();
    for (Finding f : findings) {
      if (!f.kind().formsCase()) continue;
      bySubject.computeIfAbsent(f.kind().wire() + "\u0000" + f.subject(), k -> new ArrayList<>()).add(f);
    }
    List<Case> cases = new ArrayList<>(bySubject.size());
    for (List<Finding> group : bySubject.values()) {
      cases.add(scoreOne(group));
    }
    cases.sort(Comparator.comparingDouble(Case::posterior).reversed().thenComparing(Case::subject));
    return cases;
  }

  /** The case of one subject; all findings must share subject and kind. */
  public Case scoreOne(List<Finding> findings) {
    Finding first = findings.get(0);
    for (Finding f : findings) {
      if (!f.subject().equals(first.subject()) || f.kind() != first.kind()) {
        throw new IllegalArgumentException("findings of several subjects in one case");
      }
    }
    return scoreLinked(first.subject(), first.kind(), findings, null);
  }

  /**
   * The case of one person whose findings come from several linked subjects (a worker and the
   * applicant cluster that hired it: see the case book); all of them are combined as one set, so
   * dependency groups apply across the subjects.
   *
   * @param span a sentence that says where the evidence comes from, or null
   */
  public Case scoreLinked(String subject, SubjectKind kind, List<Finding> findings, String span) {
    Map<String, Counted> strongestUp = new LinkedHashMap<>();
    Map<String, Counted> strongestDown = new LinkedHashMap<>();
    Set<String> members = new LinkedHashSet<>();
    List<String> uids = new ArrayList<>(findings.size());
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparingLong(Finding::time).thenComparing(Finding::uid));
    for (Finding f : ordered) {
      uids.add(f.uid());
      members.addAll(f.members());
      Counted c = new Counted(f, calibration.weigh(f));
      Map<String, Counted> side = c.weighed.ratio() >= 1 ? strongestUp : strongestDown;
      side.merge(c.weighed.group(), c, (a, b) ->
          Math.abs(Math.log(b.weighed.ratio())) > Math.abs(Math.log(a.weighed.ratio())) ? b : a);
    }
    double logOdds = Math.log10(policy.prior() / (1 - policy.prior()));
    List<Case.Reason> reasons = new ArrayList<>();
    for (Map<String, Counted> side : List.of(strongestUp, strongestDown)) {
      for (Map.Entry<String, Counted> e : side.entrySet()) {
        Finding f = e.getValue().finding;
        double l = Math.log10(e.getValue().weighed.ratio());
        l = Math.max(-policy.maxLog10PerGroup(), Math.min(policy.maxLog10PerGroup(), l));
        logOdds += l;
        reasons.add(new Case.Reason(e.getKey(), f.detector(), f.title(), l, f.uid(), e.getValue().weighed.source()));
      }
    }
    reasons.sort(Comparator.comparingDouble((Case.Reason r) -> -Math.abs(r.log10Ratio())).thenComparing(Case.Reason::group));
    double odds = Math.pow(10, logOdds);
    double posterior = odds / (1 + odds);
    Level level = policy.levelOf(posterior);
    int score = (int) Math.round(posterior * 100);
    return new Case(subject, kind, score, posterior, level, new ArrayList<>(members), uids,
        reasons, summary(subject, kind, score, level, reasons, findings.size(), span));
  }

  /** A finding with the ratio and group it is counted with. */
  private record Counted(Finding finding, Calibration.Weighed weighed) {}

  /** ", measured on n cases" for a measured ratio; nothing for an assumed one (the default). */
  private static String measuredOn(String source) {
    if (source == null || !source.startsWith("measured")) return "";
    int detail = source.indexOf(" (");
    return ", " + (detail < 0 ? source : source.substring(0, detail));
  }

  private static String ratioText(double ratio) {
    return ratio >= 10 ? io.daylight.core.detect.Numbers.grouped(ratio) : io.daylight.core.detect.Numbers.format(ratio);
  }

  private String summary(String subject, SubjectKind kind, int score, Level level, List<Case.Reason> reasons, int n,
                         String span) {
    StringBuilder b = new StringBuilder();
    b.append(kind == SubjectKind.WORKER ? "Worker " : "Applicant cluster ").append(subject)
        .append(": score ").append(score).append(" (").append(level.wire()).append("), ")
        .append(n).append(n == 1 ? " finding. " : " findings. ");
    if (span != null) b.append(span).append(' ');
    int shown = 0;
    for (Case.Reason r : reasons) {
      if (shown == SUMMARY_REASONS) break;
      b.append(shown == 0 ? "Top reasons: " : "; ").append(r.title())
          .append(" (likelihood ratio ").append(ratioText(Math.pow(10, r.log10Ratio())))
          .append(measuredOn(r.source())).append(')');
      shown++;
    }
    if (shown > 0) b.append('.');
    return b.toString();
  }
}
