package io.daylight.core.remote;

import java.util.Arrays;

/**
 * What one {@code keystrokes} batch's timing shows, timing only (no key identities exist in it).
 * Each test has its human null model written beside it; the sources are in
 * docs/latency-calibration.md, "Human timing priors".
 */
final class BatchTiming {
  /**
   * Presses closer than this are not a human's: Dhakal et al. (CHI 2018) fit inter-key intervals
   * log-normally with mean 238.66 ms, SD 111.6 (μ = 5.376, σ = 0.445 in log-ms); P(IKI < 2 ms) is
   * then below 1e-20, and even a fast typist with heavy rollover (mean 100 ms, σ = 1) gets 5e-5 per
   * interval. Two in a row (a run of three presses) is the coalescing signature.
   */
  static final double COALESCE_MS = 2;
  static final int MIN_RUN_PRESSES = 3;
  /** OpenSSH ≥ 9.5 sends keystrokes on a 20 ms grid (ObscureKeystrokeTiming). */
  static final double SSH_GRID_MS = 20;
  static final double GRID_TOLERANCE_MS = 1;
  static final double GRID_SHARE = 0.9;
  static final int MIN_INTERVALS = 8;
  /**
   * Periods of a person's pointer stream: USB HID polling at 125/250/500/1000 Hz (USB HID 1.11,
   * bInterval) and browsers delivering pointer moves once per display frame at 50–240 Hz (W3C
   * Pointer Events, coalesced events). A stream locked to another period is a protocol's send
   * tick (US patent 9,319,422: pointer events arriving at the remote protocol's rate).
   */
  static final double[] HUMAN_POINTER_HZ = {1000, 500, 250, 125, 240, 165, 144, 120, 100, 90, 75, 60, 50};
  static final double PERIOD_TOLERANCE = 0.03;
  static final double TICK_TOLERANCE_MS = 0.5;
  static final double TICK_SHARE = 0.9;
  static final int MIN_POINTER_INTERVALS = 10;
  /**
   * Hold times (release − press) of a person vary by tens of ms from key to key (the CMU
   * keystroke benchmark, Killourhy &amp; Maxion, DSN 2009, has per-key hold means of roughly
   * 50–150 ms). An SD under 1.5 ms over 10+ keys is injected input (IP-KVM, scripted HID);
   * 1.5 ms is a policy margin above a 1 ms USB poll quantum.
   */
  static final double CONSTANT_HOLD_SD_MS = 1.5;
  static final int MIN_HOLDS = 10;
  /** An interval under 10 ms counts as bunched: packets delivered together after a network stall. */
  static final double BUNCH_MS = 10;

  boolean sshGrid;
  int intervals;
  int coalescedRuns;
  int bunched;
  boolean pointerAssessed;
  boolean pointerLocked;
  double pointerPeriodMs = Double.NaN;
  boolean holdAssessed;
  boolean constantHold;
  double holdSdMs = Double.NaN;

  static BatchTiming of(double[] down, double[] up, double[] pointer) {
    BatchTiming t = new BatchTiming();
    if (down != null && down.length > 1) t.presses(down);
    if (up != null && down != null && up.length == down.length) t.holds(down, up);
    if (pointer != null) t.pointer(pointer);
    return t;
  }

  private void presses(double[] down) {
    intervals = down.length - 1;
    int onGrid = 0;
    int run = 1;
    for (int i = 1; i < down.length; i++) {
      double iki = down[i] - down[i - 1];
      double r = iki - SSH_GRID_MS * Math.rint(iki / SSH_GRID_MS);
      if (Math.abs(r) <= GRID_TOLERANCE_MS) onGrid++;
      if (iki < BUNCH_MS) bunched++;
      if (iki < COALESCE_MS) {
        run++;
        if (run == MIN_RUN_PRESSES) coalescedRuns++;
      } else {
        run = 1;
      }
    }
    sshGrid = intervals >= MIN_INTERVALS && onGrid >= GRID_SHARE * intervals;
  }

  private void holds(double[] down, double[] up) {
    if (down.length < MIN_HOLDS) return;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < down.length; i++) {
      double h = up[i] - down[i];
      sum += h;
      sq += h * h;
    }
    double mean = sum / down.length;
    holdSdMs = Math.sqrt(Math.max(0, sq / down.length - mean * mean));
    holdAssessed = true;
    constantHold = holdSdMs < CONSTANT_HOLD_SD_MS;
  }

  private void pointer(double[] p) {
    double[] d = new double[p.length];
    int n = 0;
    for (int i = 1; i < p.length; i++) {
      double gap = p[i] - p[i - 1];
      if (gap > TICK_TOLERANCE_MS) d[n++] = gap;
    }
    if (n < MIN_POINTER_INTERVALS) return;
    pointerAssessed = true;
    double[] sorted = Arrays.copyOf(d, n);
    Arrays.sort(sorted);
    double period = sorted[n / 2];
    int locked = 0;
    for (int i = 0; i < n; i++) {
      double r = d[i] - period * Math.rint(d[i] / period);
      if (Math.abs(r) <= TICK_TOLERANCE_MS) locked++;
    }
    pointerPeriodMs = period;
    pointerLocked = locked >= TICK_SHARE * n && !humanPeriod(period);
  }

  static boolean humanPeriod(double periodMs) {
    // Skipped frames or polls show as multiples of the period, which the lock test already
    // accepts; the period itself (the median gap) is a human one only at a listed rate.
    for (double hz : HUMAN_POINTER_HZ) {
      double base = 1000 / hz;
      if (Math.abs(periodMs - base) <= PERIOD_TOLERANCE * base) return true;
    }
    return false;
  }
}
