package io.daylight.flink;

import io.daylight.core.detect.Finding;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** The detection graph shared by every Flink job: routed lines in, findings out, nothing dropped. */
public final class DetectionPipeline {
  /** Lateness for batch input: hold every event until the input ends, so none is late. */
  public static final long UNBOUNDED_LATENESS = Long.MAX_VALUE;

  /** Lines that did not parse as contract-v1 events. */
  public static final OutputTag<Routed> REJECTED = new OutputTag<>("rejected-lines", TypeInformation.of(Routed.class));

  /** Pseudonyms with the worker ids they stand for ({@link Routed#IDENTITY}). */
  public static final OutputTag<Routed> IDENTITIES = new OutputTag<>("identities", TypeInformation.of(Routed.class));

  /** Roster (worker) events for the case book ({@link Routed#ROSTER}). */
  public static final OutputTag<Routed> ROSTER = new OutputTag<>("roster", TypeInformation.of(Routed.class));

  private DetectionPipeline() {}

  /**
   * What detection produced: findings, the late and rejected input it reported, the pseudonyms
   * the line form made (empty without one), and the roster events the case book links hires with.
   */
  public record Streams(DataStream<Finding> findings, DataStream<Routed> late, DataStream<Routed> rejected,
                        DataStream<Routed> identities, DataStream<Routed> roster) {}

  /**
   * Event time from the routed record and a watermark {@code allowedLatenessMs} behind the newest
   * event, minus 1 ms: the embedded runtime's watermark, which is Flink's bounded-out-of-orderness
   * rule.
   */
  public static WatermarkStrategy<Routed> watermarks(long allowedLatenessMs) {
    WatermarkStrategy<Routed> w = allowedLatenessMs == UNBOUNDED_LATENESS
        ? WatermarkStrategy.noWatermarks()
        : WatermarkStrategy.forGenerator(ctx -> new EventTimeOnly(Duration.ofMillis(allowedLatenessMs)));
    return w.withTimestampAssigner((r, previous) -> r.time());
  }

  /**
   * Bounded out-of-orderness over the records that carry an event time. A rejected line has none:
   * it travels with its Kafka record's timestamp, the moment it was produced. Let that move the
   * watermark and, while older events are being replayed (a backfill, a restart from an early
   * offset), one malformed line makes every later event of its partition late, and they leave as
   * dead letters instead of being detected (regression: KafkaEndToEndTest lost a finding in about
   * one run in six, whenever a partition's malformed line came before its last events).
   */
  static final class EventTimeOnly implements WatermarkGenerator<Routed> {
    private final BoundedOutOfOrdernessWatermarks<Routed> bounded;

    EventTimeOnly(Duration allowedLateness) {
      this.bounded = new BoundedOutOfOrdernessWatermarks<>(allowedLateness);
    }

    @Override
    public void onEvent(Routed r, long timestamp, WatermarkOutput out) {
      if (!r.rejected()) bounded.onEvent(r, timestamp, out);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput out) {
      bounded.onPeriodicEmit(out);
    }
  }

  /**
   * @param routed routed lines with timestamps and watermarks already assigned. Each detector
   *     subtask reads every channel of it, so events of one key that share a time keep the order
   *     they had within one routing subtask: with one (the batch scan) that is the input's order,
   *     as in the embedded runtime; across Kafka partitions it is their arrival order.
   */
  public static Streams detect(DataStream<Routed> routed, DetectorSuite suite) {
    // At the routing's parallelism, so it chains to it: a rebalance here would merge two channels
    // into each detector subtask and reorder events that share a time, which detectors see in
    // input order in the embedded runtime (regression: EmbeddedFlinkEquivalenceTest).
    SingleOutputStreamOperator<Routed> accepted = routed.process(new SplitRejected())
        .returns(TypeInformation.of(Routed.class)).name("split-rejected").uid("split-rejected")
        .setParallelism(routed.getParallelism());
    SingleOutputStreamOperator<Finding> findings = accepted
        .keyBy(Routed::partitionKey, Types.STRING)
        .process(new DetectorFunction(suite)).returns(TypeInformation.of(Finding.class))
        .name("detectors").uid("detectors");
    return new Streams(findings, findings.getSideOutput(DetectorFunction.LATE), accepted.getSideOutput(REJECTED),
        accepted.getSideOutput(IDENTITIES), accepted.getSideOutput(ROSTER));
  }

  private static final class SplitRejected extends ProcessFunction<Routed, Routed> {
    @Override
    public void processElement(Routed r, Context ctx, Collector<Routed> out) {
      if (r.rejected()) ctx.output(REJECTED, r);
      else if (r.identity()) ctx.output(IDENTITIES, r);
      else if (r.roster()) ctx.output(ROSTER, r);
      else out.collect(r);
    }
  }
}
