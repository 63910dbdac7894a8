package io.daylight.core;

import static io.daylight.core.testkit.Events.address;
import static io.daylight.core.testkit.Events.auth;
import static io.daylight.core.testkit.Events.day;
import static io.daylight.core.testkit.Events.inventory;
import static io.daylight.core.testkit.Events.payroll;
import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.endpoint.InputHardware;
import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.endpoint.RemoteAccessTool;
import io.daylight.core.event.Address;
import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Worker;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.core.testkit.Events;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.MapIpIntel;
import io.daylight.core.intel.IpIntel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "done when": a farm and a shared payroll account become linked cases; look-alikes stay quiet. */
class PostHireCasesTest {
  static final Address FARM = address("77 Desert Rd", "Scottsdale", "85251");

  static Worker farmWorker(String id, String account) {
    return Events.worker(id, "Name " + id, Events.PHOENIX, address(id + " Own St", "Phoenix", "85004"), "SN-" + id, FARM,
        account, "Name " + id, "US", null);
  }

  @Test
  void a_laptop_farm_and_its_pooled_payroll_become_linked_cases_while_look_alikes_stay_quiet() {
    var ip = new MapIpIntel()
        .residential("198.51.100.23", "US", "Scottsdale", 33.49, -111.93)
        .residential("198.51.100.40", "US", "Tempe", 33.43, -111.94)
        .residential("198.51.100.50", "US", "Phoenix", 33.45, -112.07)
        .residential("198.51.100.51", "US", "Phoenix", 33.45, -112.07)
        .residential("198.51.100.52", "US", "Phoenix", 33.45, -112.07)
        .residential("198.51.100.60", "US", "New York", 40.71, -74.0)
        .network("192.0.2.5", "NL", IpIntel.NetworkClass.VPN, "Consumer VPN BV");
    var ctx = new DeploymentContext(CidrSet.of(List.of("203.0.113.0/24")), Set.of("TeamViewer"), List.of(), List.of());
    var tools = RemoteAccessCatalogue.of(List.of(
        new RemoteAccessTool("AnyDesk", "RMM", List.of("AnyDesk.exe"), List.of("philandro Software GmbH"), List.of(), List.of(), "t"),
        new RemoteAccessTool("TeamViewer", "RMM", List.of("TeamViewer.exe"), List.of(), List.of(), List.of(), "t")));
    var hardware = InputHardwareCatalogue.of(List.of(new InputHardware("PiKVM", "ip-kvm", List.of(), List.of("pikvm"), List.of(), "t")));
    List<Event> ev = new ArrayList<>();
    String[] farm = {"w-f1", "w-f2", "w-f3", "w-f4"};
    for (String f : farm) ev.add(farmWorker(f, f.equals("w-f1") || f.equals("w-f2") ? "acct-pool" : "acct-" + f));
    for (int d = 0; d < 6; d++) {
      for (String f : farm) {
        List<Inventory.Process> ps = f.equals("w-f3")
            ? List.of(new Inventory.Process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH"))
            : List.of();
        List<Inventory.UsbDevice> usb = f.equals("w-f4")
            ? List.of(new Inventory.UsbDevice("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE")) : List.of();
        ev.add(inventory(f, day(d), "SN-" + f, "198.51.100.23", "a4:2b:b0:11:22:33", ps, usb, List.of()));
      }
    }
    // Look-alikes: a couple at one home, a sanctioned TeamViewer, a travelling sales engineer, a consumer VPN
    // used once, a bank changed once, and 300 colleagues behind corporate egress.
    Address couple = address("5 Elm St", "Tempe", "85281");
    ev.add(Events.worker("w-spouse1", "Ann Lee", Events.PHOENIX, couple, "SN-w-spouse1", couple, "acct-joint", "Ann and Sam Lee", "US", null));
    ev.add(Events.worker("w-spouse2", "Sam Lee", Events.PHOENIX, couple, "SN-w-spouse2", couple, "acct-joint", "Ann and Sam Lee", "US", null));
    for (String w : List.of("w-tv", "w-sales", "w-vpn", "w-bank")) {
      Address own = address(w + " Oak Ave", "Phoenix", "85004");
      ev.add(Events.worker(w, "Pat " + w, Events.PHOENIX, own, "SN-" + w, own, "acct-" + w, "Pat " + w, "US", null));
    }
    for (int d = 0; d < 6; d++) {
      for (String s : List.of("w-spouse1", "w-spouse2")) {
        ev.add(inventory(s, day(d), "SN-" + s, "198.51.100.40", "aa:aa:aa:aa:aa:01", List.of(), List.of(), List.of()));
      }
      ev.add(inventory("w-tv", day(d), "SN-w-tv", "198.51.100.50", null,
          List.of(new Inventory.Process("TeamViewer.exe", "C:\\Program Files\\TeamViewer\\TeamViewer.exe", null)), List.of(), List.of()));
      ev.add(auth("w-sales", day(d), d == 2 ? "198.51.100.60" : "198.51.100.51", "dev-sales", true));
      ev.add(auth("w-vpn", day(d), d == 3 ? "192.0.2.5" : "198.51.100.52", "dev-vpn", true));
    }
    ev.add(payroll("w-bank", day(4), "acct-w-bank-2", "Pat w-bank", "US", "ach"));
    for (int i = 0; i < 300; i++) for (int d = 0; d < 4; d++) ev.add(inventory("w-office" + i, day(d), "SN-w-office" + i, "203.0.113.7", null, List.of(), List.of(), List.of()));

    var findings = new Harness(PostHireDetectors.all(ctx, ip, tools, hardware)).feed(ev).findings();
    Map<String, Case> cases = new CaseScorer(ScoringPolicy.DEFAULT).score(findings).stream()
        .collect(Collectors.toMap(Case::subject, Function.identity()));

    for (String f : farm) {
      assertThat(cases).containsKey(f);
      assertThat(cases.get(f).members()).as(f + " links the farm").contains(farm);
      assertThat(cases.get(f).level()).as(f).isNotEqualTo(Level.LOW);
    }
    assertThat(cases.get("w-f1").level()).isEqualTo(Level.HIGH);
    assertThat(cases.get("w-f1").summary()).contains("Payroll account shared by 2 workers");
    for (String quiet : List.of("w-spouse1", "w-spouse2", "w-tv", "w-sales", "w-vpn", "w-bank", "w-office0")) {
      assertThat(cases).as(quiet).doesNotContainKey(quiet);
    }
  }
}
