package io.daylight.flink;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;

/** The configuration every Daylight Flink job runs with, in production and in every test. */
public final class FlinkSettings {
  private FlinkSettings() {}

  /**
   * No Kryo: a state or record type Flink cannot serialise with its own POJO/record serializers
   * fails the job at start instead of silently falling back to a slow, schema-less encoding.
   */
  public static Configuration base() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    return conf;
  }

  /**
   * Exactly-once checkpoints every {@code interval}. Restarts follow Flink's default with
   * checkpointing on (exponential delay, unbounded): a long-running job rides out broker and node
   * failures, and a poison record shows as a growing restart count in the job's metrics.
   */
  public static Configuration checkpointed(Duration interval) {
    Configuration conf = base();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, interval);
    conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    return conf;
  }

  /** For tests and batch runs: at most {@code attempts} quick restarts, then the job fails. */
  public static Configuration withBoundedRestarts(Configuration conf, int attempts) {
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, attempts);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
    return conf;
  }
}
