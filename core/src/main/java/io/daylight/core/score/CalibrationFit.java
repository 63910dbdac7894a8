package io.daylight.core.score;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.ratio.PolicyRatio;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits a {@link Calibration} from labelled subjects.
 *
 * <p><b>Ratios.</b> Per bin, P(fire | honest) and P(fire | fraud) each get a Beta prior worth
 * {@code k0} pseudo-firings (Beta(k0, k0/p0 − k0) for prior mean p0). The honest arm's prior mean is
 * {@value #POLICY_FRAUD_RATE} / R for a stated ratio R ≥ 1 ({@value #POLICY_FRAUD_RATE} is the
 * median of the fraud rates the detectors' {@code PolicyRatio.of} constants state: 21 constants
 * from 0.10 to 0.70; for R &lt; 1 the honest mean is {@value #POLICY_FRAUD_RATE}). The fraud arm's
 * prior mean is R times the honest arm's posterior mean, so the prior is the stated ratio itself:
 * with no fraudulent subjects the fitted ratio is exactly R whatever the honest data say (a ratio
 * compares two arms; one measured arm says nothing about it). The ratio is the quotient of the
 * posterior means, (firedF + k0) / (nF + k0/pF0) over (firedH + k0) / (nH + k0/pH0), and moves
 * halfway to the measured one once the labelled data hold about k0 firings in each arm. Weight is
 * counted in firings, not subjects, because a rate's relative uncertainty is about 1/√firings:
 * {@value #PRIOR_FIRINGS} pseudo-firings per arm say the stated ratio is right within a factor of
 * about 2 (e^√(1/4 + 1/4)), which is how far the stated rates are trusted (policy assumptions,
 * most without any public measurement behind them).
 *
 * <p><b>Measured where it decides.</b> A bin stating ratio R is counted only on subjects where no
 * other group fired with a stated ratio above R (for R &gt; 1). The scorer adds only present
 * findings; a weak signal that fires on most fraudulent subjects only beside overwhelming
 * evidence (an application's IP geography on ring members, beside CV reuse at 2,800) would, counted
 * on all subjects, get a large ratio and then apply it to honest subjects where it fires alone.
 * On the demo organisation (seed 20260105) that inflated {@code screening.geography} from 2 to 20
 * and made held-out reliability worse (Brier 0.00326 stated → 0.00361; docs/calibration.md). A bin whose
 * fraudulent or honest denominator is then empty is not measured and keeps its stated ratio.
 *
 * <p><b>Analyst decisions are a biased sample.</b> A case is decided only after its score put it
 * in front of a person, so the benign decisions are honest subjects the detectors already fired
 * on: measured among them, P(fire | honest) is far above its population value for every detector
 * that puts cases in the queue, and its ratio is biased toward 1. A heavier prior
 * ({@value #DECISIONS_PRIOR_FIRINGS} pseudo-firings per arm, so a ratio moves halfway only after
 * that many decided cases on which it fired on each side) keeps a year of decisions from
 * collapsing the ratios that fill the queue; a labelled population sample (a red-team exercise, an
 * audit of a random draw of workers) is the unbiased measurement and takes the lighter prior.
 *
 * <p><b>Dependence.</b> Two groups (after the mechanism table {@link DependencyGroups}) whose
 * findings co-fire on one subject far more than independence allows, <em>within</em> the honest
 * and within the fraudulent subjects, observe one fact: the log-odds sum assumes independence
 * given the class, so co-firing that follows from both detecting fraud is fine and co-firing
 * within a class is not. Measure: Loevinger's H (see {@link Calibration.GroupPair}), which
 * normalises the excess of the joint rate over the product of the marginals by its maximum, so a
 * pair firing on most fraudulent subjects (where a plain lift cannot exceed 1 / the rate) is
 * judged on the same scale as a rare pair. Threshold H ≥ {@value #DEPENDENT_H} in both classes
 * (Mokken's boundary of a "strong" scale, Sijtsma and Molenaar, Introduction to Nonparametric
 * Item Response Theory, 2002, ch. 5) and at least {@value #MIN_JOINT} subjects of each class with
 * both, so one coincidence merges nothing. Dependent groups are merged (transitively).
 */
public final class CalibrationFit {
  /** Pseudo-firings per arm for a labelled sample (see the class comment). */
  public static final double PRIOR_FIRINGS = 4;
  /** Pseudo-firings per arm for analysts' decisions, a sample biased toward flagged subjects. */
  public static final double DECISIONS_PRIOR_FIRINGS = 16;
  /** Median fraud rate stated by the detectors' PolicyRatio constants (21 constants, 0.10–0.70). */
  static final double POLICY_FRAUD_RATE = 0.4;
  /** A prior rate must stay below 1 for its Beta to exist. */
  static final double MAX_RATE = 0.95;
  static final double DEPENDENT_H = 0.5;
  static final int MIN_JOINT = 3;

  private CalibrationFit() {}

  public static Calibration fit(List<LabelledSubject> subjects, double priorFirings, String origin) {
    if (!(priorFirings > 0)) throw new IllegalArgumentException("prior weight must be positive: " + priorFirings);
    Map<String, Bin> bins = new TreeMap<>();
    Map<String, Set<SubjectKind>> groupKinds = new HashMap<>();
    List<Fired> fired = new ArrayList<>(subjects.size());
    int fraud = 0;
    int honest = 0;
    for (LabelledSubject s : subjects) {
      if (s.fraud()) fraud++; else honest++;
      Set<SubjectKind> kinds = new TreeSet<>();
      kinds.add(s.kind());
      Set<String> binsHere = new TreeSet<>();
      Map<String, Double> strongest = new HashMap<>(); // group -> its strongest stated log ratio here
      for (Finding f : s.findings()) {
        kinds.add(f.kind());
        String key = Calibration.bin(f);
        String g = DependencyGroups.byMeasurement(f.dependencyGroup());
        Bin bin = bins.computeIfAbsent(key, k -> new Bin(f.detector(), Calibration.tier(f.likelihoodRatio()), f.kind()));
        bin.logRatios.add(Math.log(f.likelihoodRatio()));
        bin.group = g;
        binsHere.add(key);
        groupKinds.computeIfAbsent(g, x -> new TreeSet<>()).add(f.kind());
        strongest.merge(g, Math.log(f.likelihoodRatio()), Math::max);
      }
      fired.add(new Fired(s.fraud(), kinds, strongest, binsHere));
    }
    Map<String, Calibration.BinRatio> ratios = new LinkedHashMap<>();
    for (Map.Entry<String, Bin> e : bins.entrySet()) {
      Bin b = e.getValue();
      double stated = b.meanLogRatio();
      String group = b.group;
      int[] n = new int[2];
      for (Fired f : fired) {
        if (!f.kinds.contains(b.kind) || stated > 0 && f.strongerElsewhere(group, stated)) continue;
        n[f.fraud ? 0 : 1]++;
        if (f.bins.contains(e.getKey())) {
          if (f.fraud) b.fraudFired++; else b.honestFired++;
        }
      }
      ratios.put(e.getKey(), ratio(b, n[0], n[1], priorFirings));
    }
    List<Calibration.GroupPair> pairs = pairs(fired, groupKinds);
    return new Calibration(ratios, merges(pairs), pairs, priorFirings, fraud, honest, origin);
  }

  /** The posterior-mean ratio of one bin (class comment). */
  static Calibration.BinRatio ratio(Bin b, int fraudN, int honestN, double k0) {
    double assumed = PolicyRatio.round3(Math.exp(b.meanLogRatio()));
    double pH0 = assumed >= 1 ? POLICY_FRAUD_RATE / assumed : POLICY_FRAUD_RATE;
    double pH = (b.honestFired + k0) / (honestN + k0 / pH0);
    double pF0 = Math.min(MAX_RATE, assumed * pH);
    double pF = (b.fraudFired + k0) / (fraudN + k0 / pF0);
    return new Calibration.BinRatio(b.detector, b.tier, assumed, fraudN, b.fraudFired, honestN, b.honestFired,
        PolicyRatio.round3(pF / pH));
  }

  private static List<Calibration.GroupPair> pairs(List<Fired> fired, Map<String, Set<SubjectKind>> groupKinds) {
    Set<String> seen = new TreeSet<>();
    for (Fired f : fired) {
      List<String> gs = new ArrayList<>(new TreeSet<>(f.groups.keySet()));
      for (int i = 0; i < gs.size(); i++) {
        for (int j = i + 1; j < gs.size(); j++) seen.add(gs.get(i) + "\u0000" + gs.get(j));
      }
    }
    List<Calibration.GroupPair> out = new ArrayList<>();
    for (String key : seen) {
      String a = key.substring(0, key.indexOf('\u0000'));
      String b = key.substring(key.indexOf('\u0000') + 1);
      double[] fr = coFiring(fired, true, a, b, groupKinds);
      double[] ho = coFiring(fired, false, a, b, groupKinds);
      boolean dependent = fr[0] >= MIN_JOINT && ho[0] >= MIN_JOINT && fr[1] >= DEPENDENT_H && ho[1] >= DEPENDENT_H;
      out.add(new Calibration.GroupPair(a, b, (int) fr[0], fr[1], fr[2], (int) ho[0], ho[1], ho[2], dependent));
    }
    return out;
  }

  /** {both, Loevinger's H, lift} within one class, over the subjects on which both groups could fire. */
  static double[] coFiring(List<Fired> fired, boolean fraud, String a, String b, Map<String, Set<SubjectKind>> groupKinds) {
    int n = 0;
    int na = 0;
    int nb = 0;
    int both = 0;
    for (Fired f : fired) {
      if (f.fraud != fraud || !f.couldShow(groupKinds.get(a)) || !f.couldShow(groupKinds.get(b))) continue;
      n++;
      boolean ia = f.groups.containsKey(a);
      boolean ib = f.groups.containsKey(b);
      if (ia) na++;
      if (ib) nb++;
      if (ia && ib) both++;
    }
    if (n == 0 || na == 0 || nb == 0) return new double[] {both, Double.NaN, Double.NaN};
    double pa = (double) na / n;
    double pb = (double) nb / n;
    double pab = (double) both / n;
    double max = Math.min(pa, pb) - pa * pb;
    double h = max <= 0 ? Double.NaN : (pab - pa * pb) / max;
    return new double[] {both, h, pab / (pa * pb)};
  }

  private static Map<String, String> merges(List<Calibration.GroupPair> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (Calibration.GroupPair p : pairs) {
      if (!p.dependent()) continue;
      String ra = root(parent, p.a());
      String rb = root(parent, p.b());
      if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
    Map<String, Set<String>> members = new TreeMap<>();
    for (String g : new ArrayList<>(parent.keySet())) {
      members.computeIfAbsent(root(parent, g), k -> new TreeSet<>(Set.of(k))).add(g);
    }
    Map<String, String> out = new HashMap<>();
    for (Set<String> m : members.values()) {
      String name = String.join("+", m);
      for (String g : m) out.put(g, name);
    }
    return out;
  }

  private static String root(Map<String, String> parent, String g) {
    String r = g;
    while (parent.containsKey(r)) r = parent.get(r);
    return r;
  }

  /** One bin's running counts. */
  static final class Bin {
    final String detector;
    final String tier;
    final SubjectKind kind;
    final List<Double> logRatios = new ArrayList<>();
    int fraudFired;
    int honestFired;

    String group;

    Bin(String detector, String tier, SubjectKind kind) {
      this.detector = detector;
      this.tier = tier;
      this.kind = kind;
    }

    double meanLogRatio() {
      return logRatios.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
  }

  /**
   * One labelled subject as the fit sees it.
   *
   * @param groups group → the strongest stated log ratio among its findings there
   */
  private record Fired(boolean fraud, Set<SubjectKind> kinds, Map<String, Double> groups, Set<String> bins) {
    /** Whether a group other than {@code group} fired with a stated ratio above {@code logRatio}. */
    boolean strongerElsewhere(String group, double logRatio) {
      for (Map.Entry<String, Double> e : groups.entrySet()) {
        if (!e.getKey().equals(group) && e.getValue() > logRatio && e.getValue() > 0) return true;
      }
      return false;
    }

    boolean couldShow(Set<SubjectKind> groupKinds) {
      for (SubjectKind k : groupKinds) if (kinds.contains(k)) return true;
      return false;
    }
  }
}
