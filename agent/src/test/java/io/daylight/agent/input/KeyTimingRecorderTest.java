package io.daylight.agent.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.agent.event.KeyTiming;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTimingRecorderTest {
  static final long MS = 1_000_000L;
  final List<KeyTiming> out = new ArrayList<>();
  final KeyTimingRecorder r = new KeyTimingRecorder(out::add);

  @Test
  void pairs_each_release_with_the_oldest_key_still_down_as_in_rollover() {
    r.press(1_000 * MS, 5_000);
    r.press(1_080 * MS, 5_080);   // rollover: second key down before the first is up
    r.release(1_100 * MS);
    r.release(1_170 * MS);
    r.flush();
    assertThat(out).singleElement().satisfies(k -> {
      assertThat(k.timeMs()).isEqualTo(5_000);
      assertThat(k.downMs()).containsExactly(0, 80);
      assertThat(k.upMs()).containsExactly(100, 170);
    });
  }

  @Test
  void a_pause_longer_than_two_seconds_starts_a_new_batch() {
    r.press(0, 0);
    r.release(90 * MS);
    r.press(200 * MS, 200);
    r.release(300 * MS);
    r.press(2_500 * MS, 2_500);
    r.release(2_600 * MS);
    r.tick(5_000 * MS);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).downMs()).containsExactly(0, 200);
    assertThat(out.get(1).downMs()).containsExactly(0);
  }

  @Test
  void a_typing_pause_shorter_than_two_seconds_keeps_the_batch_open() {
    r.press(0, 0);
    r.release(90 * MS);
    r.tick(1_900 * MS);
    assertThat(out).isEmpty();
  }

  @Test
  void presses_without_matching_releases_are_sent_without_hold_times() {
    r.press(0, 0);
    r.press(30 * MS, 30);   // auto-repeat or a key held across batches
    r.release(100 * MS);
    r.flush();
    assertThat(out).singleElement().satisfies(k -> {
      assertThat(k.downMs()).containsExactly(0, 30);
      assertThat(k.upMs()).isNull();
    });
  }

  @Test
  void a_long_burst_is_cut_at_the_batch_cap() {
    for (int i = 0; i < KeyTimingRecorder.MAX_PRESSES + 3; i++) {
      r.press(i * 100 * MS, i * 100L);
      r.release((i * 100 + 50) * MS);
    }
    r.flush();
    assertThat(out).hasSize(2);
    assertThat(out.get(0).downMs()).hasSize(KeyTimingRecorder.MAX_PRESSES);
    assertThat(out.get(1).downMs()).hasSize(3);
  }

  @Test
  void no_public_method_of_the_recorder_accepts_anything_but_instants() {
    for (Method m : KeyTimingRecorder.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) continue;
      assertThat(Arrays.asList(m.getParameterTypes())).as(m.getName()).allMatch(t -> t == long.class);
    }
  }
}
