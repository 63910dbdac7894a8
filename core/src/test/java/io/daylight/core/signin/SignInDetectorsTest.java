package io.daylight.core.signin;

import static io.daylight.core.testkit.Events.address;
import static io.daylight.core.testkit.Events.auth;
import static io.daylight.core.testkit.Events.day;
import static io.daylight.core.testkit.Events.worker;
import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.MapIpIntel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInDetectorsTest {
  static final DeploymentContext CORP = new DeploymentContext(CidrSet.of(List.of("203.0.113.0/24")), Set.of(), List.of(), List.of());
  static final String HOME = "198.51.100.10";
  static final String NYC = "198.51.100.20";
  static final String SEOUL = "198.51.100.30";
  static final String VPN = "192.0.2.50";
  static final String DC = "192.0.2.60";
  static final String TOR = "192.0.2.70";
  static final String MOBILE = "100.64.0.1";
  /** A carrier gateway geolocated to Dallas, 1,420 km from Phoenix. */
  static final String CARRIER_DALLAS = "198.51.100.40";
  /** A carrier gateway geolocated to Seattle, 1,800 km from Phoenix. */
  static final String CARRIER_SEATTLE = "198.51.100.41";
  static final IpIntel IP = new MapIpIntel()
      .residential(HOME, "US", "Phoenix", 33.45, -112.07)
      .residential(NYC, "US", "New York", 40.71, -74.0)
      .residential(SEOUL, "KR", "Seoul", 37.57, 126.98)
      .network(VPN, "NL", IpIntel.NetworkClass.VPN, "Consumer VPN BV")
      .network(DC, "US", IpIntel.NetworkClass.HOSTING, "Cloud Host Inc")
      .network(TOR, "DE", IpIntel.NetworkClass.TOR, "Tor exit")
      .mobile(MOBILE, "US")
      .carrier(CARRIER_DALLAS, "US", "Dallas", 32.78, -96.80)
      .carrier(CARRIER_SEATTLE, "US", "Seattle", 47.61, -122.33);

  static long at(int d, int hour) {
    return day(d) + hour * 3_600_000L;
  }

  @Test
  void flags_persistent_vpn_sign_ins_but_not_a_consumer_vpn_used_once_or_corporate_egress() {
    List<Event> ev = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      ev.add(auth("w-bad", at(d, 1), d % 2 == 0 ? VPN : DC, "dev-1", true));
      ev.add(auth("w-ok", at(d, 1), d == 4 ? VPN : HOME, "dev-2", true));
      ev.add(auth("w-corp", at(d, 1), "203.0.113.9", "dev-3", true));
    }
    List<Finding> f = Harness.run(new AnonymisedSignInDetector(CORP, IP), ev);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("w-bad");
      assertThat(x.explanation()).contains("on 3 of 3 sign-in days", "Consumer VPN BV", "networks.json");
    });
  }

  @Test
  void tor_raises_a_stronger_finding() {
    List<Event> ev = new ArrayList<>();
    for (int d = 0; d < 4; d++) ev.add(auth("w-1", at(d, 1), TOR, "dev", true));
    assertThat(Harness.run(new AnonymisedSignInDetector(CORP, IP), ev)).extracting(Finding::title).containsExactly("Signs in through Tor");
  }

  @Test
  void flags_a_worker_who_mostly_signs_in_from_another_country_but_not_a_travelling_sales_engineer() {
    List<Event> ev = new ArrayList<>();
    ev.add(worker("w-abroad", address("1 A St", "Phoenix", "85001")));
    ev.add(worker("w-sales", address("2 B St", "Phoenix", "85002")));
    for (int d = 0; d < 20; d++) {
      ev.add(auth("w-abroad", at(d, 2), d % 5 == 0 ? HOME : SEOUL, "dev-a", true));
      ev.add(auth("w-sales", at(d, 2), d % 3 == 0 ? NYC : HOME, "dev-s", true));
      ev.add(auth("w-sales", at(d, 5), MOBILE, "phone-s", false));
    }
    List<Finding> f = Harness.run(new DeclaredPlaceSignInDetector(CORP, IP), ev);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("w-abroad");
      assertThat(x.explanation()).contains("Seoul, KR", "declared Phoenix, AZ, US");
    });
  }

  @Test
  void flags_concurrent_far_apart_sessions_on_two_days_but_not_flights_vpn_toggles_or_mobile_fixes() {
    List<Event> ev = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      ev.add(auth("w-bad", at(d, 1), HOME, "farm-laptop", true));
      ev.add(auth("w-bad", at(d, 1) + 300_000, SEOUL, "second-laptop", true));
    }
    // A flight Phoenix → New York (3,450 km) with six hours between sign-ins.
    ev.add(auth("w-flyer", at(1, 8), HOME, "l", true));
    ev.add(auth("w-flyer", at(1, 14), NYC, "l", true));
    ev.add(auth("w-flyer", at(3, 8), NYC, "l", true));
    ev.add(auth("w-flyer", at(3, 14), HOME, "l", true));
    for (int d = 0; d < 3; d++) {
      ev.add(auth("w-vpn", at(d, 1), HOME, "l", true));
      ev.add(auth("w-vpn", at(d, 1) + 60_000, VPN, "l", true));
      ev.add(auth("w-vpn", at(d, 1) + 120_000, MOBILE, "p", false));
      ev.add(auth("w-vpn", at(d, 1) + 180_000, HOME, "l", true));
    }
    List<Finding> f = Harness.run(new ImpossibleTravelDetector(CORP, IP), ev);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("w-bad");
      assertThat(x.title()).isEqualTo("Concurrent sign-ins from far apart");
      assertThat(x.explanation()).contains("Phoenix, US → Seoul, KR", "two devices at once");
    });
  }

  @Test
  void a_phone_on_mobile_data_beside_the_laptop_is_no_place_for_travel_or_distance_from_home() {
    // Laptop (managed) at home on a fixed line; the worker's phone (unmanaged) on mobile data whose
    // carrier gateway geolocates 1,400-1,800 km away, minutes apart, every day; and on some days
    // the unmanaged phone on a friend's fixed line in New York (3,450 km).
    List<Event> ev = new ArrayList<>();
    ev.add(worker("w-ok", address("1 A St", "Phoenix", "85001")));
    for (int d = 0; d < 20; d++) {
      ev.add(auth("w-ok", at(d, 1), HOME, "laptop", true));
      ev.add(auth("w-ok", at(d, 1) + 120_000, d % 2 == 0 ? CARRIER_DALLAS : CARRIER_SEATTLE, "phone", false));
      ev.add(auth("w-ok", at(d, 2), d % 3 == 0 ? NYC : CARRIER_DALLAS, "phone", false));
      // A managed phone on the carrier network is no place either: the network, not the device, decides.
      ev.add(auth("w-ok", at(d, 3), CARRIER_SEATTLE, "managed-phone", true));
      ev.add(auth("w-ok", at(d, 4), HOME, "laptop", true));
    }
    assertThat(Harness.run(new ImpossibleTravelDetector(CORP, IP), ev)).isEmpty();
    assertThat(Harness.run(new DeclaredPlaceSignInDetector(CORP, IP), ev)).isEmpty();
  }

  @Test
  void flags_first_sign_in_after_hire_from_an_unmanaged_device_and_many_unmanaged_machines_but_not_a_personal_phone() {
    List<Event> ev = new ArrayList<>();
    ev.add(worker("w-bad", address("1 A St", "Phoenix", "85001")));
    ev.add(worker("w-ok", address("2 B St", "Phoenix", "85002")));
    ev.add(auth("w-ok", io.daylight.core.testkit.Events.t("2026-01-12T10:00:00Z"), HOME, "phone", false));
    for (int d = 0; d < 10; d++) {
      ev.add(auth("w-bad", at(d, 1), HOME, "pc-" + (d % 4), false));
      ev.add(auth("w-ok", at(d, 1), HOME, "laptop", true));
      ev.add(auth("w-ok", at(d, 9), MOBILE, "phone", false));
    }
    List<Finding> f = Harness.run(new UnmanagedDeviceDetector(), ev);
    assertThat(f).allMatch(x -> x.subject().equals("w-bad")).extracting(Finding::title)
        .containsExactlyInAnyOrder("First sign-in after hire from an unmanaged device", "3 unmanaged machines sign in as one worker");
  }
}
