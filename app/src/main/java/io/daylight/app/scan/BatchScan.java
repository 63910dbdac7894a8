package io.daylight.app.scan;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.Finding;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.event.Event;
import io.daylight.core.event.Worker;
import io.daylight.core.casebook.CaseBook;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.IngestStats;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.daylight.runtime.EmbeddedRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The offline job: read contract files, enrich, run every detector in event-time order, score the
 * cases. A batch knows all its input, so it holds the events and orders them completely before
 * detection (no event can be late); unbounded streams go through {@code serve} or Flink instead.
 * Sources and sinks come in through the constructor and {@link #run}; the CLI only wires them.
 */
public final class BatchScan {
  private final List<? extends Detector<?>> detectors;
  private final Enricher enricher;
  private final CaseScorer scorer;

  public BatchScan(List<? extends Detector<?>> detectors, Enricher enricher, CaseScorer scorer) {
    this.detectors = detectors;
    this.enricher = enricher;
    this.scorer = scorer;
  }

  /** What a scan produced. Findings are unique by uid, ordered by time then uid. */
  public record Result(List<Finding> findings, List<Case> cases, IngestStats ingest, EmbeddedRuntime.Stats runtime) {}

  public Result run(List<Path> inputs, Consumer<Rejection> rejections) throws IOException {
    NdjsonIngest ingest = new NdjsonIngest();
    List<Event> events = new ArrayList<>();
    IngestSink sink = new IngestSink() {
      @Override public void accepted(Event e, byte[] raw) { events.add(enricher.enrich(e)); }

      @Override public void rejected(Rejection r) { rejections.accept(r); }
    };
    IngestStats stats = new IngestStats(0, 0, 0, 0);
    for (Path p : inputs) {
      try (InputStream in = Files.newInputStream(p)) {
        stats = stats.plus(ingest.read(new java.io.BufferedInputStream(in, 1 << 16), p.toString(), sink));
      }
    }
    return detect(events, stats);
  }

  /** Detection and scoring over events already read (also used by the demo and benchmarks). */
  public Result detect(List<Event> events, IngestStats stats) {
    List<Finding> found = new ArrayList<>();
    EmbeddedRuntime runtime = new EmbeddedRuntime(detectors, EmbeddedRuntime.UNBOUNDED_LATENESS, found::add,
        e -> { throw new IllegalStateException("a batch has no late events"); });
    List<Worker> workers = new ArrayList<>();
    for (Event e : events) {
      runtime.offer(e);
      if (e instanceof Worker w) workers.add(w);
    }
    runtime.finish();
    Result r = conclude(found, workers, stats);
    return new Result(r.findings(), r.cases(), stats, runtime.stats());
  }

  /**
   * What follows detection in every runtime: findings made unique by uid and ordered, then the
   * case book (core), which joins each worker with the applicant clusters of its hiring
   * application, scores the cases and runs the agency review. Agencies are judged on their
   * placements' cases: a finding about the agency, for the vendor-risk team, which forms no case
   * and raises no placement's score. A scan has no analysts' decisions, so nothing is suppressed.
   */
  public Result conclude(List<Finding> detected, List<Worker> workers, IngestStats stats) {
    Map<String, Finding> byUid = new LinkedHashMap<>();
    for (Finding f : detected) byUid.putIfAbsent(f.uid(), f);
    CaseBook book = new CaseBook(scorer);
    for (Worker w : workers) book.addWorker(w);
    book.addAll(byUid.values());
    CaseBook.Conclusion concluded = book.conclude();
    for (Finding f : concluded.agencyFindings()) byUid.putIfAbsent(f.uid(), f);
    List<Finding> findings = new ArrayList<>(byUid.values());
    findings.sort(Comparator.comparingLong(Finding::time).thenComparing(Finding::uid));
    return new Result(findings, concluded.cases(), stats, null);
  }
}
