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
  /**
   * A phone, a device or a payroll account is shared by two people of one household; a public
   * profile (GitHub, LinkedIn) is one person's account, and two names that do not link listing one
   * profile are two people presenting one person's work. Regression (issue 15, item 12): two
   * personas sharing one GitHub profile needed a third. Two names that are one person by their own
   * identifiers (a name change) do not count. The ratio is {@link #MANY_NAMES_LR}: assumed, not
   * measured for two names, because neither the ring scenario's honest applicants nor FEBRL 3 list
   * profile links (0 honest opportunities); re-measure on a deployment's labelled cases.
   */
  static final int MIN_NAMES_ON_PROFILE = 2;

  static int minNames(LinkResult.EdgeKind kind) {
    return kind == LinkResult.EdgeKind.PROFILE_LINK ? MIN_NAMES_ON_PROFILE : MIN_NAMES;
  }
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

  // Subtle-ring traces (issue 15, item 8). Work history and mailbox recipes cannot be measured on
  // the ring scenario (its applications list one dated job and no recipe with a literal); their
  // ratios are assumptions, stated with their reasoning. The network burst is measured.
  static final int MIN_NAMES_ON_WORK_HISTORY = 2;
  /**
   * Assumed: 40 % of rings that reuse a CV template keep its work history (rewording is cheap,
   * consistent invented histories are not); honest: two people with the same two or more employers
   * and identical start and end months, assumed at most 1 in 1,000 honest clusters (colleagues who
   * moved together twice in the same months): 0.40 / 0.001 = 400, used as 400.
   */
  static final double WORK_HISTORY_LR = 400;
  static final String WORK_HISTORY_SOURCE =
      "Ratio 400 is assumed (0.40 of template rings / 0.001 of honest clusters), not measured: the labelled "
          + "scenarios carry no multi-job histories.";
  /**
   * Assumed: 30 % of rings mint mailboxes by one recipe with a literal of its own; honest clusters
   * of three or more names sharing such a recipe (a family's "smithfamily" boxes) assumed 1 in 100:
   * 0.30 / 0.01 = 30.
   */
  static final double EMAIL_TEMPLATE_LR = 30;
  static final String EMAIL_TEMPLATE_SOURCE =
      "Ratio 30 is assumed (0.30 of rings / 0.01 of honest clusters), not measured: no labelled scenario "
          + "has recipes with a literal part.";
  static final int NETWORK_BURST_DAYS = 7;
  /**
   * Measured on the ring scenario (seed 20260101, RingCalibrationTest): 73 of 150 rings, 0 of
   * 20,525 honest units incl. a career centre's shared /24: 1,948. Used at 100, because that
   * generator files every ring from one /24 by construction; 100 allows 1 honest cluster in 200 with
   * three linked names from one block in a week (assumption).
   */
  static final double NETWORK_BURST_LR = 100;
  static final String NETWORK_BURST_SOURCE =
      "Measured 73 of 150 labelled rings and 0 of 20,525 honest units incl. a career centre's /24 (ring scenario, "
          + "ratio 1,948); used at 100 because that scenario files every ring from one /24.";

  private RingLikelihoods() {}
}
