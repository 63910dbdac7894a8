package io.daylight.core.remote;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Keystrokes;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Remote-control artefacts in keystroke and pointer <em>timing</em> (never content). Constant
 * latency does not change typing rhythm (Kuzminykh et al., arXiv 2012.03577, cited in
 * docs/latency-calibration.md); what a relay leaves is:
 * <ul>
 *   <li><b>coalescing</b>: runs of presses closer together than any human rollover explains
 *       ({@link BatchTiming#COALESCE_MS});
 *   <li><b>pointer tick</b>: pointer moves locked to a period that is neither a HID poll rate nor
 *       a display frame rate: the remote protocol's send tick (US patent 9,319,422);
 *   <li><b>constant holds</b>: near-identical hold times, the mark of injected input (IP-KVM);
 *   <li><b>bunching beyond the person's baseline</b>: intervals under 10 ms, the delivery of
 *       packets held up by a stall, at several times the rate of the worker's own first batches.
 * </ul>
 * Benign look-alikes: OpenSSH ≥ 9.5's 20 ms grid with chaff (a batch on the grid is set aside:
 * keys in one slot arrive together by design), kloak-style randomisation (adds spread but not
 * sub-2 ms runs; a worker using it from the start has it in their own baseline), and fast typists
 * with heavy rollover (short intervals, but tens of ms, not under 2).
 *
 * <p>Ratios: detection rate over false-positive rate of each rule in the labelled scenarios of
 * {@code LocationAccuracyStudy} (seed 20260105, 1,000 workers, 90 days; docs/accuracy.md,
 * "Location"), with the rule of three (3/850) standing for zero false positives, capped at 100
 * by policy because the relay's artefacts in those scenarios are modelled, not measured (stalls
 * in 35 % of batches, a 25–50 ms protocol tick): coalescing 110/110 relayed → ≥ 283 → 100;
 * pointer tick 80/80 relays with a software client → 100; constant holds 30/30 IP-KVM → 100;
 * bunching 19/110 → 0.17 / 0.0035 ≈ 49. All four observe one fact (relayed input), so they
 * share a dependency group and the case counts the strongest.
 */
public final class RemoteInputDetector implements Detector<RemoteInputDetector.State> {
  public static final String NAME = "remote.input-timing";
  static final int MIN_BATCHES = 20;
  static final int MIN_COALESCED_BATCHES = 3;
  static final double COALESCED_SHARE = 0.05;
  static final int MIN_POINTER_BATCHES = 10;
  static final int MIN_HOLD_BATCHES = 10;
  static final double LOCKED_SHARE = 0.5;
  static final int BASELINE_BATCHES = 20;
  static final int WINDOW_BATCHES = 20;
  static final double BUNCH_RATE_RATIO = 3;
  static final double MIN_BUNCH_RATE = 0.05;
  static final double LR_COALESCING = 100;
  static final double LR_POINTER_TICK = 100;
  static final double LR_CONSTANT_HOLD = 100;
  static final double LR_BUNCHING = 49;

