package io.daylight.app.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.DetectorSet;
import io.daylight.app.ReferenceData;
import io.daylight.app.context.ContextFile;
import io.daylight.app.scan.BatchScan;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.score.CaseScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One population through {@code daylight scan}'s own path (every detector, the standard scorer),
 * judged against its answer key. The generator writes to a directory, the scan reads it back as
 * files, exactly as a customer's export would arrive.
 */
public final class AccuracyRun {
  /** What one run measured. */
  public record Result(Model model, long seed, int events, int rejected, Evaluation evaluation, double seconds) {}

  private final ReferenceData intel;
  private final CaseScorer scorer;

  public AccuracyRun(ReferenceData intel, CaseScorer scorer) {
    this.intel = intel;
    this.scorer = scorer;
  }

  public Result run(Model model, long seed, Model.Size size, Path workDir) throws IOException {
    long t0 = System.nanoTime();
    Path dir = workDir.resolve(model.wire() + "-" + seed);
    model.write(seed, size, dir);
    Result r = judge(model, seed, dir);
    return new Result(model, seed, r.events(), r.rejected(), r.evaluation(), (System.nanoTime() - t0) / 1e9);
  }

  /** Scans a directory holding events.ndjson, context.json and truth.json and judges the cases. */
  public Result judge(Model model, long seed, Path dir) throws IOException {
    long t0 = System.nanoTime();
    Path events = dir.resolve("events.ndjson");
    BatchScan scan;
    try {
      scan = new BatchScan(DetectorSet.standard(ContextFile.load(dir.resolve("context.json")), intel),
          new Enricher(intel.places()), scorer);
    } catch (ContextFile.InvalidContextException e) {
      throw new IOException("the generator wrote an invalid context: " + e.getMessage(), e);
    }
    AtomicInteger rejected = new AtomicInteger();
    BatchScan.Result result = scan.run(List.of(events), r -> rejected.incrementAndGet());
    AnswerKey key = AnswerKey.read(dir.resolve("truth.json")).withUnlistedApplicationsHonest(applicationIds(events));
    Evaluation e = Evaluation.of(key, new Verdicts(result.cases(), key), result.findings());
    return new Result(model, seed, (int) result.ingest().accepted(), rejected.get(), e, (System.nanoTime() - t0) / 1e9);
  }

  private static List<String> applicationIds(Path events) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.contains("\"application\"")) continue;
        JsonNode n = json.readTree(line);
        if ("application".equals(n.path("type").asText()) && n.path("id").isTextual()) ids.add(n.path("id").asText());
      }
    }
    return ids;
  }
}
