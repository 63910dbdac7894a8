package io.daylight.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.testkit.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RemoteInputDetectorTest {

  enum Style { PERSON, FAST, SSH, KLOAK, RELAY, KVM, TICK }

  /** 40 batches of 40 keys: log-normal intervals (Dhakal et al. CHI 2018), holds 70–120 ms. */
  static List<Event> typist(String subject, Style style, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Event> out = new ArrayList<>();
    double mean = style == Style.FAST ? 100 : 238.66;
    double sigma = style == Style.FAST ? 0.6 : 0.445;
    double median = mean / Math.exp(sigma * sigma / 2);
    for (int b = 0; b < 40; b++) {
      int n = 40;
      double[] down = new double[n];
      double[] up = new double[n];
      double at = 0;
      for (int i = 0; i < n; i++) {
        if (i > 0) at += median * Math.exp(sigma * rng.nextGaussian());
        down[i] = at;
        up[i] = at + (style == Style.KVM ? 25 + 0.2 * rng.nextGaussian() : Math.max(30, 95 + 20 * rng.nextGaussian()));
      }
      if (style == Style.SSH) {
        for (int i = 0; i < n; i++) {
          down[i] = Math.ceil(down[i] / 20) * 20;
          up[i] = Math.max(down[i], Math.ceil(up[i] / 20) * 20);
        }
      }
      if (style == Style.KLOAK) {
        double prev = 0;
        for (int i = 0; i < n; i++) {
          double lb = Math.max(0, prev - down[i]);
          down[i] += lb >= 100 ? lb : lb + (100 - lb) * rng.nextDouble();
          up[i] = Math.max(up[i] + 100 * rng.nextDouble(), down[i]);
          prev = down[i];
        }
      }
      if (style == Style.RELAY && b % 3 == 0) {
        // a stall: five keys released back to back 0.2 ms apart
        double release = down[14] + 120;
        for (int i = 10; i < 15; i++) {
          double shift = release + 0.2 * (i - 10) - down[i];
          down[i] += shift;
          up[i] += shift;
        }
        for (int i = 15; i < n; i++) {
          if (down[i] <= down[i - 1]) {
            double shift = down[i - 1] + 0.1 - down[i];
            down[i] += shift;
            up[i] += shift;
          }
        }
      }
      double[] pointer = new double[30];
      double period = style == Style.TICK ? 33.333 : 16.667;
      for (int i = 1; i < pointer.length; i++) pointer[i] = pointer[i - 1] + period * (rng.nextDouble() < 0.1 ? 2 : 1);
      out.add(new Keystrokes(subject + "-" + b, b * 3_600_000L, subject, "dev", style == Style.SSH ? "ssh" : "browser",
          down, up, pointer));
    }
    return out;
  }

  static List<Finding> run(Style style) {
    return Harness.run(List.of(new RemoteInputDetector()), typist("w", style, style.ordinal()));
  }

  @Test
  void flags_coalesced_key_runs_of_a_relayed_session() {
    assertThat(run(Style.RELAY)).extracting(Finding::title).contains("Key presses arrive coalesced, as through a remote-control relay");
  }

  @Test
  void flags_machine_constant_hold_times_of_an_ip_kvm() {
    assertThat(run(Style.KVM)).extracting(Finding::title).containsExactly("Key hold times are machine-constant, as from an IP-KVM");
  }

  @Test
  void flags_pointer_moves_on_a_thirty_hertz_protocol_tick_but_not_on_sixty_hertz_frames() {
    assertThat(run(Style.TICK)).extracting(Finding::title).containsExactly("Pointer moves arrive on a remote protocol's tick");
    assertThat(run(Style.PERSON)).isEmpty();
  }

  @Test
  void leaves_openssh_keystroke_grid_kloak_and_fast_typists_with_heavy_rollover_alone() {
    assertThat(run(Style.SSH)).isEmpty();
    assertThat(run(Style.KLOAK)).isEmpty();
    assertThat(run(Style.FAST)).isEmpty();
  }

  @Test
  void treats_only_the_listed_human_rates_as_human_pointer_periods() {
    assertThat(BatchTiming.humanPeriod(8.0)).isTrue();
    assertThat(BatchTiming.humanPeriod(16.7)).isTrue();
    assertThat(BatchTiming.humanPeriod(33.3)).isFalse();
    assertThat(BatchTiming.humanPeriod(50.0)).isFalse();
  }
}
