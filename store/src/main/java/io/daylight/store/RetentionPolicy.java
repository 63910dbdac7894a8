package io.daylight.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each class of data is kept. The defaults and their reasons are in
 * docs/privacy/retention.md; each is a policy choice the deploying company's DPO may change (a
 * {@code retention} file, or flags on {@code daylight retention run} and {@code serve}).
 *
 * @param events raw telemetry (table events), by event time
 * @param rejected lines ingest refused (table rejected), by arrival time
 * @param findings detector findings (table findings), by the finding's event time
 * @param closedCases cases decided benign or confirmed (cases, case_state, suppressions), from the decision
 * @param audit the audit log, by entry time
 */
public record RetentionPolicy(Duration events, Duration rejected, Duration findings, Duration closedCases,
    Duration audit) {

  /**
   * Events 90 days: the longest window any detector looks back over is 90 days (payroll
   * destination churn, PayrollDestinationDetector.CHURN_DAYS); older events change no finding.
   * Rejected lines 30 days: they exist only to diagnose a sensor or adapter fault, which is noticed
   * within days. Findings 365 days: a case needs its evidence for as long as it can be reopened,
   * and one year covers an annual access review (policy assumption). Closed cases 180 days after
   * the decision: long enough to answer a worker's query or appeal about it (policy assumption).
   * Audit log 6 years: it is the accountability record (GDPR Art. 5(2)) and must outlive the
   * limitation period for contract claims in England and Wales (Limitation Act 1980 s. 5, six
   * years), the longest common one among the deploying jurisdictions we considered (policy
   * assumption; shorten where local law allows).
   */
  public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(30),
      Duration.ofDays(365), Duration.ofDays(180), Duration.ofDays(6 * 365));

  public RetentionPolicy {
    for (Duration d : new Duration[] {events, rejected, findings, closedCases, audit}) {
      Objects.requireNonNull(d, "period");
      if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("a retention period must be positive: " + d);
    }
  }
}
