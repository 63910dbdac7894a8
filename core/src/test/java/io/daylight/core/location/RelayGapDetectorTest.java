package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import io.daylight.core.testkit.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelayGapDetectorTest {
  static final long DAY = 86_400_000L;
  static final long T0 = 1_767_571_200_000L; // 2026-01-05T00:00Z
  // Landmarks at data-centre coordinates; Atlanta as declared. Round trips follow the physics of
  // latency-calibration.md: ~2.2× the fibre floor plus a few ms of last mile.
  static final Rtt.Landmark IAD = new Rtt.Landmark("iad-1", 39.04, -77.49);
  static final Rtt.Landmark ORD = new Rtt.Landmark("ord-1", 41.85, -87.65);
  static final Rtt.Landmark DFW = new Rtt.Landmark("dfw-1", 32.78, -96.8);
  static final DeploymentContext CTX = new DeploymentContext(CidrSet.of(List.of("203.0.113.0/24")), Set.of(), List.of(), List.of());

  static Worker atlanta(String subject) {
    return new Worker("hr-" + subject, T0 - DAY, subject, null, null, null, new Place("Atlanta", "GA", "US", 33.749, -84.388),
        "America/New_York", null, null, null, null, null, null);
  }

  /** 30 days: network round trips every day, an application echo every third day, from 3 landmarks. */
  static List<Event> days(String subject, double networkMs, double echoGapMs, int vpnDay, String ip) {
    List<Event> out = new ArrayList<>();
    out.add(atlanta(subject));
    int n = 0;
    for (int d = 0; d < 30; d++) {
      long t = T0 + d * DAY + 15 * 3_600_000L;
      if (ip != null) out.add(new Auth(subject + "-a" + d, t - 60_000, subject, ip, "dev", true, "success", null, null, null));
      for (Rtt.Landmark l : List.of(IAD, ORD, DFW)) {
        double net = networkMs + (d == vpnDay ? -networkMs + 3 : 0);
        out.add(new Rtt(subject + "-" + n++, t, subject, "dev", l, net, "tcp"));
        out.add(new Rtt(subject + "-" + n++, t + 60_000, subject, "dev", l, net + 2, "tcp"));
        if (d % 3 == 0) out.add(new Rtt(subject + "-" + n++, t + 120_000, subject, "dev", l, networkMs + echoGapMs, "app"));
      }
    }
    return out;
  }

  static List<Finding> run(List<Event> events) {
    return Harness.run(new RelayGapDetector(CTX), events);
  }

  @Test
  void a_laptop_far_behind_a_vpn_exit_near_the_declared_place_is_found_with_its_distance() {
    List<Finding> f = run(days("w-vpn", 25, 190, -1, null));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.explanation()).contains("Atlanta").contains("190 ms");
      assertThat(x.likelihoodRatio()).isGreaterThan(10);
    });
  }

  @Test
  void an_honest_laptop_whose_echoes_match_its_round_trips_is_not() {
    assertThat(run(days("w-home", 25, 3, -1, null))).isEmpty();
  }

  @Test
  void a_satellite_link_slow_on_both_methods_is_not() {
    assertThat(run(days("w-sat", 600, 4, -1, null))).isEmpty();
  }

  @Test
  void a_consumer_vpn_used_on_one_day_is_not() {
    assertThat(run(days("w-once", 25, 3, 9, null))).isEmpty();
  }

  @Test
  void round_trips_through_the_corporate_egress_are_left_out() {
    assertThat(run(days("w-corp", 25, 130, -1, "203.0.113.9"))).isEmpty();
  }

  @Test
  void a_laptop_abroad_behind_a_port_forwarding_server_near_the_declared_city_is_found_though_icmp_comes_on_few_days() {
    // The rented server in Atlanta answers ICMP itself (8-14 ms from these landmarks' region) and forwards
    // TCP and the application to the laptop abroad (~250 ms). ICMP is measured on one day in four.
    List<Event> ev = new ArrayList<>();
    ev.add(atlanta("w-fwd"));
    int n = 0;
    for (int d = 0; d < 30; d++) {
      long t = T0 + d * DAY + 15 * 3_600_000L;
      for (Rtt.Landmark l : List.of(IAD, ORD, DFW)) {
        double relay = 12 + 0.1 * (d % 5);
        ev.add(new Rtt("f-" + n++, t, "w-fwd", "dev", l, relay + 240, "tcp"));
        ev.add(new Rtt("f-" + n++, t + 30_000, "w-fwd", "dev", l, relay + 238, "tcp"));
        if (d % 4 == 0) ev.add(new Rtt("f-" + n++, t + 60_000, "w-fwd", "dev", l, relay, "icmp"));
        ev.add(new Rtt("f-" + n++, t + 120_000, "w-fwd", "dev", l, relay + 243, "app"));
      }
    }
    assertThat(run(ev)).singleElement().satisfies(x -> {
      assertThat(x.explanation()).contains("the address forwards connections to a host behind it");
      assertThat(Double.parseDouble(x.evidence().get(0).value().replace(",", ""))).isGreaterThan(200.0);
    });
  }

  @Test
  void icmp_slower_than_tcp_on_a_direct_line_is_not_a_forwarder() {
    // Home routers answer ICMP from their slow path: ICMP a little slower than TCP, every day.
    List<Event> ev = new ArrayList<>();
    ev.add(atlanta("w-home"));
    int n = 0;
    for (int d = 0; d < 30; d++) {
      long t = T0 + d * DAY + 15 * 3_600_000L;
      for (Rtt.Landmark l : List.of(IAD, ORD, DFW)) {
        ev.add(new Rtt("h-" + n++, t, "w-home", "dev", l, 25, "tcp"));
        ev.add(new Rtt("h-" + n++, t + 60_000, "w-home", "dev", l, 31, "icmp"));
        ev.add(new Rtt("h-" + n++, t + 120_000, "w-home", "dev", l, 29, "app"));
      }
    }
    assertThat(run(ev)).isEmpty();
  }
}
