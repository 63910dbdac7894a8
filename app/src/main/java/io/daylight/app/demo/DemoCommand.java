package io.daylight.app.demo;

import io.daylight.app.IntelOption;
import io.daylight.app.context.ContextFile;
import io.daylight.app.security.Role;
import io.daylight.app.security.Secrets;
import io.daylight.app.serve.DaylightServer;
import io.daylight.app.serve.DaylightService;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.score.Case;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.demo.DemoOrganisation;
import io.daylight.store.CaseQuery;
import io.daylight.store.Database;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = {
    "Starts embedded PostgreSQL, loads the seeded demo organisation (docs/demo-organisation.md),",
    "runs every detector, prints the top cases and serves the API until interrupted."})
public final class DemoCommand implements Callable<Integer> {
  /** Lines per ingest transaction: large enough to amortise the commit, small enough to stream. */
  static final int BATCH_LINES = 5_000;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--seed", defaultValue = "" + DemoOrganisation.DEFAULT_SEED, description = "generator seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--workers", defaultValue = "300") int workers;

  @Option(names = "--applications", defaultValue = "3000") int applications;

  @Option(names = "--days", defaultValue = "90") int days;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:DAYLIGHT_HOME:-${sys:user.home}/.local/share/daylight}",
      description = "the demo database lives in DIR/demo (recreated on every run)")
  Path dataDir;

  @Option(names = "--exit", description = "stop after printing the cases instead of serving (for scripts and tests)")
  boolean exit;

  @Mixin IntelOption intelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path demoDir = dataDir.resolve("demo");
    deleteTree(demoDir);
    Path input = demoDir.resolve("input");
    Files.createDirectories(input);
    long t0 = System.nanoTime();
    new DemoOrganisation(seed).workers(workers).applications(applications).days(days).write(input);
    out.printf(Locale.ROOT, "Generated the demo organisation (seed %d: %d workers, %d applications, %d days) in %.1f s -> %s%n",
        seed, workers, applications, days, (System.nanoTime() - t0) / 1e9, input);
    out.flush();
    DeploymentContext ctx = ContextFile.load(input.resolve("context.json"));
    DaylightServer server = DaylightServer.start(Database.embedded(demoDir.resolve("postgres")), ctx, intelOption.load(),
        ScoringPolicy.DEFAULT, 3_600_000L, port,
        io.daylight.app.privacy.PseudonymKey.loadOrCreate(demoDir.resolve("pseudonym.key")));
    try {
      t0 = System.nanoTime();
      long[] counts = load(server.service(), input.resolve("events.ndjson"));
      server.service().flush();
      out.printf(Locale.ROOT, "Ingested %,d events (%,d rejected) and ran every detector in %.1f s.%n%n",
          counts[0], counts[1], (System.nanoTime() - t0) / 1e9);
      printCases(out, server.cases().list(CaseQuery.top(15)));
      // Fresh random credentials every run: a demo must never ship a default password.
      String analystPassword = Secrets.password(20);
      String auditorPassword = Secrets.password(20);
      server.security().accounts().put("analyst", Role.ANALYST, analystPassword);
      server.security().accounts().put("auditor", Role.AUDITOR, auditorPassword);
      out.printf("%nThe console is on http://localhost:%d/  (API: /openapi.json)%n", server.port());
      out.printf("  analyst: analyst / %s%n  auditor: auditor / %s%n", analystPassword, auditorPassword);
      out.println("  (random for this run only; the demo database is recreated next time)");
      out.flush();
      if (exit) return 0;
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "daylight-demo-stop"));
      out.println("Ctrl-C stops the demo.");
      out.flush();
      stopped.await();
      return 0;
    } finally {
      server.close();
    }
  }

  /** Streams the file to the service in batches; returns {accepted, rejected}. */
  static long[] load(DaylightService service, Path events) throws IOException {
    long accepted = 0;
    long rejected = 0;
    try (BufferedReader r = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
      ByteArrayOutputStream batch = new ByteArrayOutputStream(BATCH_LINES * 300);
      int n = 0;
      String line;
      while (true) {
        line = r.readLine();
        if (line != null) {
          batch.write(line.getBytes(StandardCharsets.UTF_8));
          batch.write('\n');
          n++;
        }
        if (n == BATCH_LINES || (line == null && n > 0)) {
          DaylightService.IngestReport rep = service.ingest(new ByteArrayInputStream(batch.toByteArray()), events.toString());
          accepted += rep.accepted();
          rejected += rep.rejected();
          batch.reset();
          n = 0;
        }
        if (line == null) break;
      }
    }
    return new long[] {accepted, rejected};
  }

  static void printCases(PrintWriter out, List<Case> cases) {
    out.println("Top cases (a person decides; these are reasons to look, not verdicts):");
    out.printf("%-10s %-12s %5s  %-7s %s%n", "kind", "subject", "score", "level", "top reason");
    for (Case c : cases) {
      String reason = c.reasons().isEmpty() ? "" : c.reasons().get(0).title();
      out.printf(Locale.ROOT, "%-10s %-12s %5d  %-7s %s%n", c.kind().wire(), abbreviate(c.subject(), 12), c.score(),
          c.level().wire(), abbreviate(reason, 90));
    }
    if (cases.isEmpty()) out.println("(no cases)");
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
