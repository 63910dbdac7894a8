package io.daylight.core.score;

import io.daylight.core.detect.SubjectKind;
import java.util.List;

/**
 * A worker, or an applicant cluster, with its combined evidence.
 *
 * @param score the posterior probability of fraud, in percent (0..100)
 * @param reasons the dependency groups that moved the score, strongest first
 */
public record Case(
    String subject,
    SubjectKind kind,
    int score,
    double posterior,
    Level level,
    List<String> members,
    List<String> findings,
    List<Reason> reasons,
    String summary) {

  public Case {
    members = List.copyOf(members);
    findings = List.copyOf(findings);
    reasons = List.copyOf(reasons);
  }

  /**
   * One dependency group's contribution: the strongest finding's title and its log10 ratio.
   *
   * @param source where the ratio comes from: {@code assumed} (the detector's stated policy ratio)
   *     or "measured on n cases (…)" from a {@link Calibration}
   */
  public record Reason(String group, String detector, String title, double log10Ratio, String findingUid,
                       String source) {}
}
