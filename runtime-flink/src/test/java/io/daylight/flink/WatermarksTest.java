package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/** The job's watermark: event time only, allowed lateness behind the newest event. */
class WatermarksTest {
  static final long DAY = 86_400_000L;
  static final long FEB = 1_770_000_000_000L; // 2026-02-02, the events being replayed
  static final long NOW = 1_796_000_000_000L; // 2026-12, when the malformed line was produced

  static final class Last implements WatermarkOutput {
    long watermark = Long.MIN_VALUE;

    @Override public void emitWatermark(Watermark w) { watermark = w.getTimestamp(); }
    @Override public void markIdle() {}
    @Override public void markActive() {}
  }

  @Test
  void a_rejected_line_stamped_with_the_time_it_was_produced_does_not_make_the_events_after_it_late() {
    WatermarkGenerator<Routed> g = DetectionPipeline.watermarks(DAY).createWatermarkGenerator(null);
    Last out = new Last();
    g.onEvent(new Routed(0, "w-1", FEB, bytes("{}")), FEB, out);
    g.onEvent(new Routed(Routed.REJECTED, "invalid JSON", NOW, bytes("not json")), NOW, out);
    g.onPeriodicEmit(out);
    assertThat(out.watermark).isEqualTo(FEB - DAY - 1);

    g.onEvent(new Routed(0, "w-1", FEB + 3 * DAY, bytes("{}")), FEB + 3 * DAY, out);
    g.onPeriodicEmit(out);
    assertThat(out.watermark).as("events still move it").isEqualTo(FEB + 2 * DAY - 1);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
