package io.daylight.core.detect;

import java.util.List;
import java.util.Objects;

/**
 * What a detector concluded, with the numbers to check it.
 *
 * @param uid deterministic id (detector, subject and what was observed), so re-running the same
 *     input yields the same finding and both runtimes agree
 * @param detector the detector's name
 * @param subject the worker id, the applicant cluster id, the landmark id or {@code agency:<name>}
 * @param kind what the subject is
 * @param time event time of the observation that completed the finding (epoch ms)
 * @param title a short sentence: "Endpoint answered faster than light allows from Phoenix"
 * @param explanation the whole reasoning in plain words, with its numbers
 * @param likelihoodRatio P(observation | fraud) / P(observation | honest worker), with its source
 *     in the detector (a calibration may replace it by a measured one: {@code score.Calibration})
 * @param dependencyGroup findings in one group observe the same underlying fact (for example where
 *     the endpoint is); the scorer counts only the strongest of a group, after mapping groups that
 *     rest on one measurement together ({@code score.DependencyGroups}) and, with a calibration,
 *     groups that labelled data showed to co-fire
 * @param evidence the facts behind it
 * @param eventIds the input events it rests on (for drill-down)
 * @param members for clusters: the application or worker ids in it; otherwise the subject alone
 */
public record Finding(
    String uid,
    String detector,
    String subject,
    SubjectKind kind,
    long time,
    String title,
    String explanation,
    double likelihoodRatio,
    String dependencyGroup,
    List<Evidence> evidence,
    List<String> eventIds,
    List<String> members) {

  public Finding {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    if (!(likelihoodRatio > 0) || Double.isInfinite(likelihoodRatio)) {
      throw new IllegalArgumentException("likelihood ratio must be finite and positive: " + likelihoodRatio);
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    members = members == null || members.isEmpty() ? List.of(subject) : List.copyOf(members);
    dependencyGroup = dependencyGroup == null ? detector : dependencyGroup;
  }
}
