package io.daylight.app.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.daylight.app.DetectorSet;
import io.daylight.app.IntelOption;
import io.daylight.app.ReferenceData;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.event.Event;
import io.daylight.demo.TelemetryMix;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.daylight.runtime.EmbeddedRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Ingest+detect throughput on the demo generator's telemetry mix, against Jackson parse-only
 * throughput of the same bytes measured in the same run (the ratio is what travels between
 * machines). One thread: the figure is per core. Peak memory is the process's VmHWM.
 */
@Command(name = "bench", description = {
    "Measures ingest+detect throughput on one core against Jackson parse-only of the same bytes.",
    "Ends with: throughput_eps=N parse_only_eps=N ratio=R peak_rss_mb=M"})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "1000000", description = "telemetry lines per run (default ${DEFAULT-VALUE})")
  long events;

  @Option(names = "--workers", defaultValue = "10000", description = "simulated workers (default ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--runs", defaultValue = "5", description = "measured runs per phase after one warm-up; the median is reported")
  int runs;

  @Option(names = "--seed", defaultValue = "20260105")
  long seed;

  @Mixin IntelOption intelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (events < 1 || workers < 1 || runs < 1) {
      spec.commandLine().getErr().println("daylight bench: --events, --workers and --runs must be positive");
      return 2;
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, events * 220 + workers * 300L));
    TelemetryMix mix = new TelemetryMix(seed, workers);
    mix.writeRoster(buf);
    mix.write(buf, events);
    byte[] bytes = buf.toByteArray();
    buf = null;
    long lines = events + workers;
    out.printf(Locale.ROOT, "daylight bench: %,d lines (%,d workers' roster + %,d telemetry), %.1f MB, %d runs per phase%n",
        lines, workers, events, bytes.length / 1e6, runs);
    out.flush();

    ReferenceData intel = intelOption.load();
    List<Detector<?>> detectors = DetectorSet.standard(DeploymentContext.EMPTY, intel);
    double parseOnly = median(runs, () -> parseOnly(bytes));
    double pipeline = median(runs, () -> ingestAndDetect(bytes, detectors, intel));
    double parseEps = lines / parseOnly;
    double eps = lines / pipeline;
    long rssMb = peakRssKb() / 1024;
    out.printf(Locale.ROOT, "parse-only (Jackson streaming, every token): %,.0f events/s%n", parseEps);
    out.printf(Locale.ROOT, "ingest+detect (%d detectors):                %,.0f events/s (%.2f of parse-only)%n",
        detectors.size(), eps, eps / parseEps);
    out.printf(Locale.ROOT, "peak RSS: %d MB (input held in memory: %.0f MB)%n", rssMb, bytes.length / 1e6);
    out.printf(Locale.ROOT, "throughput_eps=%.0f parse_only_eps=%.0f ratio=%.2f peak_rss_mb=%d%n", eps, parseEps, eps / parseEps, rssMb);
    out.flush();
    return 0;
  }

  /** Every token of every line, as cheap as Jackson can read the same bytes. */
  static double parseOnly(byte[] bytes) throws IOException {
    JsonFactory f = new JsonFactory();
    long t0 = System.nanoTime();
    long tokens = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') continue;
      try (JsonParser p = f.createParser(bytes, start, i - start)) {
        while (p.nextToken() != null) tokens++;
      }
      start = i + 1;
    }
    if (tokens == 0) throw new IllegalStateException("nothing parsed");
    return (System.nanoTime() - t0) / 1e9;
  }

  static double ingestAndDetect(byte[] bytes, List<Detector<?>> detectors, ReferenceData intel) throws IOException {
    long t0 = System.nanoTime();
    Enricher enricher = new Enricher(intel.places());
    // One hour of allowed lateness, as serve's default.
    EmbeddedRuntime runtime = new EmbeddedRuntime(detectors, 3_600_000L, f -> { }, e -> { });
    long[] rejected = {0};
    new NdjsonIngest(true).read(new ByteArrayInputStream(bytes), "bench", new IngestSink() {
      @Override public void accepted(Event e, byte[] raw) { runtime.offer(enricher.enrich(e)); }

      @Override public void rejected(Rejection r) { rejected[0]++; }
    });
    runtime.finish();
    if (rejected[0] > 0) throw new IllegalStateException(rejected[0] + " generated lines were rejected");
    return (System.nanoTime() - t0) / 1e9;
  }

  interface Timed {
    double seconds() throws IOException;
  }

  static double median(int runs, Timed t) throws IOException {
    t.seconds(); // warm-up: JIT and caches
    double[] s = new double[runs];
    for (int i = 0; i < runs; i++) s[i] = t.seconds();
    Arrays.sort(s);
    return s[runs / 2];
  }

  /** VmHWM from /proc (Linux): the resident high-water mark of this process. */
  static long peakRssKb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
