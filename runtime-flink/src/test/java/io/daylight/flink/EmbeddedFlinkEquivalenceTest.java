package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedFlinkEquivalenceTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build()); // 4 slots: a job failed on purpose (the Kryo test) may hold its 2 slots a while; the next job must not wait on them

  /**
   * Every detector the product runs (with empty context, no IP data and empty catalogues: the app's
   * demo-organisation test runs them with real data through both runtimes), plus the
   * runtime-exercising test detectors.
   */
  static final DetectorSuite EVERY_DETECTOR = () -> Runtimes.productDetectorsAnd(
      new TestDetectors.SharedIp(),
      new TestDetectors.AuthBurst(),
      new TestDetectors.ActivityGap(),
      new TestDetectors.SignInMemory(),
      new TestDetectors.EveryHire());

  static void assertSameFindings(DetectorSuite suite, Path... scenario) throws Exception {
    List<Finding> embedded = Runtimes.embedded(suite, List.of(scenario));
    List<Finding> flink = Runtimes.flink(suite, List.of(scenario)).findings();
    assertThat(flink).extracting(Finding::uid).containsExactlyElementsOf(embedded.stream().map(Finding::uid).toList());
    assertThat(flink).containsExactlyElementsOf(embedded); // every field, evidence included
  }

  @Test
  void the_mixed_scenario_yields_identical_findings_in_the_embedded_runtime_and_on_flink() throws Exception {
    assertSameFindings(EVERY_DETECTOR, Runtimes.scenario("mixed.ndjson"));
  }

  @Test
  void the_mixed_scenario_flags_the_planted_workers_and_not_their_look_alikes() throws Exception {
    List<Finding> found = Runtimes.flink(EVERY_DETECTOR, List.of(Runtimes.scenario("mixed.ndjson"))).findings();
    assertThat(subjects(found, "test.shared-ip")).containsExactlyInAnyOrder("w-4", "w-5", "w-6");
    assertThat(found).filteredOn(f -> f.detector().equals("test.every-hire")).hasSize(6);
    assertThat(found).filteredOn(f -> f.detector().equals("test.sign-in-memory")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.title()).contains("@"));
    assertThat(found).filteredOn(f -> f.detector().equals("test.auth-burst")).extracting(Finding::subject)
        .containsExactly("w-6", "w-6");
    // w-5 went quiet after day 3 (its last timer); w-6's one-day pause is exactly the gap and is
    // not one, because a timer at T sees the event at T first. At the end of input w-4's and
    // w-6's last timers fire too.
    assertThat(found).filteredOn(f -> f.detector().equals("test.activity-gap"))
        .extracting(Finding::subject, Finding::time)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("w-5", day(5, 10)),
            org.assertj.core.groups.Tuple.tuple("w-4", day(12, 10)), org.assertj.core.groups.Tuple.tuple("w-6", day(12, 11)));
  }

  /** Keeps a deque: an interface Flink has no serializer of its own for. */
  static final class NeedsKryo implements Detector<NeedsKryo.State> {
    public static final class State {
      public java.util.Deque<String> recent = new java.util.ArrayDeque<>();
    }

    @Override public String name() { return "test.needs-kryo"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.ACTIVITY); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }
    @Override public void onEvent(State s, Event e, DetectorContext ctx) { s.recent.add(e.id()); }
  }

  @Test
  void a_detector_whose_state_would_need_kryo_fails_the_job_instead_of_falling_back() {
    DetectorSuite suite = () -> List.of(new NeedsKryo());
    assertThatThrownBy(() -> Runtimes.flink(suite, List.of(Runtimes.scenario("mixed.ndjson"))))
        .hasStackTraceContaining("Generic types have been disabled");
  }

  /**
   * Regression (CI, 2026-11-21: the demo organisation's Flink findings once differed from the
   * embedded runtime's): events that share a time reach a detector in input order, as in the
   * embedded runtime, also when detection runs on two subtasks. 6,000 sign-ins at one instant are
   * many network buffers, so any interleaving of two upstream channels would reorder them.
   */
  @Test
  void events_that_share_a_time_reach_each_key_in_input_order_at_parallelism_two(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6_000; i++) {
      b.append("{\"type\":\"auth\",\"id\":\"t-").append(i)
          .append("\",\"time\":\"2026-02-02T08:00:00Z\",\"subject\":\"w-").append(i % 7)
          .append("\",\"src_ip\":\"203.0.113.9\",\"outcome\":\"success\"}\n");
    }
    Path ties = dir.resolve("ties.ndjson");
    java.nio.file.Files.writeString(ties, b);
    DetectorSuite suite = () -> List.of(new TestDetectors.TieOrder());
    assertThat(Runtimes.embedded(suite, List.of(ties))).hasSize(1);
    assertSameFindings(suite, ties);
  }

  /** Epoch ms of 2026-02-01 plus days and hours, the scenario's clock. */
  private static long day(int days, int hours) {
    return java.time.Instant.parse("2026-02-01T00:00:00Z").toEpochMilli() + days * 86_400_000L + hours * 3_600_000L;
  }

  private static List<String> subjects(List<Finding> findings, String detector) {
    return findings.stream().filter(f -> f.detector().equals(detector)).map(Finding::subject).distinct().toList();
  }
}
