package io.daylight.flink;

/**
 * One event on its way to one detector under one key. The event travels as its raw contract-v1
 * NDJSON line and is parsed again where it is detected, so no event record needs a Flink
 * serializer and the line on the wire is exactly the line that was ingested.
 *
 * @param detector the detector's position in the {@link DetectorSuite}, or {@link #REJECTED}
 * @param key the detector's key (a subject, or a shared attribute); for a rejected line, the reason
 * @param time event time, epoch ms
 * @param line the raw NDJSON line, UTF-8
 */
public record Routed(int detector, String key, long time, byte[] line) {
  /** Marks a line that did not parse; it is reported, never silently dropped. */
  public static final int REJECTED = -1;

  /**
   * Marks a pseudonym seen with the worker id it stands for: {@code key} is the pseudonym and
   * {@code line} is "subject NUL key id". It goes to the identities table, for re-identification
   * through a case, and never to a detector.
   */
  public static final int IDENTITY = -2;

  /**
   * Marks a roster (worker) event for the case book, which links a worker to its hiring
   * application: {@code key} is the event id and {@code line} the line detectors see (pseudonymised
   * where the job pseudonymises). It goes to case scoring, never to a detector.
   */
  public static final int ROSTER = -3;

  /** The key Flink partitions by: detector position and detector key together. */
  public String partitionKey() {
    return detector + "\u0000" + key;
  }

  public boolean rejected() {
    return detector == REJECTED;
  }

  public boolean identity() {
    return detector == IDENTITY;
  }

  public boolean roster() {
    return detector == ROSTER;
  }
}
