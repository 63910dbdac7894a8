package io.daylight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HumanTimingTest {
  @Test
  void local_typing_has_the_published_inter_key_mean_and_spread_and_rolls_over() {
    SplittableRandom r = new SplittableRandom(1);
    int n = 200_000;
    double sum = 0, sq = 0;
    for (int i = 0; i < n; i++) {
      double v = HumanTiming.interKeyMs(r);
      sum += v;
      sq += v * v;
    }
    double mean = sum / n, sd = Math.sqrt(sq / n - mean * mean);
    assertThat(mean).isCloseTo(238.66, offset(3.0));
    assertThat(sd).isCloseTo(111.6, offset(4.0));
    double[][] burst = HumanTiming.typeBurst(r, 2000);
    int rollovers = 0;
    for (int i = 1; i < burst[0].length; i++) if (burst[0][i] < burst[1][i - 1]) rollovers++;
    assertThat(rollovers).isGreaterThan(20);
  }

  @Test
  void a_remote_desktop_lands_every_press_on_its_send_tick_and_an_ip_kvm_holds_keys_for_a_constant_time() {
    SplittableRandom r = new SplittableRandom(2);
    double[][] typed = HumanTiming.typeBurst(r, 200);
    RemoteOperation desktop = new RemoteOperation(RemoteOperation.Kind.REMOTE_DESKTOP, Place.byId("shenyang"), "AnyDesk", 16.7, 0);
    double[][] seen = desktop.relayKeys(r, typed);
    for (double d : seen[0]) {
      double ticks = d / 16.7;
      assertThat(Math.abs(ticks - Math.rint(ticks))).isLessThan(0.01);
    }
    RemoteOperation kvm = new RemoteOperation(RemoteOperation.Kind.IP_KVM, Place.byId("dandong"), "PiKVM", 10, 25);
    double[][] injected = kvm.relayKeys(r, typed);
    for (int i = 0; i < 200; i++) assertThat(injected[1][i] - injected[0][i]).isBetween(24.9, 25.6);
    double[][] local = {typed[0], typed[1]};
    double minHold = Double.MAX_VALUE, maxHold = 0;
    for (int i = 0; i < 200; i++) {
      minHold = Math.min(minHold, local[1][i] - local[0][i]);
      maxHold = Math.max(maxHold, local[1][i] - local[0][i]);
    }
    assertThat(maxHold - minHold).isGreaterThan(50);
  }

  @Test
  void a_local_mouse_reports_at_the_hid_poll_rate_and_a_relay_at_its_tick() {
    SplittableRandom r = new SplittableRandom(3);
    double[] local = HumanTiming.localPointer(r, 100, 0);
    assertThat((local[99] - local[0]) / 99).isCloseTo(8.0, offset(0.05));
    RemoteOperation desktop = new RemoteOperation(RemoteOperation.Kind.REMOTE_DESKTOP, Place.byId("shenyang"), "AnyDesk", 16.7, 0);
    double[] relayed = desktop.relayPointer(r, 100, 0);
    assertThat((relayed[99] - relayed[0]) / 99).isCloseTo(16.7, offset(0.05));
  }

  @Test
  void reaction_times_stay_in_the_published_human_range() {
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < 10_000; i++) {
      double median = HumanTiming.personReactionMedianMs(r);
      assertThat(median).isBetween(190.0, 250.0);
      assertThat(HumanTiming.reactionMs(r, median)).isGreaterThanOrEqualTo(100.0);
    }
  }
}
