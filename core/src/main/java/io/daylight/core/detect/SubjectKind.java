package io.daylight.core.detect;

import java.util.Locale;

/**
 * What a finding is about. Only workers and applicant clusters become cases; landmark and agency
 * findings are for the people who run the measurement infrastructure and the vendor-risk team.
 */
public enum SubjectKind {
  WORKER, APPLICANT, LANDMARK, AGENCY;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean formsCase() {
    return this == WORKER || this == APPLICANT;
  }
}
