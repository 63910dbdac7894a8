package io.daylight.core.farm;

import static io.daylight.core.testkit.Events.address;
import static io.daylight.core.testkit.Events.auth;
import static io.daylight.core.testkit.Events.day;
import static io.daylight.core.testkit.Events.inventory;
import static io.daylight.core.testkit.Events.worker;
import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Address;
import io.daylight.core.event.Event;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.testkit.Events;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.MapIpIntel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaptopFarmDetectorTest {
  static final DeploymentContext CORP = new DeploymentContext(CidrSet.of(List.of("203.0.113.0/24")), Set.of(), List.of(), List.of());
  static final IpIntel IP = new MapIpIntel().network("192.0.2.50", "NL", IpIntel.NetworkClass.VPN, "Consumer VPN BV");

  static void daily(List<Event> out, String who, String ip, String bssid, int days) {
    for (int d = 0; d < days; d++) {
      out.add(inventory(who, day(d), "SN-" + who, ip, bssid, List.of(), List.of(), List.of()));
    }
  }

  @Test
  void flags_five_laptops_behind_one_residential_ip_and_links_every_member() {
    List<Event> ev = new ArrayList<>();
    for (int i = 1; i <= 5; i++) daily(ev, "w-farm" + i, "198.51.100.23", "a4:2b:b0:11:22:33", 7);
    List<Finding> f = Harness.run(new LaptopFarmDetector(CORP, IP), ev);
    List<Finding> five = f.stream().filter(x -> x.members().size() == 5 && x.evidence().get(0).value().startsWith("ip:")).toList();
    assertThat(five).hasSize(5);
    assertThat(five).extracting(Finding::subject).containsExactlyInAnyOrder("w-farm1", "w-farm2", "w-farm3", "w-farm4", "w-farm5");
    assertThat(five.get(0).members()).containsExactly("w-farm1", "w-farm2", "w-farm3", "w-farm4", "w-farm5");
    assertThat(five.get(0).explanation()).contains("public IP 198.51.100.23", "device report, 3 days");
    assertThat(f).allMatch(x -> x.dependencyGroup().equals(LaptopFarmDetector.GROUP));
    assertThat(five.get(0).likelihoodRatio()).isGreaterThan(f.stream()
        .filter(x -> x.members().size() == 3).findFirst().orElseThrow().likelihoodRatio());
  }

  @Test
  void a_home_with_two_employees_an_office_behind_corporate_egress_a_vpn_exit_and_a_cafe_visit_stay_quiet() {
    List<Event> ev = new ArrayList<>();
    Address shared = address("5 Elm St", "Tempe", "85281");
    ev.add(worker("w-spouse1", shared));
    ev.add(worker("w-spouse2", shared));
    daily(ev, "w-spouse1", "198.51.100.40", "aa:aa:aa:aa:aa:01", 10);
    daily(ev, "w-spouse2", "198.51.100.40", "aa:aa:aa:aa:aa:01", 10);
    for (int i = 0; i < 300; i++) daily(ev, "w-office" + i, "203.0.113.7", "0f:f1:ce:00:00:01", 5);
    for (int i = 0; i < 6; i++) daily(ev, "w-vpn" + i, "192.0.2.50", null, 5);
    for (int i = 0; i < 4; i++) ev.add(inventory("w-cafe" + i, day(3), "SN", "198.51.100.99", "cc:00:00:00:00:01", List.of(), List.of(), List.of()));
    assertThat(Harness.run(new LaptopFarmDetector(CORP, IP), ev)).isEmpty();
  }

  @Test
  void flags_four_workers_sending_laptops_to_one_address_spelled_differently() {
    List<Event> ev = new ArrayList<>();
    Address[] spellings = {
        address("77 Desert Road", "Scottsdale", "85251"), address("77 desert rd.", "Scottsdale", "85251-0001"),
        address("77 Desert Rd", "Phoenix", "85251"), address("77 DESERT RD", "Scottsdale", "85251")};
    for (int i = 0; i < 4; i++) {
      ev.add(Events.worker("w-" + i, "N " + i, Events.PHOENIX, address(i + " Own St", "Phoenix", "8500" + i), "S" + i,
          spellings[i], null, null, null, null));
    }
    List<Finding> f = Harness.run(new LaptopFarmDetector(CORP, IP), ev);
    assertThat(f).filteredOn(x -> x.members().size() == 4).hasSize(4)
        .first().satisfies(x -> assertThat(x.explanation()).contains("4 workers give 77 Desert Road", "laptop ship-to"));
  }

  @Test
  void sign_ins_from_unmanaged_phones_do_not_make_a_group() {
    List<Event> ev = new ArrayList<>();
    for (int i = 0; i < 5; i++) for (int d = 0; d < 5; d++) ev.add(auth("w-" + i, day(d), "198.51.100.77", "phone-" + i, false));
    assertThat(Harness.run(new LaptopFarmDetector(CORP, IP), ev)).isEmpty();
  }

  @Test
  void ratio_grows_with_group_size_from_a_weak_three() {
    assertThat(LaptopFarmDetector.ratio(3)).isBetween(3.0, 3.3);
    assertThat(LaptopFarmDetector.ratio(6)).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  static io.daylight.core.event.Worker hiredOn(String who, int day, Address home) {
    return new io.daylight.core.event.Worker("w-ev-" + who, day(day), who, "Worker " + who, who + "@corp.example", null,
        Events.PHOENIX, "America/Phoenix", null, null, home, new io.daylight.core.event.Worker.Laptop("SN-" + who, home), null, null);
  }

  @Test
  void a_late_hire_on_a_mesh_sibling_behind_corporate_egress_joins_the_farms_wifi_group() {
    List<Event> ev = new ArrayList<>();
    // Three laptops on the farm's mesh (one node each, last octet differs), each on its own home line.
    daily(ev, "w-farm1", "198.51.100.10", "A4:2B:B0:11:22:30", 10);
    daily(ev, "w-farm2", "198.51.100.11", "a4:2b:b0:11:22:31", 10);
    daily(ev, "w-farm3", "198.51.100.12", "a4-2b-b0-11-22-3f", 10);
    // Hired a month later, always on the corporate VPN, on a virtual AP of the same radio (U/L bit set).
    for (int d = 40; d < 45; d++) {
      ev.add(inventory("w-late", day(d), "SN-late", "203.0.113.7", "a6:2b:b0:11:22:32", List.of(), List.of(), List.of()));
    }
    List<Finding> f = Harness.run(new LaptopFarmDetector(CORP, IP), ev);
    assertThat(f).filteredOn(x -> x.subject().equals("w-late")).singleElement().satisfies(x -> {
      assertThat(x.members()).containsExactly("w-farm1", "w-farm2", "w-farm3", "w-late");
      assertThat(x.explanation()).contains("Wi-Fi access points a4:2b:b0:11:22:xx", "Wi-Fi seen behind corporate egress");
    });
  }

  @Test
  void a_late_hire_writing_the_farm_address_with_a_typo_a_unit_variant_and_zip_plus_4_joins_it_but_neighbours_do_not() {
    List<Event> ev = new ArrayList<>();
    for (int i = 1; i <= 3; i++) ev.add(hiredOn("w-" + i, 0, new Address("14 Mesquite Lane", "Apt 2", "Mesa", "AZ", "85201", "US")));
    ev.add(hiredOn("w-late", 60, new Address("14 Mesqiute Ln, Unit 2", null, "Mesa", "AZ", "85201-1234", "US")));
    ev.add(hiredOn("w-next-door", 61, new Address("14 Mesquite Ln", "Apt 3", "Mesa", "AZ", "85201", "US")));
    ev.add(hiredOn("w-other-street", 62, new Address("14 Mesa Ln", "#2", "Mesa", "AZ", "85201", "US")));
    List<Finding> f = Harness.run(new LaptopFarmDetector(CORP, IP), ev);
    assertThat(f).filteredOn(x -> x.subject().equals("w-late")).singleElement()
        .satisfies(x -> assertThat(x.members()).containsExactly("w-1", "w-2", "w-3", "w-late"));
    assertThat(f).extracting(Finding::subject).doesNotContain("w-next-door", "w-other-street");
  }

  @Test
  void a_member_joining_a_group_between_reports_still_gets_its_own_finding() {
    List<Event> ev = new ArrayList<>();
    for (int i = 1; i <= 10; i++) ev.add(hiredOn("w-" + i, i, address("3 Cactus Rd", "Mesa", "85203")));
    List<Finding> f = Harness.run(new LaptopFarmDetector(CORP, IP), ev);
    assertThat(f).filteredOn(x -> x.subject().equals("w-9")).singleElement()
        .satisfies(x -> assertThat(x.members()).hasSize(9));
    assertThat(f).filteredOn(x -> x.subject().equals("w-10")).singleElement()
        .satisfies(x -> assertThat(x.members()).hasSize(10));
  }
}
