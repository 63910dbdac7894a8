package io.daylight.flink;

import io.daylight.core.detect.Finding;
import io.daylight.core.location.EndpointPlaceDetector;
import io.daylight.core.context.DeploymentContext;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.runtime.EmbeddedRuntime;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Embedded runtime vs Flink local mode on the same generated telemetry, one configuration per JVM
 * so peak heap is that configuration's alone:
 *
 * <pre>java -Xmx6g -cp … io.daylight.flink.RuntimeBench embedded|flink EVENTS [WORKERS] [PARALLELISM]</pre>
 *
 * <p>Both runtimes parse every line (the embedded runtime once, Flink once to route and once per
 * route to detect), as they do in production. Events are 10 ms apart in event time, in order, and
 * run with a 5-minute allowed lateness, so about 30,000 events wait in each runtime's buffer.
 */
public final class RuntimeBench {
  static final long T0 = 1_769_904_000_000L; // 2026-02-01T00:00:00Z
  static final long STEP_MS = 10;
  static final long LATENESS_MS = 300_000;

  static final DetectorSuite SUITE = () -> List.of(
      new EndpointPlaceDetector(DeploymentContext.EMPTY), new TestDetectors.SharedIp(), new TestDetectors.AuthBurst(), new TestDetectors.ActivityGap());

  public static void main(String[] args) throws Exception {
    String runtime = args[0];
    long events = Long.parseLong(args[1]);
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int parallelism = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    long start = System.nanoTime();
    long findings = runtime.equals("embedded") ? embedded(events, workers) : flink(events, workers, parallelism);
    double seconds = (System.nanoTime() - start) / 1e9;
    // CPU seconds of the whole process: on a shared machine wall time measures the neighbours too.
    double cpuSeconds = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    long peakHeap = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) peakHeap += p.getPeakUsage().getUsed();
    }
    System.out.printf(Locale.ROOT, "%s events=%d workers=%d parallelism=%s seconds=%.2f events_per_s=%.0f "
            + "cpu_seconds=%.1f events_per_cpu_s=%.0f peak_heap_mb=%d findings=%d%n", runtime, events, workers,
        runtime.equals("embedded") ? "1" : String.valueOf(parallelism), seconds, events / seconds,
        cpuSeconds, events / cpuSeconds, peakHeap >> 20, findings);
  }

  static long embedded(long events, int workers) {
    NdjsonIngest parser = new NdjsonIngest(false);
    long[] found = {0};
    EmbeddedRuntime rt = new EmbeddedRuntime(SUITE.detectors(), LATENESS_MS, f -> found[0]++, e -> {});
    for (long i = 0; i < events; i++) rt.offer(parser.parseStored(TelemetryLine.of(i, workers)));
    rt.finish();
    return found[0];
  }

  static long flink(long events, int workers, int parallelism) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, FlinkSettings.base());
    var routed = env.fromSequence(0, events - 1)
        .map(new TelemetryLine(workers)).returns(Types.STRING)
        .process(new RouteLines(SUITE))
        .assignTimestampsAndWatermarks(DetectionPipeline.watermarks(LATENESS_MS));
    DetectionPipeline.detect(routed, SUITE).findings().sinkTo(new Discard());
    env.execute("bench");
    return -1; // not counted: the sink discards them, as a Kafka sink would ship them away
  }

  /**
   * Event i of the generated stream, a pure function of i: the first {@code workers} events declare
   * the workers (Phoenix); then per 10 events six RTTs, two interactions (consumed by no detector
   * here, as most telemetry is not), one sign-in and one activity. Worker i%100==7 answers a
   * Seattle landmark below the fibre floor from Phoenix.
   */
  static final class TelemetryLine implements MapFunction<Long, String> {
    private final int workers;

    TelemetryLine(int workers) {
      this.workers = workers;
    }

    @Override
    public String map(Long i) {
      return new String(of(i, workers), StandardCharsets.UTF_8);
    }

    static byte[] of(long i, int workers) {
      String w = "w-" + (i % workers);
      String time = java.time.Instant.ofEpochMilli(T0 + i * STEP_MS).toString();
      String head = "{\"id\":\"e" + i + "\",\"time\":\"" + time + "\",\"subject\":\"" + w + "\",";
      String body;
      if (i < workers) {
        body = "\"type\":\"worker\",\"declared_location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\","
            + "\"lat\":33.448,\"lon\":-112.074}}";
      } else {
        int k = (int) (i % 10);
        if (k < 6) {
          double rtt = (i % workers) % 100 == 7 ? 4.0 + k * 0.3 : 36.0 + k;
          body = "\"type\":\"rtt\",\"device_id\":\"d\",\"landmark\":{\"id\":\"sea-1\",\"lat\":47.61,\"lon\":-122.33},"
              + "\"rtt_ms\":" + rtt + ",\"method\":\"tcp\"}";
        } else if (k < 8) {
          body = "\"type\":\"interaction\",\"device_id\":\"d\",\"kind\":\"typo_correction\",\"latency_ms\":412.0,"
              + "\"measured_at\":\"endpoint\"}";
        } else if (k == 8) {
          body = "\"type\":\"auth\",\"src_ip\":\"198.51." + ((i / 10) % 200) + "." + ((i / 2000) % 250) + "\","
              + "\"outcome\":\"success\"}";
        } else {
          body = "\"type\":\"activity\",\"source\":\"git\"}";
        }
      }
      return (head + body).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final class Discard implements Sink<Finding> {
    @Override
    public SinkWriter<Finding> createWriter(WriterInitContext context) {
      return new SinkWriter<>() {
        @Override public void write(Finding f, Context c) {}

        @Override public void flush(boolean endOfInput) {}

        @Override public void close() {}
      };
    }
  }
}
