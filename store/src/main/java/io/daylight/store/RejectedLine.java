package io.daylight.store;

import java.util.Objects;

/**
 * An input line that ingest refused, with the reason; fields as in ingest's {@code Rejection}.
 *
 * @param line 1-based line number in {@code source}
 */
public record RejectedLine(long line, String source, String reason, String raw) {
  public RejectedLine {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    raw = raw == null ? "" : raw;
  }
}
