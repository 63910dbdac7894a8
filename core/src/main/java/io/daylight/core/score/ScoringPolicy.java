package io.daylight.core.score;

/**
 * The stated assumptions that turn likelihood ratios into a case score.
 *
 * @param prior probability that a worker or applicant cluster is fraudulent before any evidence.
 *     This is a policy input, not a measurement: no public figure gives the prevalence of
 *     impostor workers in a given company. The default, 1 in 1,000, is an assumption each
 *     deployment should replace with its own history (confirmed cases / population).
 * @param highAt posterior at or above which a case is {@code high}: 0.5 means "more likely than
 *     not", the point where an investigation is the rational next step
 * @param mediumAt posterior at or above which a case is {@code medium} (worth a look)
 * @param maxLog10PerGroup cap on one dependency group's contribution, so that many correlated
 *     findings about one fact (where the endpoint is) cannot add up to certainty
 */
public record ScoringPolicy(double prior, double highAt, double mediumAt, double maxLog10PerGroup) {

  public static final ScoringPolicy DEFAULT = new ScoringPolicy(0.001, 0.5, 0.05, 4.0);

  public ScoringPolicy {
    if (!(prior > 0 && prior < 1)) throw new IllegalArgumentException("prior must be in (0,1): " + prior);
    if (!(mediumAt > 0 && mediumAt <= highAt && highAt < 1)) {
      throw new IllegalArgumentException("need 0 < mediumAt <= highAt < 1");
    }
    if (!(maxLog10PerGroup > 0)) throw new IllegalArgumentException("maxLog10PerGroup must be positive");
  }

  public Level levelOf(double posterior) {
    if (posterior >= highAt) return Level.HIGH;
    if (posterior >= mediumAt) return Level.MEDIUM;
    return Level.LOW;
  }
}
