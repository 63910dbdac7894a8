package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.event.Interaction;
import io.daylight.core.testkit.Harness;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InteractionDelayDetectorTest {
  static final long DAY = 86_400_000L;

  /** Typo corrections: simple RT 190–250 ms + a log-normal decision time, plus a relay's delay. */
  static List<Event> person(String subject, int days, double decisionMs, double relayMs, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double simple = 190 + 60 * rng.nextDouble();
    List<Event> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      for (int i = 0; i < 10; i++) {
        double rt = simple * Math.exp(0.12 * rng.nextGaussian()) + decisionMs * Math.exp(0.45 * rng.nextGaussian())
            + relayMs + (relayMs > 0 ? 8 * rng.nextGaussian() : 0);
        double path = 20 + 30 * rng.nextDouble();
        out.add(new Interaction(subject + "-" + d + "-" + i, d * DAY + 3_600_000L * (9 + i % 8) + i, subject, "dev",
            "typo_correction", rt + path, "server", path));
      }
    }
    return out;
  }

  static List<Event> office(double relayMs) {
    List<Event> events = new ArrayList<>();
    for (int w = 0; w < 20; w++) events.addAll(person("w-" + w, 20, 200, 0, w));
    events.addAll(person("w-slow", 20, 320, 0, 99));
    events.addAll(person("w-farm", 20, 200, relayMs, 100));
    return events;
  }

  @Test
  void says_how_far_the_person_typing_is_from_a_relayed_laptop_and_leaves_slow_thinkers_alone() {
    // Shenyang→Phoenix ~10,600 km: floor 106 ms × 1.8 inflation + 55 ms encoding ≈ 245 ms
    List<Finding> f = Harness.run(List.of(new InteractionDelayDetector()), office(245));
    assertThat(f).extracting(Finding::subject).containsExactly("w-farm");
    Finding farm = f.get(0);
    assertThat(farm.explanation()).startsWith("The person typing is at least ").contains("intervals, Δ = ")
        .contains("95 % CI");
    double min = LocationAccuracyStudy.ev(farm, "operator_min_km");
    double max = LocationAccuracyStudy.ev(farm, "operator_max_km");
    assertThat(min).isGreaterThan(1_000).isLessThan(10_600);
    assertThat(max).isGreaterThan(10_600);
  }

  @Test
  void stays_silent_before_forty_intervals() {
    List<Event> events = new ArrayList<>();
    for (int w = 0; w < 10; w++) events.addAll(person("w-" + w, 3, 200, 0, w));
    events.addAll(person("w-farm", 3, 200, 245, 100)); // 30 intervals: not enough
    assertThat(Harness.run(List.of(new InteractionDelayDetector()), events)).isEmpty();
  }

  @Test
  void gives_the_same_findings_whatever_the_arrival_order_within_a_day() {
    List<Event> events = office(180);
    List<Finding> a = Harness.run(List.of(new InteractionDelayDetector()), events);
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(7));
    // keep days in order (the watermark), shuffle within each day
    shuffled.sort((x, y) -> Long.compare(x.time() / DAY, y.time() / DAY));
    Harness h = new Harness(List.of(new InteractionDelayDetector()));
    for (Event e : shuffled) h.accept(e);
    h.finish();
    List<Finding> b = h.findings();
    assertThat(a).isNotEmpty();
    assertThat(b).isEqualTo(a);
  }
}
