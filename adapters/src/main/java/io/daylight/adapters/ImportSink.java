package io.daylight.adapters;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.ingest.Rejection;

/** Receives what an {@link Importer} produces, in input order. */
public interface ImportSink {
  /** A contract-v1 event, field order as the contract lists them, vendor leftovers under {@code extra}. */
  void event(ObjectNode event);

  /** A vendor record that could not be converted, kept whole with the reason. */
  void rejected(Rejection rejection);

  /**
   * A vendor record of a kind Daylight has no event type for (an Okta group change, an osquery
   * "removed" row). Counted by reason so the summary says what was left out and why.
   */
  default void skipped(String reason) {}
}
