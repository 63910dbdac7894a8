package io.daylight.agent.input;

import io.daylight.agent.event.KeyTiming;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns press and release <em>instants</em> into {@link KeyTiming} batches. Its methods take an
 * instant and nothing else, so no caller can hand it a key identity. A release is paired with the
 * oldest press still down (first in, first out): without key identities that is the best pairing,
 * and it is right for ordinary rollover (press A, press B, release A, release B); a batch whose
 * presses and releases do not pair up (auto-repeat, a key held across batches) is sent without
 * {@code up_ms}, which the contract allows.
 *
 * <p>A batch closes after {@value #IDLE_MS} ms without a press (a pause in typing) or at
 * {@value #MAX_PRESSES} presses. Not thread-safe: callers serialise (the native hook delivers on
 * one thread).
 */
public final class KeyTimingRecorder {
  /** A pause longer than the 99th percentile of inter-key intervals (log-normal, Dhakal et al. CHI 2018: about 700 ms) ends a burst; 2 s is a policy margin above it. */
  public static final long IDLE_MS = 2_000;
  /** Keeps a batch line far below the contract's 1 MiB line limit. */
  public static final int MAX_PRESSES = 256;

  private final Consumer<KeyTiming> out;
  private long startNanos;
  private long startWallMs;
  private long lastPressNanos;
  private double[] down = new double[16];
  private double[] up = new double[16];
  private int presses;
  private int releases;
  private boolean unpaired;
  private final ArrayDeque<Integer> held = new ArrayDeque<>();

  public KeyTimingRecorder(Consumer<KeyTiming> out) {
    this.out = out;
  }

  /** A key went down at {@code nanos} (System.nanoTime scale); {@code wallMs} is the same instant on the wall clock. */
  public void press(long nanos, long wallMs) {
    if (presses > 0 && nanos - lastPressNanos > IDLE_MS * 1_000_000L) flush();
    if (presses == 0) {
      startNanos = nanos;
      startWallMs = wallMs;
    }
    if (presses == down.length) {
      down = Arrays.copyOf(down, presses * 2);
      up = Arrays.copyOf(up, presses * 2);
    }
    down[presses] = ms(nanos);
    up[presses] = Double.NaN;
    held.addLast(presses++);
    lastPressNanos = nanos;
    if (presses >= MAX_PRESSES) flush();
  }

  /** A key came up at {@code nanos}. */
  public void release(long nanos) {
    Integer i = held.pollFirst();
    if (i == null) {
      if (presses > 0) unpaired = true;
      return;
    }
    up[i] = ms(nanos);
    releases++;
  }

  /** Closes the batch if typing has paused; call periodically. */
  public void tick(long nanos) {
    if (presses > 0 && nanos - lastPressNanos > IDLE_MS * 1_000_000L) flush();
  }

  /** Emits the open batch, if any. */
  public void flush() {
    if (presses == 0) return;
    double[] d = Arrays.copyOf(down, presses);
    double[] u = unpaired || releases != presses ? null : Arrays.copyOf(up, presses);
    out.accept(new KeyTiming(startWallMs, d, u));
    presses = 0;
    releases = 0;
    unpaired = false;
    held.clear();
  }

  private double ms(long nanos) {
    return (nanos - startNanos) / 1e6;
  }
}
