package io.daylight.store;

/**
 * The outcome of {@link AuditLog#verify()}.
 *
 * @param rows how many rows were checked
 * @param firstBrokenId the id of the first row whose hash does not follow, or -1 when none
 * @param problem what is wrong with that row, or empty
 */
public record ChainCheck(long rows, long firstBrokenId, String problem) {
  public boolean intact() {
    return firstBrokenId < 0;
  }
}
