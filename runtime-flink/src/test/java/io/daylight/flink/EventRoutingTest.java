package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines that are not events leave the job as rejected records, as ingest would keep them. */
class EventRoutingTest {

  @Test
  void a_rejected_keystroke_batch_leaves_with_its_reason_and_without_the_keys_it_carried() {
    EventRouting routing = new EventRouting(List::of);
    List<Routed> out = new ArrayList<>();
    String line = "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:05:00Z\",\"subject\":\"w-1\",\"down_ms\":[0,90],"
        + "\"keys\":\"hunter2\"}";
    routing.route(line.getBytes(StandardCharsets.UTF_8), 42L, out::add);

    assertThat(out).singleElement().satisfies(r -> {
      assertThat(r.rejected()).isTrue();
      assertThat(r.key()).contains("must not carry key identities");
      assertThat(new String(r.line(), StandardCharsets.UTF_8)).contains("\"down_ms\":[0,90]").doesNotContain("hunter2");
    });
  }

  @Test
  void any_other_rejected_line_leaves_exactly_as_it_came() {
    EventRouting routing = new EventRouting(List::of);
    List<Routed> out = new ArrayList<>();
    String line = "{\"type\":\"auth\",\"subject\":\"w-1\",\"src_ip\":\"198.51.100.23\"}";
    routing.route(line.getBytes(StandardCharsets.UTF_8), 42L, out::add);

    assertThat(out).singleElement().satisfies(r -> {
      assertThat(r.key()).isEqualTo("missing required field: time");
      assertThat(new String(r.line(), StandardCharsets.UTF_8)).isEqualTo(line);
    });
  }
}
