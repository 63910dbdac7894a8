package io.daylight.flink;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.ingest.IngestSink;
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
import java.util.function.UnaryOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs one scenario through either runtime, the way {@code daylight scan} does. */
final class Runtimes {
  private Runtimes() {}

  /** A scenario file in src/test/resources/scenarios. */
  /** The product's detectors (location, post-hire) with empty context, no IP data, empty catalogues, then {@code extra}. */
  static List<io.daylight.core.detect.Detector<?>> productDetectorsAnd(io.daylight.core.detect.Detector<?>... extra) {
    io.daylight.core.context.DeploymentContext ctx = io.daylight.core.context.DeploymentContext.EMPTY;
    List<io.daylight.core.detect.Detector<?>> all = new java.util.ArrayList<>(io.daylight.core.location.LocationDetectors.all(ctx));
    all.addAll(io.daylight.core.PostHireDetectors.all(ctx, io.daylight.core.intel.IpIntel.NONE,
        io.daylight.core.endpoint.RemoteAccessCatalogue.of(List.of()), io.daylight.core.endpoint.InputHardwareCatalogue.of(List.of())));
    all.addAll(List.of(extra));
    return all;
  }

  static Path scenario(String name) {
    try {
      return Path.of(Runtimes.class.getResource("/scenarios/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The embedded batch scan: ingest (dedupe, reject), enrich, detect, unique by uid, sorted. */
  static List<Finding> embedded(DetectorSuite suite, List<Path> inputs) throws IOException {
    NdjsonIngest ingest = new NdjsonIngest();
    UnaryOperator<Event> enricher = suite.enricher();
    Map<String, Finding> byUid = new LinkedHashMap<>();
    EmbeddedRuntime rt = new EmbeddedRuntime(suite.detectors(), EmbeddedRuntime.UNBOUNDED_LATENESS,
        f -> byUid.putIfAbsent(f.uid(), f), e -> { throw new IllegalStateException("a batch has no late events"); });
    IngestSink sink = new IngestSink() {
      @Override public void accepted(Event e, byte[] raw) { rt.offer(enricher.apply(e)); }

      @Override public void rejected(Rejection r) {}
    };
    for (Path p : inputs) {
      try (InputStream in = Files.newInputStream(p)) {
        ingest.read(in, p.toString(), sink);
      }
    }
    rt.finish();
    return sorted(byUid.values());
  }

  /** The Flink scan on the test class's shared MiniCluster (MiniClusterExtension), parallelism 2. */
  static FlinkLocalScan.Result flink(DetectorSuite suite, List<Path> inputs) throws Exception {
    FlinkLocalScan scan = new FlinkLocalScan(suite, conf -> {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
      env.setParallelism(2);
      return env;
    });
    return scan.run(inputs, r -> {});
  }

  static List<Finding> sorted(java.util.Collection<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(Comparator.comparingLong(Finding::time).thenComparing(Finding::uid));
    return out;
  }
}
