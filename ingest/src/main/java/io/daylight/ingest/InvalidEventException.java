package io.daylight.ingest;

/** Why a line is not a contract event; the message is the reason written to rejected.ndjson. */
final class InvalidEventException extends Exception {
  InvalidEventException(String reason) {
    super(reason, null, false, false);
  }
}
