package io.daylight.app.privacy;

import io.daylight.app.security.StoreOptions;
import io.daylight.store.AuditLog;
import io.daylight.store.Database;
import io.daylight.store.LegalHolds;
import io.daylight.store.Retention;
import io.daylight.store.RetentionPolicy;
import io.daylight.store.RetentionReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "retention", description = {
    "Retention: purge data older than its period (docs/privacy/retention.md), and legal holds that keep a case."},
    subcommands = {RetentionCommand.Run.class, RetentionCommand.Hold.class, RetentionCommand.Release.class})
public final class RetentionCommand {

  static String actor() {
    return "cli:" + System.getProperty("user.name");
  }

  @Command(name = "run", description = {
      "Removes, from every table, what is older than its period, except what a legal hold keeps, and records the",
      "run in the audit log. Defaults: events 90d, rejected 30d, findings 365d, closed_cases 180d, audit 2190d.",
      "serve runs the same purge daily. With the embedded database, run this while serve is stopped."})
  static final class Run implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Option(names = "--config", paramLabel = "FILE", description = "YAML file with a 'retention' section")
    Path config;
    @Option(names = "--period", paramLabel = "CLASS=PERIOD",
        description = "override one class, e.g. --period events=60d (classes: events, rejected, findings, closed_cases, audit)")
    Map<String, String> overrides;
    @Option(names = "--dry-run", description = "count what would be removed, remove nothing")
    boolean dryRun;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      RetentionPolicy policy;
      try {
        policy = policy(config, overrides);
      } catch (RetentionFile.InvalidRetentionException e) {
        err.println("daylight retention run: " + e.getMessage());
        return 2;
      }
      try (Database db = store.open()) {
        RetentionReport r = new Retention(db.dataSource(), new AuditLog(db.dataSource()))
            .run(policy, Instant.now(), dryRun, actor());
        spec.commandLine().getOut().println(r.toJson());
      }
      return 0;
    }
  }

  static RetentionPolicy policy(Path config, Map<String, String> overrides)
      throws java.io.IOException, RetentionFile.InvalidRetentionException {
    RetentionPolicy base = config == null ? RetentionPolicy.DEFAULT : RetentionFile.load(config);
    if (overrides == null || overrides.isEmpty()) return base;
    Map<String, Duration> m = RetentionFile.asMap(base);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (!m.containsKey(e.getKey())) {
        throw new RetentionFile.InvalidRetentionException("unknown data class '" + e.getKey() + "' (expected one of "
            + String.join(", ", RetentionFile.KEYS) + ")");
      }
      m.put(e.getKey(), RetentionFile.period(e.getValue(), "--period " + e.getKey()));
    }
    try {
      return RetentionFile.fromMap(m);
    } catch (IllegalArgumentException e) {
      throw new RetentionFile.InvalidRetentionException(e.getMessage());
    }
  }

  @Command(name = "hold", description = {
      "Places a case under legal hold: retention keeps it, its findings and its people's events, and erasure",
      "of its people is refused without an override. Audited (case.hold)."})
  static final class Hold implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "worker or applicant") String kind;
    @Parameters(index = "1", paramLabel = "SUBJECT") String subject;
    @Option(names = "--reason", required = true, description = "the matter or ticket that requires the hold") String reason;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (reason.isBlank()) {
        spec.commandLine().getErr().println("daylight retention hold: --reason must not be blank");
        return 2;
      }
      try (Database db = store.open()) {
        new LegalHolds(db.dataSource(), new AuditLog(db.dataSource())).hold(kind, subject, reason, actor());
      }
      spec.commandLine().getOut().println("case " + kind + ":" + subject + " is under legal hold");
      return 0;
    }
  }

  @Command(name = "release", description = "Lifts a legal hold; retention applies to the case again. Audited (case.release).")
  static final class Release implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND") String kind;
    @Parameters(index = "1", paramLabel = "SUBJECT") String subject;
    @Option(names = "--reason", description = "why the hold ends") String reason;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = store.open()) {
        new LegalHolds(db.dataSource(), new AuditLog(db.dataSource())).release(kind, subject, reason, actor());
      }
      spec.commandLine().getOut().println("case " + kind + ":" + subject + " is no longer under legal hold");
      return 0;
    }
  }
}
