package io.daylight.app.sensor.chain;

import io.daylight.core.event.Keystrokes;
import java.util.List;

/**
 * Descriptive counts for the figures table (the test's verdicts are RemoteInputDetector's
 * findings): relay artefacts in key-press timing, by the location helper's rules (io.daylight.core.remote
 * BatchTiming, issue 3): a coalesced run is three or more presses each under 2 ms after the last
 * (no human rollover is that fast: Dhakal et al., CHI 2018, log-normal IKI, P(IKI &lt; 2 ms) &lt; 1e-20);
 * a bunched interval is one under 10 ms (keys delivered together after a stall).
 */
record KeyArtefacts(int batches, int presses, int intervals, int bunched, int coalescedRuns, int batchesWithRuns) {
  static final double COALESCE_MS = 2;
  static final double BUNCH_MS = 10;

  static KeyArtefacts of(List<Keystrokes> batches) {
    int presses = 0, intervals = 0, bunched = 0, runs = 0, withRuns = 0;
    for (Keystrokes k : batches) {
      double[] d = k.downMs();
      presses += d.length;
      int run = 1;
      int batchRuns = 0;
      for (int i = 1; i < d.length; i++) {
        double iki = d[i] - d[i - 1];
        intervals++;
        if (iki < BUNCH_MS) bunched++;
        if (iki < COALESCE_MS) {
          if (++run == 3) batchRuns++;
        } else {
          run = 1;
        }
      }
      runs += batchRuns;
      if (batchRuns > 0) withRuns++;
    }
    return new KeyArtefacts(batches.size(), presses, intervals, bunched, runs, withRuns);
  }
}
