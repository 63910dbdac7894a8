package io.daylight.core.location;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Interaction;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person who started the job is not the one doing it: a sudden, persistent rise of one
 * worker's own stimulus→response intervals against that worker's first weeks. Each worker is
 * their own baseline, so neither the population nor a published prior is needed.
 *
 * <p>Per series ({@code kind|measured_at}; server intervals minus {@code path_rtt_ms}): the
 * baseline is the first {@value #BLOCK} intervals, the recent block the newest {@value #BLOCK}
 * before each event-time day end. The shift is the difference of medians. Each block's median
 * gets the distribution-free order-statistic interval [x(10), x(21)] of 30 sorted values, which
 * covers the median with probability 1 − 2·P(Bin(30, ½) ≤ 9) = 95.7 %; the shift's interval
 * joins their far ends (recent low − baseline high, recent high − baseline low), so it is
 * conservative. (No bootstrap: this runs for every worker every day, and the exact interval is
 * both cheaper and reproducible without a random seed.) A handed-over session adds at least the
 * 30 ms least remote-desktop encoding (docs/latency-calibration.md), so a day counts when
 * the interval's low end exceeds 30 ms; the finding needs {@value #PERSIST_DAYS} such days in a
 * row (one slow week of a tired person recovers; a relay does not).
 *
 * <p>Ratio {@value #LIKELIHOOD_RATIO}: in {@code LocationAccuracyStudy} (seed 20260105, 1,000
 * workers, 90 days; docs/accuracy.md, "Location") the rule caught 30 of 30 hand-overs and 1 of
 * 850 honest workers: TPR / FPR ≥ 1 / (3/850) ≈ 283 (rule of three, as one false positive is
 * too few to estimate a rate), capped at 100 by the same policy as
 * {@link InteractionDelayDetector} (confounders the scenarios do not model, such as a worker who
 * starts using a sanctioned remote desktop).
 */
public final class OperatorShiftDetector implements Detector<OperatorShiftDetector.State> {
  public static final String NAME = "location.operator-shift";
  static final int BLOCK = 30;
  /** 0-based ranks of x(10) and x(21) among 30 sorted values: the 95.7 % interval of a median. */
  static final int CI_LOW_RANK = 9;
  static final int CI_HIGH_RANK = 20;
  static final int PERSIST_DAYS = 3;
  static final double LIKELIHOOD_RATIO = 100;
  static final long DAY_MS = 86_400_000L;

  /** Per worker, up to a few series: baseline block and a ring of the newest intervals. */
  public static final class State {
    public String[] series = new String[0];
    public double[][] base = new double[0][];
    public int[] baseCount = new int[0];
    public long[] baseEnd = new long[0];
    public double[][] recent = new double[0][];
    public long[][] recentTime = new long[0][];
    public int[] recentNext = new int[0];
    public int[] recentCount = new int[0];
    public int[] shiftDays = new int[0];
    public boolean reported;
    /** The last day whose closing timer was asked for. */
    public long timerDay = Long.MIN_VALUE;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.INTERACTION); }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Interaction i = (Interaction) event;
    double v = InteractionDelayDetector.corrected(i);
    if (Double.isNaN(v) || s.reported || i.kind() == null) return;
    int k = series(s, i.kind(), i.measuredAt());
    if (s.baseCount[k] < BLOCK) {
      s.base[k][s.baseCount[k]++] = v;
      s.baseEnd[k] = i.time();
      return;
    }
    int at = s.recentNext[k];
    s.recent[k][at] = v;
    s.recentTime[k][at] = i.time();
    s.recentNext[k] = (at + 1) % (2 * BLOCK);
    s.recentCount[k] = Math.min(2 * BLOCK, s.recentCount[k] + 1);
    long day = Math.floorDiv(i.time(), DAY_MS);
    if (day != s.timerDay) {
      s.timerDay = day;
      ctx.timerAt((day + 1) * DAY_MS);
    }
  }

  private static int series(State s, String kind, String measuredAt) {
    for (int k = 0; k < s.series.length; k++) {
      String x = s.series[k];
      if (x.length() == kind.length() + 1 + measuredAt.length() && x.startsWith(kind) && x.endsWith(measuredAt)) return k;
    }
    String key = kind + "|" + measuredAt;
    int n = s.series.length + 1;
    s.series = Arrays.copyOf(s.series, n);
    s.series[n - 1] = key;
    s.base = Arrays.copyOf(s.base, n);
    s.base[n - 1] = new double[BLOCK];
    s.baseCount = Arrays.copyOf(s.baseCount, n);
    s.baseEnd = Arrays.copyOf(s.baseEnd, n);
    s.recent = Arrays.copyOf(s.recent, n);
    s.recent[n - 1] = new double[2 * BLOCK];
    s.recentTime = Arrays.copyOf(s.recentTime, n);
    s.recentTime[n - 1] = new long[2 * BLOCK];
    s.recentNext = Arrays.copyOf(s.recentNext, n);
    s.recentCount = Arrays.copyOf(s.recentCount, n);
    s.shiftDays = Arrays.copyOf(s.shiftDays, n);
    return n - 1;
  }

  @Override
  public void onTimer(State s, long time, DetectorContext ctx) {
    if (s.reported) return;
    for (int k = 0; k < s.series.length; k++) {
      double[] recent = newestBefore(s, k, time);
      if (recent.length < BLOCK) continue;
      double[] base = Arrays.copyOf(s.base[k], BLOCK);
      Arrays.sort(base);
      double baseMedian = RobustStats.quantileSorted(base, BLOCK, 0.5);
      double shift = RobustStats.quantileSorted(recent, BLOCK, 0.5) - baseMedian;
      boolean shifted = false;
      double[] ci = null;
      if (shift > OperatorDistance.ENCODE_MIN_MS) {
        ci = new double[] {recent[CI_LOW_RANK] - base[CI_HIGH_RANK], recent[CI_HIGH_RANK] - base[CI_LOW_RANK]};
        shifted = ci[0] > OperatorDistance.ENCODE_MIN_MS;
      }
      s.shiftDays[k] = shifted ? s.shiftDays[k] + 1 : 0;
      if (s.shiftDays[k] >= PERSIST_DAYS) {
        s.reported = true;
        ctx.emit(finding(s, k, ctx.key(), time, baseMedian, RobustStats.quantileSorted(recent, BLOCK, 0.5), shift, ci));
        return;
      }
    }
  }

  /**
   * The newest {@value #BLOCK} intervals with time before the cut-off, sorted (fewer if absent).
   * The ring holds one worker's intervals in event-time order, so walking back from the newest
   * entry meets them newest first.
   */
  private static double[] newestBefore(State s, int k, long cutoff) {
    int n = s.recentCount[k];
    int size = 2 * BLOCK;
    double[] out = new double[BLOCK];
    int m = 0;
    for (int j = 1; j <= n && m < BLOCK; j++) {
      int at = Math.floorMod(s.recentNext[k] - j, size);
      if (s.recentTime[k][at] < cutoff) out[m++] = s.recent[k][at];
    }
    double[] taken = m == BLOCK ? out : Arrays.copyOf(out, m);
    Arrays.sort(taken);
    return taken;
  }

  private static Finding finding(State s, int k, String subject, long time, double baseMedian, double recentMedian,
                                 double shift, double[] ci) {
    String explanation = String.format(Locale.ROOT,
        "Worker %s's %s stimulus→response intervals moved from a median of %s ms over the first %d to %s ms over the "
            + "newest %d: %s ms slower (95 %% CI %s–%s, from each block's order-statistic interval x(10)–x(21), 95.7 %% "
            + "each), above the 30 ms least "
            + "remote-desktop encoding on %d days in a row. A person handing the keyboard to a remote operator looks "
            + "like this: the interviewee is not the one working.",
        subject, s.series[k], Numbers.format(baseMedian), BLOCK, Numbers.format(recentMedian), BLOCK,
        Numbers.format(shift), Numbers.format(ci[0]), Numbers.format(ci[1]), s.shiftDays[k]);
    List<Evidence> ev = List.of(
        Evidence.measured("baseline_median_ms", baseMedian, "ms", null, "first " + BLOCK + " intervals"),
        Evidence.measured("recent_median_ms", recentMedian, "ms", null, "newest " + BLOCK + " intervals"),
        Evidence.measured("shift_ms", shift, "ms", "CI low > 30 ms", "latency-calibration.md: encoding 30–80 ms"),
        Evidence.measured("shift_ci_low_ms", ci[0], "ms", null, "order statistics x(10)–x(21) of 30, 95.7 %"),
        Evidence.measured("shift_ci_high_ms", ci[1], "ms", null, "order statistics x(10)–x(21) of 30, 95.7 %"),
        Evidence.measured("consecutive_days", s.shiftDays[k], "days", "≥ " + PERSIST_DAYS, "persistence rule"));
    return new Finding(FindingIds.of(NAME, subject, s.series[k]), NAME, subject, SubjectKind.WORKER, time,
        "Reaction delay jumped after onboarding: someone else may be at the keyboard", explanation,
        LIKELIHOOD_RATIO, "operator-location", ev, List.of(), null);
  }
}
