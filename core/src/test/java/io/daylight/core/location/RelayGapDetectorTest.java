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
    assertThat(f).isNotEmpty().allSatisfy(x -> assertThat(x.dependencyGroup()).isEqualTo("endpoint-location"));
    assertThat(f.get(f.size() - 1)).satisfies(x -> {
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

  /**
   * Regression (field population, issue 15): a GEO subscriber's address is the operator's ground
   * gateway, which answers round trips from the ground while the laptop's echoes cross space
   * (about 550 ms): the gap is the satellite's, and 5 of 6 such honest workers reached high.
   */
  @Test
  void a_geostationary_link_whose_gateway_answers_from_the_ground_is_not_a_relay_abroad() {
    assertThat(run(days("w-geo", 25, 560, -1, null))).isEmpty();
    assertThat(run(days("w-vpn", 25, 300, -1, null))).as("a slow terrestrial relay still is").isNotEmpty();
  }

  @Test
  void a_consumer_vpn_used_on_one_day_is_not() {
    assertThat(run(days("w-once", 25, 3, 9, null))).isEmpty();
  }

  @Test
  void tunnel_echoes_on_vpn_days_are_not_paired_with_the_direct_paths_round_trips_of_other_days() {
    // An honest worker in Atlanta on a personal VPN with its exit in Amsterdam (7,100 km) on two
    // days in three: the exit does not answer the landmarks' probes, so those days have echoes
    // only, each the landmark↔exit round trip plus the exit↔Atlanta tunnel (~100 ms): 180-215 ms.
    // Direct days: echo = network + 3 ms.
    List<Event> ev = new ArrayList<>();
    ev.add(atlanta("w-vpn-some-days"));
    int n = 0;
    for (int d = 0; d < 30; d++) {
      long t = T0 + d * DAY + 15 * 3_600_000L;
      boolean vpn = d % 3 != 0;
      ev.add(new Auth("a" + d, t - 60_000, "w-vpn-some-days", vpn ? "192.0.2.80" : "198.51.100.7", "dev", true, "success",
          null, null, null));
      for (Rtt.Landmark l : List.of(IAD, ORD, DFW)) {
        if (!vpn) ev.add(new Rtt("r" + n++, t, "w-vpn-some-days", "dev", l, 25, "tcp"));
        double tunnel = l == IAD ? 180 : l == ORD ? 195 : 215;
        ev.add(new Rtt("r" + n++, t + 120_000, "w-vpn-some-days", "dev", l, vpn ? tunnel : 28, "app"));
      }
    }
    assertThat(run(ev)).isEmpty();
  }

  @Test
  void keeps_judging_and_reports_again_when_the_evidence_strengthens() {
    // A relay whose exit is first bounded loosely (round trips of 25 ms from every landmark), then,
    // from day 12, tightly (8 ms from Ashburn: the exit is near Washington, 870 km from Atlanta)
    // while the laptop stays far behind it: the first report is weaker, and a stronger one follows
    // instead of the detector falling silent after its first crossing.
    List<Event> ev = new ArrayList<>();
    ev.add(atlanta("w-relay"));
    int n = 0;
    for (int d = 0; d < 40; d++) {
      long t = T0 + d * DAY + 15 * 3_600_000L;
      for (Rtt.Landmark l : List.of(IAD, ORD, DFW)) {
        double net = d >= 12 && l == IAD ? 8 : 25;
        ev.add(new Rtt("r" + n++, t, "w-relay", "dev", l, net, "tcp"));
        ev.add(new Rtt("r" + n++, t + 120_000, "w-relay", "dev", l, net + 160, "app"));
      }
    }
    List<Finding> f = run(ev);
    assertThat(f).as(f.stream().map(x -> x.likelihoodRatio() + " " + x.title()).toList().toString()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(f).extracting(Finding::uid).doesNotHaveDuplicates();
    assertThat(f).extracting(Finding::dependencyGroup).containsOnly("endpoint-location");
    assertThat(f.get(f.size() - 1).likelihoodRatio()).isGreaterThan(f.get(0).likelihoodRatio());
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
