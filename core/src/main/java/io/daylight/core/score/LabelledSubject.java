package io.daylight.core.score;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.util.List;

/**
 * One subject whose truth is known (a labelled scenario's answer key, or an analyst's confirmed or
 * benign decision) with the findings observed on it.
 *
 * @param id unique among the subjects of one fit, e.g. {@code worker:w-17} or {@code applicant:a-3}
 * @param kind a worker or an application (the denominators of a detector are the subjects of the
 *     kind its findings are about)
 */
public record LabelledSubject(String id, SubjectKind kind, boolean fraud, List<Finding> findings) {
  public LabelledSubject {
    findings = List.copyOf(findings);
  }
}
