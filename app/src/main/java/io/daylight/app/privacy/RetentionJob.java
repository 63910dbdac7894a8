package io.daylight.app.privacy;

import io.daylight.app.serve.DaylightService;
import io.daylight.store.AuditLog;
import io.daylight.store.FindingStore;
import io.daylight.store.Retention;
import io.daylight.store.RetentionPolicy;
import io.daylight.store.RetentionReport;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purge as {@code serve} runs it: on demand (POST /v1/retention/run) and daily. After a real
 * run the service forgets the findings that are gone, so no case is rebuilt from purged evidence.
 */
public final class RetentionJob implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
  /** Daily: the shortest default period is 30 days, so a day's delay keeps data at most 1/30 longer. */
  public static final Duration EVERY = Duration.ofDays(1);
  /** The first run waits a little so start-up (replay) finishes first. */
  static final Duration FIRST_AFTER = Duration.ofMinutes(5);

  private final Retention retention;
  private final FindingStore findings;
  private final DaylightService service;
  private final Clock clock;
  private volatile RetentionPolicy policy = RetentionPolicy.DEFAULT;
  private ScheduledExecutorService scheduler;

  public RetentionJob(DataSource dataSource, AuditLog audit, FindingStore findings, DaylightService service, Clock clock) {
    this.retention = new Retention(dataSource, audit);
    this.findings = Objects.requireNonNull(findings, "findings");
    this.service = Objects.requireNonNull(service, "service");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void use(RetentionPolicy p) {
    this.policy = Objects.requireNonNull(p, "policy");
  }

  public RetentionPolicy policy() {
    return policy;
  }

  public RetentionReport run(String actor, boolean dryRun) {
    RetentionReport r = retention.run(policy, clock.instant(), dryRun, actor);
    if (!dryRun) forgetPurged();
    return r;
  }

  /** After a purge or an erasure: the service drops findings no longer stored. */
  public void forgetPurged() {
    Set<String> stored = new HashSet<>();
    findings.all().forEach(f -> stored.add(f.uid()));
    service.forgetFindingsNotIn(stored);
  }

  /** Runs the purge every day until closed. */
  public synchronized void scheduleDaily() {
    if (scheduler != null) return;
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "daylight-retention");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleAtFixedRate(() -> {
      try {
        log.info("retention: {}", run("serve:retention", false).toJson());
      } catch (RuntimeException e) {
        // Logged and retried tomorrow: a failed purge must not stop the service or the schedule.
        log.error("retention run failed", e);
      }
    }, FIRST_AFTER.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) scheduler.shutdownNow();
  }
}
