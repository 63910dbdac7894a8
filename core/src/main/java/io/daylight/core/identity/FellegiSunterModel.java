package io.daylight.core.identity;

import io.daylight.core.identity.PersonComparison.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Fellegi–Sunter model (Fellegi and Sunter, JASA 1969) as Splink implements it: for each field
 * and agreement level, m = P(level | same person) and u = P(level | different people); a pair's
 * match weight is log2 λ/(1−λ) + Σ log2 m/u over the fields both records have.
 *
 * <ul>
 *   <li>u is measured on random pairs of the data being linked (almost all of them are different
 *       people), as Splink's {@code estimate_u_using_random_sampling}, with a weak prior
 *       ({@link #PRIOR_U}) so small batches stay sane;</li>
 *   <li>m and λ (the share of blocked pairs that match) are estimated by expectation–maximisation on
 *       the blocked pairs, u held fixed (Winkler 1988; Splink's {@code estimate_parameters_using_
 *       expectation_maximisation}). EM starts from {@link #PRIOR_M} and treats it as a weak prior
 *       worth {@link #PRIOR_PAIRS} pairs, so a small batch (a demo of forty applications) cannot drive
 *       a level's m to 0 or 1;</li>
 *   <li>term frequency: an exact agreement on a name is weighted by that name's own frequency,
 *       m / p(value) instead of m / u (Winkler 1989 frequency-based matching; Splink's
 *       {@code term_frequency_adjustments}), so agreeing on "Smith" says less than on "Oyelaran".</li>
 * </ul>
 */
public final class FellegiSunterModel {
  /**
   * Starting point and prior of EM: policy assumptions, overwhelmed by data once a batch has a few
   * thousand blocked pairs (FEBRL runs move them by up to 0.57 — street exact 0.80 → 0.24 on FEBRL 3,
   * docs/accuracy.md).
   */
  static final double[][] PRIOR_M = {
      {0.85, 0.08, 0.04, 0.03},
      {0.85, 0.08, 0.04, 0.03},
      {0.85, 0.08, 0.04, 0.03},
      {0.9, 0.1},
      {0.8, 0.1, 0.05, 0.05},
      {0.85, 0.1, 0.05},
      {0.85, 0.1, 0.05},
      {0.9, 0.1},
      {0.85, 0.15},
  };
  static final double PRIOR_PAIRS = 20;
  /**
   * Prior of u: the random-pair agreement rates measured on FEBRL 3 (docs/accuracy.md, rounded),
   * worth {@link #PRIOR_U_PAIRS} random pairs. A batch of a few hundred records has tens of
   * thousands of random pairs and overrides it; a batch of four (one person's applications) cannot
   * teach u anything, and without the prior would conclude that everyone shares every name.
   */
  static final double[][] PRIOR_U = {
      {0.0033, 0.0012, 0.0055, 0.99},
      {0.0029, 0.0010, 0.0024, 0.9937},
      {0.0005, 0.0035, 0.0088, 0.9872},
      {0.0146, 0.9854},
      {0.0001, 0.0002, 0.0458, 0.9539},
      {0.0012, 0.0005, 0.9983},
      {0.0013, 0.0130, 0.9857},
      {0.2123, 0.7877},
      {0.0004, 0.9996},
  };
  static final double PRIOR_U_PAIRS = 1000;
  /** Term frequencies from fewer records than this are noise (a batch of one person: every name is 100 %). */
  static final int TF_MIN_RECORDS = 1000;
  static final double PRIOR_LAMBDA = 0.05;
  static final int EM_ITERATIONS = 40;

  final double[][] m;
  final double[][] u;
  final double lambda;
  /** P(two random records are one person): λ scaled from the blocked pairs to all pairs. */
  final double prior;
  private final Map<String, Integer> givenCounts;
  private final Map<String, Integer> surnameCounts;
  private final int records;

  private FellegiSunterModel(double[][] m, double[][] u, double lambda, double prior, Map<String, Integer> givenCounts,
                             Map<String, Integer> surnameCounts, int records) {
    this.m = m;
    this.u = u;
    this.lambda = lambda;
    this.prior = prior;
    this.givenCounts = givenCounts;
    this.surnameCounts = surnameCounts;
    this.records = records;
  }

  /**
   * Estimates the model on a batch.
   *
   * @param randomLevels comparison patterns of random pairs (for u)
   * @param blockedPatterns distinct level patterns of the blocked pairs with their counts (for EM)
   */
  static FellegiSunterModel estimate(long[] randomLevels, Map<Long, Integer> blockedPatterns,
                                     IdentityRecord[] records) {
    Field[] fields = PersonComparison.FIELDS;
    double[][] u = new double[fields.length][];
    for (Field f : fields) {
      double[] counts = new double[f.levels];
      for (int l = 0; l < f.levels; l++) counts[l] = PRIOR_U_PAIRS * PRIOR_U[f.ordinal()][l];
      double total = PRIOR_U_PAIRS;
      for (long p : randomLevels) {
        int l = PersonComparison.level(p, f);
        if (l == PersonComparison.MISSING) continue;
        counts[l]++;
        total++;
      }
      for (int l = 0; l < f.levels; l++) counts[l] /= total;
      u[f.ordinal()] = counts;
    }
    double[][] m = new double[fields.length][];
    for (Field f : fields) m[f.ordinal()] = PRIOR_M[f.ordinal()].clone();
    double lambda = PRIOR_LAMBDA;
    long[] patterns = new long[blockedPatterns.size()];
    int[] counts = new int[patterns.length];
    int k = 0;
    for (Map.Entry<Long, Integer> e : blockedPatterns.entrySet()) {
      patterns[k] = e.getKey();
      counts[k++] = e.getValue();
    }
    for (int it = 0; it < EM_ITERATIONS; it++) {
      double[][] mNum = new double[fields.length][];
      double[] mDen = new double[fields.length];
      for (Field f : fields) {
        double[] prior = PRIOR_M[f.ordinal()];
        mNum[f.ordinal()] = new double[f.levels];
        for (int l = 0; l < f.levels; l++) mNum[f.ordinal()][l] = PRIOR_PAIRS * prior[l];
        mDen[f.ordinal()] = PRIOR_PAIRS;
      }
      double matched = PRIOR_PAIRS * PRIOR_LAMBDA;
      double all = PRIOR_PAIRS;
      for (int i = 0; i < patterns.length; i++) {
        double logOdds = Math.log(lambda / (1 - lambda));
        for (Field f : fields) {
          int l = PersonComparison.level(patterns[i], f);
          if (l == PersonComparison.MISSING) continue;
          logOdds += Math.log(m[f.ordinal()][l] / u[f.ordinal()][l]);
        }
        double w = 1 / (1 + Math.exp(-logOdds));
        double cw = counts[i] * w;
        matched += cw;
        all += counts[i];
        for (Field f : fields) {
          int l = PersonComparison.level(patterns[i], f);
          if (l == PersonComparison.MISSING) continue;
          mNum[f.ordinal()][l] += cw;
          mDen[f.ordinal()] += cw;
        }
      }
      for (Field f : fields) {
        for (int l = 0; l < f.levels; l++) m[f.ordinal()][l] = mNum[f.ordinal()][l] / mDen[f.ordinal()];
      }
      lambda = Math.min(0.999, Math.max(1e-9, matched / all));
    }
    Map<String, Integer> given = new HashMap<>();
    Map<String, Integer> surname = new HashMap<>();
    for (IdentityRecord r : records) {
      if (!r.given.isEmpty()) given.merge(r.given, 1, Integer::sum);
      if (!r.surname.isEmpty()) surname.merge(r.surname, 1, Integer::sum);
    }
    // The u values describe random pairs, so the posterior needs the prior of a random pair, not of
    // a blocked one: matches among blocked pairs over all pairs (blocking misses few true pairs:
    // recall 0.999+ on FEBRL, docs/accuracy.md). Floored at one match among all pairs.
    double allPairs = Math.max(1, (double) records.length * (records.length - 1) / 2);
    long blocked = 0;
    for (int c : counts) blocked += c;
    double prior = Math.min(0.5, Math.max(1 / allPairs, lambda * blocked / allPairs));
    return new FellegiSunterModel(m, u, lambda, prior, given, surname, Math.max(1, records.length));
  }

  /** log2 of the Bayes factor of one comparison, term-frequency adjusted on exact names. */
  double matchWeight(IdentityRecord a, IdentityRecord b, long pattern) {
    double w = 0;
    for (Field f : PersonComparison.FIELDS) {
      int l = PersonComparison.level(pattern, f);
      if (l == PersonComparison.MISSING) continue;
      double mm = m[f.ordinal()][l];
      double uu = u[f.ordinal()][l];
      if (l == 0 && records >= TF_MIN_RECORDS && (f == Field.GIVEN_NAME || f == Field.SURNAME)) {
        uu = termFrequency(PersonComparison.agreedName(a, b, f), f);
      }
      w += log2(mm / uu);
    }
    return w;
  }

  /** The share of records carrying this name (at least one record's worth). */
  private double termFrequency(String value, Field f) {
    Map<String, Integer> table = f == Field.GIVEN_NAME ? givenCounts : surnameCounts;
    Integer c = table.get(value);
    if (c == null) c = (f == Field.GIVEN_NAME ? surnameCounts : givenCounts).getOrDefault(value, 1);
    return c / (double) records;
  }

  /** P(same person | comparison) from the random-pair prior and the match weight. */
  double probability(double matchWeight) {
    double logOdds2 = log2(prior / (1 - prior)) + matchWeight;
    return 1 / (1 + Math.pow(2, -logOdds2));
  }

  /** The estimated parameters, for the accuracy report. */
  public String describe() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "lambda(blocked)=%.5f prior(random pair)=%.3g%n", lambda, prior));
    for (Field f : PersonComparison.FIELDS) {
      b.append(String.format(Locale.ROOT, "%-14s", f.name().toLowerCase(Locale.ROOT)));
      for (int l = 0; l < f.levels; l++) {
        b.append(String.format(Locale.ROOT, "  [%s] m=%.4f u=%.6f", f.levelLabels[l], m[f.ordinal()][l], u[f.ordinal()][l]));
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
