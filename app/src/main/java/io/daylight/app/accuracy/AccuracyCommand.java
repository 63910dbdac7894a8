package io.daylight.app.accuracy;

import io.daylight.app.IntelOption;
import io.daylight.app.ReferenceData;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "accuracy", mixinStandardHelpOptions = true, description = {
    "Generates labelled populations (the demo organisation and the independent field population), runs",
    "every detector over each through daylight scan's path, and reports per model, seed and behaviour class",
    "who was caught and who was wrongly flagged, at high and at medium. --write updates docs/accuracy.md."})
public final class AccuracyCommand implements Callable<Integer> {
  @Option(names = "--models", split = ",", defaultValue = "demo,field", description = "demo and/or field (default ${DEFAULT-VALUE})")
  List<String> models;

  @Option(names = "--seeds", defaultValue = "3", description = "seeds per model, 1..N (default ${DEFAULT-VALUE})")
  int seeds;

  @Option(names = "--first-seed", defaultValue = "1", description = "the first seed (default ${DEFAULT-VALUE})")
  long firstSeed;

  @Option(names = "--threads", defaultValue = "2", description = "populations scanned at once (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--work", paramLabel = "DIR", description = "where populations are written (default: a temporary directory)")
  Path work;

  @Option(names = "--write", paramLabel = "FILE", description = "update the generated part of FILE (docs/accuracy.md)")
  Path write;

  @Mixin IntelOption intelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Model> chosen = new ArrayList<>();
    for (String m : models) {
      try {
        chosen.add(Model.valueOf(m.trim().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        err.println("daylight accuracy: unknown model '" + m + "' (demo, field)");
        return 2;
      }
    }
    if (seeds < 1) {
      err.println("daylight accuracy: --seeds must be at least 1");
      return 2;
    }
    ReferenceData intel = intelOption.load();
    AccuracyRun run = new AccuracyRun(intel, new CaseScorer(ScoringPolicy.DEFAULT));
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("daylight-accuracy");
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<AccuracyRun.Result>> futures = new ArrayList<>();
    for (Model m : chosen) {
      for (long s = firstSeed; s < firstSeed + seeds; s++) {
        long seed = s;
        futures.add(pool.submit(() -> run.run(m, seed, m.defaultSize(), dir)));
      }
    }
    List<AccuracyRun.Result> results = new ArrayList<>();
    try {
      for (Future<AccuracyRun.Result> f : futures) {
        AccuracyRun.Result r = f.get();
        results.add(r);
        out.printf(java.util.Locale.ROOT, "daylight accuracy: %s seed %d: %,d events, %d rejected, %.1f s%n",
            r.model().wire(), r.seed(), r.events(), r.rejected(), r.seconds());
        out.flush();
      }
    } finally {
      pool.shutdownNow();
    }
    results.sort(Comparator.comparing((AccuracyRun.Result r) -> r.model().ordinal()).thenComparingLong(AccuracyRun.Result::seed));
    String command = "./daylight accuracy --models " + String.join(",", models) + " --seeds " + seeds
        + (firstSeed == 1 ? "" : " --first-seed " + firstSeed) + " --write docs/accuracy.md";
    String md = AccuracyReport.markdown(results, command, null);
    out.println(md);
    if (write != null) {
      AccuracyReport.writeInto(write, md);
      out.println("daylight accuracy: wrote " + write);
    }
    out.flush();
    return 0;
  }
}
