package io.daylight.app.serve;

import io.daylight.adapters.Mapping;
import io.daylight.app.IntelOption;
import io.daylight.app.security.StoreOptions;
import io.daylight.app.context.ContextFile;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
    "The long-running service: the console on /, the API described at /openapi.json (POST /v1/events,",
    "GET /v1/cases, ...), /health, /metrics. Without --db it runs an embedded PostgreSQL in --data-dir.",
    "Sign in with an account from 'daylight user add'; sensors use a token from 'daylight token create'."})
public final class ServeCommand implements Callable<Integer> {
  /** The same database options as every administrative command (one definition, one meaning). */
  @Mixin StoreOptions store;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 = any)")
  int port;

  @Option(names = "--context", paramLabel = "FILE", description = "context file (YAML or JSON)")
  Path context;

  @Option(names = "--allowed-lateness", defaultValue = "PT1H",
      description = "how late an event may arrive and still be detected in order (ISO-8601 duration, default ${DEFAULT-VALUE})")
  Duration lateness;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "adapter mapping (YAML/JSON: vendor identities to worker ids, CSV columns) for imports and --watch")
  Path mappingFile;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "also tail DIR: *.ndjson contract files and okta-*, entra-*, gworkspace-*, osquery-*, git-* exports, "
          + "checkpointed in DIR/.daylight-checkpoint so restarts neither lose nor repeat lines")
  Path watchDir;

  @Option(names = "--syslog", paramLabel = "HOST:PORT",
      description = "send new findings as CEF over syslog (RFC 5424, TCP, octet-counted) to this collector")
  String syslog;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "POST new findings (OCSF) to URL, signed with HMAC-SHA256 using the secret in DAYLIGHT_WEBHOOK_SECRET")
  java.net.URI webhook;

  @Option(names = "--retention", paramLabel = "FILE",
      description = "YAML file with a 'retention' section (docs/privacy/retention.md); without it the documented defaults")
  Path retentionFile;

  @Option(names = "--no-retention", description = "do not run the daily retention purge (run 'daylight retention run' instead)")
  boolean noRetention;

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "calibration from daylight calibrate: measured ratios replace the stated ones, measured dependence merges groups")
  java.nio.file.Path calibration;

  @Mixin IntelOption intelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    DeploymentContext ctx = DeploymentContext.EMPTY;
    if (context != null) {
      try {
        ctx = ContextFile.load(context);
      } catch (ContextFile.InvalidContextException e) {
        err.println("daylight serve: " + e.getMessage());
        return 2;
      }
    }
    io.daylight.store.RetentionPolicy retention = io.daylight.store.RetentionPolicy.DEFAULT;
    if (retentionFile != null) {
      try {
        retention = io.daylight.app.privacy.RetentionFile.load(retentionFile);
      } catch (io.daylight.app.privacy.RetentionFile.InvalidRetentionException e) {
        err.println("daylight serve: " + e.getMessage());
        return 2;
      }
    }
    io.daylight.core.score.Calibration measured = io.daylight.core.score.Calibration.NONE;
    if (calibration != null) {
      try {
        measured = io.daylight.ingest.calibration.CalibrationFile.read(calibration);
      } catch (java.io.IOException e) {
        err.println("daylight serve: cannot use calibration: " + e.getMessage());
        return 2;
      }
    }
    Database db = store.open();
    Mapping mapping = mappingFile == null ? Mapping.NONE : Mapping.load(mappingFile);
    io.daylight.app.export.ExportTargets targets =
        io.daylight.app.export.ExportTargets.of(syslog, webhook, System.getenv("DAYLIGHT_WEBHOOK_SECRET"));
    DaylightServer server = DaylightServer.start(db, ctx, intelOption.load(), ScoringPolicy.DEFAULT,
        lateness.toMillis(), port, mapping, targets, store.pseudonyms(), measured);
    server.retention().use(retention);
    if (!noRetention) server.retention().scheduleDaily();
    java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
    if (watchDir != null) WatchSource.start(watchDir, mapping, server.service(), running, err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.set(false);
      server.close();
      stopped.countDown();
    }, "daylight-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("daylight serve: listening on http://127.0.0.1:" + server.port() + " ("
        + server.events().count() + " events stored)");
    out.flush();
    stopped.await();
    return 0;
  }
}
