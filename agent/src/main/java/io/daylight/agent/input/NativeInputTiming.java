package io.daylight.agent.input;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * System-wide key press/release instants through JNativeHook (a maintained native hook for
 * Windows, macOS and X11). The listener reads the arrival instant and nothing from the event:
 * the key code never leaves the callback, and {@link KeyTimingRecorder} has no parameter for it.
 * Optional: without a display (a headless server) or without permission (macOS accessibility),
 * {@link #start} fails and the agent runs without input timing.
 */
public final class NativeInputTiming implements AutoCloseable {
  private final KeyTimingRecorder recorder;
  private final NativeKeyListener listener;

  public NativeInputTiming(KeyTimingRecorder recorder) {
    this.recorder = recorder;
    this.listener = new NativeKeyListener() {
      @Override public void nativeKeyPressed(NativeKeyEvent e) {
        long now = System.nanoTime();
        synchronized (recorder) {
          recorder.press(now, System.currentTimeMillis());
        }
      }

      @Override public void nativeKeyReleased(NativeKeyEvent e) {
        long now = System.nanoTime();
        synchronized (recorder) {
          recorder.release(now);
        }
      }
    };
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