  /** Per-worker counters. */
  public static final class State {
    public int batches;
    public int sshGridBatches;
    public int coalescedBatches;
    public int coalescedRuns;
    public int pointerBatches;
    public int pointerLocked;
    public double lastLockedPeriodMs = Double.NaN;
    public int holdBatches;
    public int constantHoldBatches;
    public double lastHoldSdMs = Double.NaN;
    public int baselineBatches;
    public long baselineIntervals;
    public long baselineBunched;
    public int windowBatches;
    public long windowIntervals;
    public long windowBunched;
    public int bunchedWindowsInRow;
    public double lastWindowRate = Double.NaN;
    public boolean reportedCoalescing;
    public boolean reportedPointer;
    public boolean reportedHold;
    public boolean reportedBunching;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.KEYSTROKES); }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Keystrokes k = (Keystrokes) event;
    BatchTiming t = BatchTiming.of(k.downMs(), k.upMs(), k.pointerMs());
    if (t.pointerAssessed) {
      s.pointerBatches++;
      if (t.pointerLocked) {
        s.pointerLocked++;
        s.lastLockedPeriodMs = t.pointerPeriodMs;
      }
    }
    if (t.holdAssessed) {
      s.holdBatches++;
      if (t.constantHold) {
        s.constantHoldBatches++;
        s.lastHoldSdMs = t.holdSdMs;
      }
    }
    if (t.sshGrid) {
      s.sshGridBatches++;
    } else if (t.intervals >= BatchTiming.MIN_INTERVALS) {
      s.batches++;
      if (t.coalescedRuns > 0) {
        s.coalescedBatches++;
        s.coalescedRuns += t.coalescedRuns;
      }
      bunching(s, t, k, ctx);
    }
    String subject = k.subject();
    if (!s.reportedCoalescing && s.batches >= MIN_BATCHES && s.coalescedBatches >= MIN_COALESCED_BATCHES
        && s.coalescedBatches >= COALESCED_SHARE * s.batches) {
      s.reportedCoalescing = true;
      ctx.emit(coalescing(s, subject, k.time()));
    }
    if (!s.reportedPointer && s.pointerBatches >= MIN_POINTER_BATCHES && s.pointerLocked >= LOCKED_SHARE * s.pointerBatches) {
      s.reportedPointer = true;
      ctx.emit(pointer(s, subject, k.time()));
    }
    if (!s.reportedHold && s.holdBatches >= MIN_HOLD_BATCHES && s.constantHoldBatches >= LOCKED_SHARE * s.holdBatches) {
      s.reportedHold = true;
      ctx.emit(hold(s, subject, k.time()));
    }
  }

  private void bunching(State s, BatchTiming t, Keystrokes k, DetectorContext ctx) {
    if (s.baselineBatches < BASELINE_BATCHES) {
      s.baselineBatches++;
      s.baselineIntervals += t.intervals;
      s.baselineBunched += t.bunched;
      return;
    }
    s.windowBatches++;
    s.windowIntervals += t.intervals;
    s.windowBunched += t.bunched;
    if (s.windowBatches < WINDOW_BATCHES) return;
    double base = (s.baselineBunched + 1.0) / (s.baselineIntervals + 2.0);
    double rate = (s.windowBunched + 1.0) / (s.windowIntervals + 2.0);
    boolean high = rate >= MIN_BUNCH_RATE && rate >= BUNCH_RATE_RATIO * base;
    s.bunchedWindowsInRow = high ? s.bunchedWindowsInRow + 1 : 0;
    s.lastWindowRate = rate;
    s.windowBatches = 0;
    s.windowIntervals = 0;
    s.windowBunched = 0;
    if (!s.reportedBunching && s.bunchedWindowsInRow >= 2) {
      s.reportedBunching = true;
      ctx.emit(bunched(s, k.subject(), k.time(), base, rate));
    }
  }

  private static Finding make(String subject, String what, long time, String title, String explanation, double lr,
                              List<Evidence> ev) {
    return new Finding(FindingIds.of(NAME, subject, what), NAME, subject, SubjectKind.WORKER, time, title, explanation,
        lr, "remote-control-input", ev, List.of(), null);
  }

  private static Finding coalescing(State s, String subject, long time) {
    String explanation = String.format(Locale.ROOT,
        "In %d of %d typing batches of worker %s (%s %%), three or more key presses arrived less than %s ms apart "
            + "(%d such runs). People type with a mean interval of 238.66 ms (SD 111.6, log-normal; Dhakal et al., "
            + "CHI 2018): even heavy rollover leaves tens of ms between presses. Runs like these are keys held up "
            + "and released together by a relay. %d batches on OpenSSH's 20 ms grid were set aside.",
        s.coalescedBatches, s.batches, subject, Numbers.format(100.0 * s.coalescedBatches / s.batches),
        Numbers.format(BatchTiming.COALESCE_MS), s.coalescedRuns, s.sshGridBatches);
    return make(subject, "coalescing", time, "Key presses arrive coalesced, as through a remote-control relay",
        explanation, LR_COALESCING, List.of(
            Evidence.measured("coalesced_batches", s.coalescedBatches, "batches",
                "≥ " + MIN_COALESCED_BATCHES + " and ≥ 5 % of " + s.batches, "this detector's rule"),
            Evidence.measured("coalesced_runs", s.coalescedRuns, "runs", "presses < 2 ms apart, ≥ 3 in a row",
                "Dhakal et al. CHI 2018 log-normal IKI prior"),
            Evidence.measured("ssh_grid_batches_skipped", s.sshGridBatches, "batches", null, "OpenSSH ≥ 9.5 20 ms grid")));
  }

  private static Finding pointer(State s, String subject, long time) {
    String explanation = String.format(Locale.ROOT,
        "In %d of %d pointer batches of worker %s, pointer moves were locked (90 %% of gaps within ±%s ms of a "
            + "multiple) to a %s ms period, which is neither a USB HID poll rate (125–1000 Hz) nor a display frame "
            + "rate (50–240 Hz): the send tick of a remote-control protocol (US patent 9,319,422).",
        s.pointerLocked, s.pointerBatches, subject, Numbers.format(BatchTiming.TICK_TOLERANCE_MS),
        Numbers.format(s.lastLockedPeriodMs));
    return make(subject, "pointer-tick", time, "Pointer moves arrive on a remote protocol's tick", explanation,
        LR_POINTER_TICK, List.of(
            Evidence.measured("locked_batches", s.pointerLocked, "batches", "≥ half of " + s.pointerBatches,
                "this detector's rule"),
            Evidence.measured("pointer_period_ms", s.lastLockedPeriodMs, "ms", "not 1000/{125…1000, 50…240} Hz",
                "USB HID polling; W3C Pointer Events frame alignment")));
  }

  private static Finding hold(State s, String subject, long time) {
    String explanation = String.format(Locale.ROOT,
        "In %d of %d typing batches of worker %s, every key was held down for the same time within an SD of %s ms "
            + "(latest %s ms). A person's hold times vary by tens of ms from key to key (Killourhy & Maxion, DSN "
            + "2009); identical holds are injected input, as from an IP-KVM.",
        s.constantHoldBatches, s.holdBatches, subject, Numbers.format(BatchTiming.CONSTANT_HOLD_SD_MS),
        Numbers.format(s.lastHoldSdMs));
    return make(subject, "constant-hold", time, "Key hold times are machine-constant, as from an IP-KVM", explanation,
        LR_CONSTANT_HOLD, List.of(
            Evidence.measured("constant_hold_batches", s.constantHoldBatches, "batches", "≥ half of " + s.holdBatches,
                "this detector's rule"),
            Evidence.measured("hold_sd_ms", s.lastHoldSdMs, "ms", "< " + BatchTiming.CONSTANT_HOLD_SD_MS,
                "Killourhy & Maxion 2009 hold-time spread")));
  }

  private static Finding bunched(State s, String subject, long time, double base, double rate) {
    String explanation = String.format(Locale.ROOT,
        "Worker %s's key intervals under %s ms (keys delivered together after a stall) rose from %s %% in their "
            + "first %d batches to %s %% in two successive windows of %d batches, %s times their own baseline: the "
            + "jitter of a relayed session, beyond this person's own typing.",
        subject, Numbers.format(BatchTiming.BUNCH_MS), Numbers.format(100 * base), BASELINE_BATCHES,
        Numbers.format(100 * rate), WINDOW_BATCHES, Numbers.format(rate / base));
    return make(subject, "bunching", time, "Typing jitter well beyond this person's own baseline", explanation,
        LR_BUNCHING, List.of(
            Evidence.measured("baseline_bunched_rate", base, "share", null, "first " + BASELINE_BATCHES + " batches"),
            Evidence.measured("window_bunched_rate", rate, "share",
                "≥ " + BUNCH_RATE_RATIO + " × baseline and ≥ " + MIN_BUNCH_RATE, "this detector's rule")));
  }
}
