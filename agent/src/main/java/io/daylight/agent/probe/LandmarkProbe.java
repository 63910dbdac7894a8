package io.daylight.agent.probe;

import io.daylight.agent.event.RoundTrip;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Round trip to a landmark by TCP connect time: the SYN / SYN-ACK exchange is one network round
 * trip and is answered by the landmark's kernel, not an application, so it carries no server
 * think time (contract {@code rtt}, method {@code tcp}). The minimum over a few tries is reported:
 * queueing only ever adds delay (latency-calibration.md: use the minimum over many samples).
 */
public final class LandmarkProbe {
  private final int tries;
  private final int timeoutMs;

  public LandmarkProbe(int tries, int timeoutMs) {
    this.tries = tries;
    this.timeoutMs = timeoutMs;
  }

  /** The minimum connect time in ms, or NaN if every try failed. */
  public double minRttMs(RoundTrip.Landmark l) {
    double best = Double.NaN;
    for (int i = 0; i < tries; i++) {
      try (Socket s = new Socket()) {
        s.setTcpNoDelay(true);
        long t0 = System.nanoTime();
        s.connect(new InetSocketAddress(l.host(), l.port()), timeoutMs);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!(ms >= best)) best = ms;
      } catch (IOException e) {
        // An unreachable try is no measurement; the others still count.
      }
    }
    return best;
  }
}
