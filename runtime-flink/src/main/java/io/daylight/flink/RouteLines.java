package io.daylight.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Routes NDJSON lines from a file or generator source (Kafka routes in its deserializer). */
public final class RouteLines extends ProcessFunction<String, Routed> {
  private final DetectorSuite suite;
  private transient EventRouting routing;

  public RouteLines(DetectorSuite suite) {
    this.suite = suite;
  }

  @Override
  public void open(OpenContext openContext) {
    routing = new EventRouting(suite);
  }

  @Override
  public void processElement(String line, Context ctx, Collector<Routed> out) {
    if (line.isBlank()) return; // the contract skips blank lines
    Long ts = ctx.timestamp();
    routing.route(line.getBytes(StandardCharsets.UTF_8), ts == null ? Long.MIN_VALUE : ts, out::collect);
  }
}
