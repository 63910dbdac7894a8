package io.daylight.flink;

import io.daylight.core.event.Event;

/**
 * What a job keeps of each accepted line before anything detects on it or stores it: the
 * deploying company's minimised, pseudonymised form (the app's {@code StoredForm}), the same form
 * {@code serve} stores. Built on each task from its {@link DetectorSuite}; not thread-safe.
 */
public interface LineForm {
  /**
   * @param line the line as kept, UTF-8 NDJSON
   * @param pseudonym the worker's keyed pseudonym, or null when the line names no worker
   * @param subject the worker id it stands for (null with it)
   * @param keyId the pseudonym key's id (null with it)
   */
  record Kept(byte[] line, String pseudonym, String subject, String keyId) {}

  /** @param parsed {@code raw} parsed; @param raw the line as received */
  Kept of(Event parsed, byte[] raw);

  /**
   * What to keep of a line that is not an event, for the dead letters: as ingest keeps it unless
   * the form names its worker by pseudonym there too, as serve's rejected table does.
   *
   * @param kept the raw text ingest keeps of the refused line (keystroke values already removed)
   */
  default Kept ofRejected(byte[] kept) {
    return new Kept(kept, null, null, null);
  }
}
