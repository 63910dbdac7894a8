package io.daylight.agent.input;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * System-wide key press/release instants through JNativeHook (a maintained native hook for
 * Windows, macOS and X11). The listener reads the event's native timestamp ({@code getWhen()}, ms;
 * on X11 the X server's time of the key event) and nothing else: the key code never leaves the
 * callback, and {@link KeyTimingRecorder} has no parameter for it. The native time, not the
 * callback's arrival, because the hook's dispatch thread is delayed under load: in
 * {@code AgentOnLaptopTest} arrival times turned an 80 ms hold into 20 ms on a busy machine.
 * Optional: without a display (a headless server) or without permission (macOS accessibility),
 * {@link #start} fails and the agent runs without input timing.
 */
public final class NativeInputTiming implements AutoCloseable {
  private static final long MS = 1_000_000L;
  private final KeyTimingRecorder recorder;
  /** Guarded by {@code recorder}. */
  private long offset = Long.MIN_VALUE;
  private final NativeKeyListener listener;

  public NativeInputTiming(KeyTimingRecorder recorder) {
    this.recorder = recorder;
    this.listener = new NativeKeyListener() {
      @Override public void nativeKeyPressed(NativeKeyEvent e) {
        synchronized (recorder) {
          recorder.press(instant(e), System.currentTimeMillis());
        }
      }

      @Override public void nativeKeyReleased(NativeKeyEvent e) {
        synchronized (recorder) {
          recorder.release(instant(e));
        }
      }
    };
  }

  /**
   * The event's native time on the System.nanoTime scale (which the recorder's idle check uses).
   * Both are monotonic clocks; the offset is anchored at the first event and re-anchored if an
   * event would map into the future (the anchor event was itself dispatched late).
   */
  private long instant(NativeKeyEvent e) {
    long now = System.nanoTime();
    long at = e.getWhen() * MS;
    if (offset == Long.MIN_VALUE || at + offset > now) offset = now - at;
    return at + offset;
  }

  /** Registers the hook; throws if the platform refuses (no X display, no permission). */
  public void start() throws NativeHookException {
    // JNativeHook logs every event at INFO through java.util.logging; keep only warnings.
    Logger.getLogger(GlobalScreen.class.getPackage().getName()).setLevel(Level.WARNING);
    Logger.getLogger(GlobalScreen.class.getPackage().getName()).setUseParentHandlers(false);
    GlobalScreen.registerNativeHook();
    GlobalScreen.addNativeKeyListener(listener);
  }

  @Override
  public void close() throws NativeHookException {
    GlobalScreen.removeNativeKeyListener(listener);
    GlobalScreen.unregisterNativeHook();
    synchronized (recorder) {
      recorder.flush();
    }
  }
}
