package io.daylight.ingest;

import io.daylight.core.event.Event;

/** Receives each accepted event with its verbatim line, and each rejected line with its reason. */
public interface IngestSink {
  void accepted(Event event, byte[] rawLine);

  void rejected(Rejection rejection);
}
