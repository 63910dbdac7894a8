package io.daylight.store;

/**
 * What one retention run removed (or, in a dry run, would remove), per table.
 *
 * @param casesRemoved closed cases past their period plus cases none of whose findings remain
 */
public record RetentionReport(boolean dryRun, long events, long rejected, long findings, long casesRemoved,
    long caseStates, long suppressions, long auditRows) {

  public String toJson() {
    return "{\"dry_run\":" + dryRun + ",\"events\":" + events + ",\"rejected\":" + rejected + ",\"findings\":" + findings
        + ",\"cases\":" + casesRemoved + ",\"case_state\":" + caseStates + ",\"suppressions\":" + suppressions
        + ",\"audit_log\":" + auditRows + "}";
  }
}
