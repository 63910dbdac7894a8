package io.daylight.ingest;

/**
 * A line that was not accepted, kept whole with the reason, as the contract's rejected.ndjson has it:
 * {@code {"line": N, "source": FILE, "reason": "...", "raw": "..."}}.
 */
public record Rejection(long line, String source, String reason, String raw) {}
