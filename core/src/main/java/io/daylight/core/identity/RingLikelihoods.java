package io.daylight.core.identity;

/**
 * Thresholds and likelihood ratios of the cluster signals, measured — not chosen — on labelled data:
 *
 * <ul>
 *   <li>P(signal | ring): share of the rings of the project's applicant-ring scenario (calibration
 *       seed, core test {@code RingCalibrationTest}) whose cluster fires the signal;</li>
 *   <li>P(signal | honest): share of honest units that fire it, the larger of two measurements:
 *       the honest applicants and benign look-alike groups of the same scenario (siblings at one
 *       address with a family phone, spouses sharing a phone, a bootcamp cohort's CV template, a
 *       career centre's shared IP, internal moves, honest re-applications), and the FEBRL 3
 *       persons (2,000 people with typo-ridden duplicate records: the honest noise of real
 *       re-entry);</li>
 *   <li>both shares with Jeffreys smoothing ((k + 0.5) / (n + 1)), so a signal never seen among
 *       honest units gets a finite ratio set by how many honest units were looked at, and the ratio
 *       below is rounded down.</li>
 * </ul>
 *
 * The scenario is synthetic: these ratios say how well the signals separate the behaviours the
 * scenario encodes, and should be re-measured on a deployment's own labelled cases.
 */
final class RingLikelihoods {
  static final int MIN_NAMES = 3;
  static final int MIN_CONTACT_SETS = 3;
  static final int MIN_BURST = 4;
  static final int BURST_DAYS = 30;

  // Measured by RingCalibrationTest (seed 20260101: 20,000 honest draws → 20,525 honest units with
  // look-alikes, 150 rings; FEBRL 3: 2,000 persons). Jeffreys-smoothed, rounded down.
  // MANY_NAMES and VELOCITY re-measured after a shared device became evidence only with shared
  // personal identifiers or a copied CV (issue 15, staffing agencies): were 91 and 111 of 150 rings.
  static final double MANY_NAMES_LR = 1900;
  static final String MANY_NAMES_SOURCE =
      "73 of 150 labelled rings and 0 of 20,525 honest units incl. shared family phones (ring scenario) and 0 of 2,000 FEBRL 3 persons";
  static final double CV_REUSE_LR = 2800;
  static final String CV_REUSE_SOURCE =
      "108 of 150 labelled rings and 0 of 20,525 honest units incl. a bootcamp CV template (ring scenario)";
  static final double CONTACT_SETS_LR = 940;
  static final String CONTACT_SETS_SOURCE =
      "35 of 150 labelled rings and 0 of 20,525 honest units incl. re-applicants with a new phone (ring scenario) and 0 of 2,000 FEBRL 3 persons";
  static final double REAPPEARS_LR = 1280;
  static final String REAPPEARS_SOURCE =
      "48 of 150 labelled rings and 0 of 20,525 honest units incl. internal moves (ring scenario) and 0 of 2,000 FEBRL 3 persons";
  static final double VELOCITY_LR = 89;
  static final String VELOCITY_SOURCE =
      "94 of 150 labelled rings and 143 of 20,525 honest units incl. applicants to several roles (ring scenario)";

  private RingLikelihoods() {}
}
