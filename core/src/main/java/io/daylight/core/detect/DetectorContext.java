package io.daylight.core.detect;

/** What a runtime offers a detector while it handles one key's event or timer. */
public interface DetectorContext {

  /** The key being processed: a subject, or a shared attribute for cross-subject detectors. */
  String key();

  /** The current event-time watermark (epoch ms): no event older than this will arrive. */
  long watermark();

  /** Publishes a finding. Emitting the same uid twice is harmless: sinks are idempotent on it. */
  void emit(Finding finding);

  /**
   * Asks for {@link Detector#onTimer} for this key once the watermark passes {@code eventTime}.
   * Registering the same time twice for a key yields one call.
   */
  void timerAt(long eventTime);
}
