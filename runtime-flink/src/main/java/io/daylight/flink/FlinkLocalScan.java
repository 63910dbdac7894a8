package io.daylight.flink;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.IngestStats;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * {@code daylight scan --runtime flink-local}: the batch scan on an in-process Flink MiniCluster.
 * Ingest is the same as the embedded scan (every rejected line reported, repeated ids dropped);
 * the accepted lines are spooled to one file that Flink reads, and the findings come back unique
 * by uid, ordered by time then uid, exactly as {@code BatchScan} orders them. Like the embedded
 * batch scan, nothing can be late: every event waits for the end of the input.
 */
public final class FlinkLocalScan {
  private final DetectorSuite suite;
  private final Function<Configuration, StreamExecutionEnvironment> environments;

  /** @param parallelism detector tasks; 1–2 on a laptop, the number of cores on a server */
  public FlinkLocalScan(DetectorSuite suite, int parallelism) {
    this(suite, conf -> StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf));
  }

  /** @param environments makes the environment for a configuration (tests: a shared MiniCluster) */
  FlinkLocalScan(DetectorSuite suite, Function<Configuration, StreamExecutionEnvironment> environments) {
    this.suite = suite;
    this.environments = environments;
  }

  /** What a scan produced. */
  public record Result(List<Finding> findings, IngestStats ingest) {}

  public Result run(List<Path> inputs, Consumer<Rejection> rejections) throws Exception {
    Path spool = Files.createTempFile("daylight-flink-scan", ".ndjson");
    try {
      IngestStats stats = spoolAccepted(inputs, spool, rejections);
      return new Result(detect(environments.apply(FlinkSettings.base()), spool), stats);
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private List<Finding> detect(StreamExecutionEnvironment env, Path spool) throws Exception {
    FileSource<String> source = FileSource
        .forRecordStreamFormat(new TextLineInputFormat(), new org.apache.flink.core.fs.Path(spool.toUri()))
        .build();
    var routed = env.fromSource(source, WatermarkStrategy.noWatermarks(), "accepted-lines").setParallelism(1)
        .process(new RouteLines(suite)).name("route").setParallelism(1)
        .assignTimestampsAndWatermarks(DetectionPipeline.watermarks(DetectionPipeline.UNBOUNDED_LATENESS))
        .setParallelism(1);
    Map<String, Finding> byUid = new LinkedHashMap<>();
    try (CloseableIterator<Finding> it = DetectionPipeline.detect(routed, suite).findings().executeAndCollect("daylight-scan")) {
      it.forEachRemaining(f -> byUid.putIfAbsent(f.uid(), f));
    }
    List<Finding> findings = new ArrayList<>(byUid.values());
    findings.sort(Comparator.comparingLong(Finding::time).thenComparing(Finding::uid));
    return findings;
  }

  private static IngestStats spoolAccepted(List<Path> inputs, Path spool, Consumer<Rejection> rejections)
      throws IOException {
    NdjsonIngest ingest = new NdjsonIngest();
    IngestStats stats = new IngestStats(0, 0, 0, 0);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
      IngestSink sink = new IngestSink() {
        @Override
        public void accepted(Event e, byte[] raw) {
          try {
            out.write(raw);
            out.write('\n');
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        }

        @Override public void rejected(Rejection r) { rejections.accept(r); }
      };
      for (Path p : inputs) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
          stats = stats.plus(ingest.read(in, p.toString(), sink));
        }
      }
    }
    return stats;
  }
}
