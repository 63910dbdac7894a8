package io.daylight.store;

import java.util.Objects;

/**
 * One accepted input event as stored: its identity, the fields the store indexes, and the line
 * exactly as received (replay parses it again, so the store needs no schema per event type).
 *
 * @param subject the worker id; null for events without one (applications)
 * @param timeMs event time, epoch milliseconds
 * @param rawJson the NDJSON line, verbatim
 */
public record StoredEvent(String id, String type, String subject, long timeMs, String rawJson) {
  public StoredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rawJson, "rawJson");
  }
}
