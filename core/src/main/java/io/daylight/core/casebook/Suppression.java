package io.daylight.core.casebook;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.util.Objects;

/**
 * An analyst's benign decision about one case, as data: in the case of ({@code kind},
 * {@code subject}), findings of {@code detector} in {@code dependencyGroup} no longer count, now
 * or when the detector reports the same fact again. It names the case, not the finding's own
 * subject: a worker case also holds the findings about the applicant cluster that hired the worker,
 * and deciding the worker benign must not silence the ring for another hire it produced.
 * Serializable: a Flink job carries the decisions it was started with.
 */
public record Suppression(SubjectKind kind, String subject, String detector, String dependencyGroup)
    implements java.io.Serializable {
  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(dependencyGroup, "dependencyGroup");
  }

  /** The suppression a benign decision on that case records for one of its findings. */
  public static Suppression of(SubjectKind kind, String subject, Finding f) {
    return new Suppression(kind, subject, f.detector(), f.dependencyGroup());
  }

  boolean covers(SubjectKind caseKind, String caseSubject, Finding f) {
    return kind == caseKind && subject.equals(caseSubject) && detector.equals(f.detector())
        && dependencyGroup.equals(f.dependencyGroup());
  }
}
