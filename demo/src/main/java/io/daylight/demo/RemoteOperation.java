package io.daylight.demo;

import java.util.random.RandomGenerator;

/**
 * A human driving a laptop from elsewhere: through a remote-desktop tool, an IP-KVM, or a
 * sanctioned help-desk session. Every stimulus must travel laptop to operator and the reaction
 * back, so reactions measured at the laptop carry the operator's round trip plus encoding
 * (docs/latency-calibration.md, "What this means for the two location questions").
 * Input reaches the laptop through a relay that adds jitter and coalesces events into its send
 * ticks; constant delay alone would leave typing rhythm intact (Kuzminykh et al., arXiv 2012.03577).
 */
public record RemoteOperation(Kind kind, Place operator, String tool, double tickMs, double kvmHoldMs) {

  public enum Kind { REMOTE_DESKTOP, IP_KVM, SUPPORT_SESSION }

  /** Remote-desktop encode and display: 30-80 ms (latency-calibration.md). */
  static final double ENCODE_LOW_MS = 30, ENCODE_HIGH_MS = 80;
  /**
   * Per-event network jitter on the operator's path. Policy assumption: exponential, mean 4 ms
   * (the calibration doc gives minima, not jitter; a few ms of queueing is typical of home links).
   */
  static final double JITTER_MEAN_MS = 4;

  /** Operator-to-laptop-and-back time of one stimulus and its reaction, without the human. */
  public double loopMs(RandomGenerator r, LatLon laptop, double routeQuantile, double lastMileMs) {
    double km = operator.at().kmTo(laptop);
    return PathLatency.pathMs(km, routeQuantile) + lastMileMs
        + ENCODE_LOW_MS + r.nextDouble() * (ENCODE_HIGH_MS - ENCODE_LOW_MS)
        + r.nextExponential() * JITTER_MEAN_MS;
  }

  /**
   * What the laptop sees of the operator's typing: each press and release arrives one way later
   * with jitter, is held until the relay's next send tick, and cannot overtake the previous event.
   * An IP-KVM injects each press as a HID report and releases it after a near-constant hold.
   */
  public double[][] relayKeys(RandomGenerator r, double[][] typed) {
    double[] down = typed[0], up = typed[1];
    int n = down.length;
    double[] outDown = new double[n], outUp = new double[n];
    double last = 0;
    for (int i = 0; i < n; i++) {
      outDown[i] = Math.max(last, tick(down[i] + r.nextExponential() * JITTER_MEAN_MS));
      last = outDown[i];
      outUp[i] = kind == Kind.IP_KVM
          ? outDown[i] + kvmHoldMs + r.nextDouble() * 0.5
          : Math.max(outDown[i] + 0.1, tick(up[i] + r.nextExponential() * JITTER_MEAN_MS));
    }
    double origin = outDown[0];
    for (int i = 0; i < n; i++) {
      outDown[i] = round1(outDown[i] - origin);
      outUp[i] = round1(outUp[i] - origin);
    }
    return new double[][] {outDown, outUp};
  }

  /** Pointer moves arrive at the protocol's send rate, not the mouse's poll rate (US 9,319,422). */
  public double[] relayPointer(RandomGenerator r, int moves, double startMs) {
    double[] out = new double[moves];
    for (int i = 0; i < moves; i++) out[i] = round1(startMs + i * tickMs + r.nextDouble() * 0.3);
    return out;
  }

  private double tick(double t) {
    return Math.ceil(t / tickMs) * tickMs;
  }

  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
