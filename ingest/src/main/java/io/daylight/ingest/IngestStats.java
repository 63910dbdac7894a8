package io.daylight.ingest;

/** Counts for one read: lines seen (blank lines excluded), accepted, rejected, duplicate ids skipped. */
public record IngestStats(long lines, long accepted, long rejected, long duplicates) {
  public IngestStats plus(IngestStats o) {
    return new IngestStats(lines + o.lines, accepted + o.accepted, rejected + o.rejected, duplicates + o.duplicates);
  }
}
