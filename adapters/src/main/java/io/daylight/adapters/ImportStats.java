package io.daylight.adapters;

/** Counts for one conversion: vendor records read, events written, records rejected and skipped. */
public record ImportStats(long records, long events, long rejected, long skipped) {
  public static final ImportStats ZERO = new ImportStats(0, 0, 0, 0);

  public ImportStats plus(ImportStats o) {
    return new ImportStats(records + o.records, events + o.events, rejected + o.rejected, skipped + o.skipped);
  }
}
