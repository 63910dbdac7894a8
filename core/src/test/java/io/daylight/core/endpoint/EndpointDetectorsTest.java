package io.daylight.core.endpoint;

import static io.daylight.core.testkit.Events.address;
import static io.daylight.core.testkit.Events.day;
import static io.daylight.core.testkit.Events.inventory;
import static io.daylight.core.testkit.Events.worker;
import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Address;
import io.daylight.core.event.Inventory;
import io.daylight.core.testkit.Events;
import io.daylight.core.testkit.Harness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointDetectorsTest {
  static final RemoteAccessTool ANYDESK = new RemoteAccessTool("AnyDesk", "RMM", List.of("AnyDesk.exe"),
      List.of("philandro Software GmbH", "AnyDesk Software GmbH"), List.of("C:\\Program Files (x86)\\AnyDesk\\*"),
      List.of("*.anydesk.com"), "LOLRMM AnyDesk");
  static final RemoteAccessTool TEAMVIEWER = new RemoteAccessTool("TeamViewer", "RMM", List.of("TeamViewer.exe"),
      List.of("TeamViewer Germany GmbH"), List.of("C:\\Program Files\\TeamViewer\\"), List.of(), "LOLRMM TeamViewer");
  static final RemoteAccessCatalogue TOOLS = RemoteAccessCatalogue.of(List.of(ANYDESK, TEAMVIEWER));
  static final InputHardwareCatalogue HARDWARE = InputHardwareCatalogue.of(List.of(
      new InputHardware("PiKVM", "ip-kvm", List.of("1d6b:0104"), List.of("pikvm"), List.of("pikvm"), "docs.pikvm.org/id"),
      new InputHardware("Mouse jiggler", "mouse-jiggler", List.of(), List.of("jiggler"), List.of(), "product names")));
  static final DeploymentContext SANCTIONS_TEAMVIEWER =
      new DeploymentContext(CidrSet.EMPTY, Set.of("TeamViewer"), List.of(), List.of());

  static Inventory.Process anydesk() {
    return new Inventory.Process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH");
  }

  static Inventory.Process teamviewer() {
    return new Inventory.Process("TeamViewer.exe", "C:\\Program Files\\TeamViewer\\TeamViewer.exe", "TeamViewer Germany GmbH");
  }

  static Inventory withProcesses(String who, int d, Inventory.Process... ps) {
    return inventory(who, day(d), "SN-" + who, "198.51.100.1", null, List.of(ps), List.of(), List.of());
  }

  @Test
  void flags_unsanctioned_anydesk_with_signer_and_path_but_not_sanctioned_teamviewer() {
    var det = new RemoteAccessToolDetector(SANCTIONS_TEAMVIEWER, TOOLS);
    List<Finding> f = Harness.run(det, List.of(
        withProcesses("w-bad", 1, anydesk()),
        withProcesses("w-ok", 1, teamviewer()),
        withProcesses("w-ok", 2, teamviewer(), new Inventory.Process("chrome.exe", "C:\\chrome.exe", "Google LLC"))));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("w-bad");
      assertThat(x.explanation()).contains("AnyDesk.exe", "signer philandro Software GmbH",
          "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe (a catalogued install path)", "not in the sanctioned tools (TeamViewer)");
    });
  }

  @Test
  void a_renamed_binary_is_still_found_by_its_signer() {
    var det = new RemoteAccessToolDetector(DeploymentContext.EMPTY, TOOLS);
    List<Finding> f = Harness.run(det, List.of(withProcesses("w-1", 1,
        new Inventory.Process("svchost32.exe", "C:\\Users\\x\\svchost32.exe", "AnyDesk Software GmbH"))));
    assertThat(f).singleElement().extracting(Finding::title).asString().contains("AnyDesk");
  }

  @Test
  void two_unsanctioned_vendors_in_use_on_one_device_are_their_own_finding_once_per_device() {
    var det = new RemoteAccessToolDetector(DeploymentContext.EMPTY, TOOLS);
    List<Finding> f = Harness.run(det, List.of(
        withProcesses("w-1", 1, teamviewer()), withProcesses("w-1", 2, teamviewer(), anydesk()),
        withProcesses("w-1", 3, teamviewer(), anydesk())));
    assertThat(f).extracting(Finding::title).containsExactlyInAnyOrder(
        "Unsanctioned remote-access tool TeamViewer on the worker's device",
        "Unsanctioned remote-access tool AnyDesk on the worker's device", "2 remote-access tools on one device");
  }

  @Test
  void an_approved_support_tool_counts_toward_nothing_and_an_idle_unapproved_install_weighs_far_less_than_one_in_use() {
    // IT's TeamViewer on every inventory, and an old AnyDesk install that an installed-apps
    // inventory lists as not running: no "several tools", and only the weak installed-only finding.
    var det = new RemoteAccessToolDetector(SANCTIONS_TEAMVIEWER, TOOLS);
    Inventory.Process idleAnydesk = new Inventory.Process(anydesk().name(), anydesk().path(), anydesk().signer(), false);
    List<Finding> idle = Harness.run(det, List.of(
        withProcesses("w-ok", 1, teamviewer(), idleAnydesk), withProcesses("w-ok", 8, teamviewer(), idleAnydesk)));
    assertThat(idle).singleElement().satisfies(x -> {
      assertThat(x.title()).isEqualTo("Unsanctioned remote-access tool AnyDesk installed, not running");
      assertThat(x.likelihoodRatio()).isLessThanOrEqualTo(RemoteAccessToolDetector.UNSANCTIONED_LR / 10);
    });
    // The same install, later seen running, is the in-use finding in the same dependency group.
    List<Finding> later = Harness.run(det, List.of(
        withProcesses("w-bad", 1, teamviewer(), idleAnydesk), withProcesses("w-bad", 5, teamviewer(), anydesk())));
    assertThat(later).extracting(Finding::title).containsExactly(
        "Unsanctioned remote-access tool AnyDesk installed, not running",
        "Unsanctioned remote-access tool AnyDesk on the worker's device");
    assertThat(later).extracting(Finding::dependencyGroup).containsOnly(RemoteAccessToolDetector.GROUP);
  }

  @Test
  void flags_a_pikvm_by_usb_strings_and_edid_and_says_absence_proves_nothing() {
    var det = new InputHardwareDetector(HARDWARE);
    var kvm = new Inventory.UsbDevice("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE");
    var logitech = new Inventory.UsbDevice("046d", "c52b", "Logitech", "USB Receiver", null);
    List<Finding> f = Harness.run(det, List.of(
        inventory("w-bad", day(1), "SN", "198.51.100.1", null, List.of(), List.of(kvm, logitech),
            List.of(new Inventory.Display("LNX", "PiKVM"))),
        inventory("w-ok", day(1), "SN", "198.51.100.2", null, List.of(), List.of(logitech),
            List.of(new Inventory.Display("DEL", "DELL U2720Q")))));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("w-bad");
      assertThat(x.title()).isEqualTo("IP-KVM attached: PiKVM");
      assertThat(x.explanation()).contains("USB 1d6b:0104 'PiKVM Composite Device'",
          "A match is strong; absence proves nothing: owners can change these strings", "display EDID 'PiKVM'");
      assertThat(x.likelihoodRatio()).isEqualTo(InputHardwareDetector.NAMED_LR);
    });
  }

  @Test
  void a_generic_gadget_id_with_renamed_strings_is_weaker_than_a_named_match() {
    var det = new InputHardwareDetector(HARDWARE);
    var renamed = new Inventory.UsbDevice("0x1D6B", "0x0104", "Dell", "Keyboard", null);
    List<Finding> f = Harness.run(det, List.of(inventory("w-1", day(1), "SN", null, null, List.of(), List.of(renamed), List.of())));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.title()).endsWith("(by USB id only)");
      assertThat(x.likelihoodRatio()).isLessThan(InputHardwareDetector.NAMED_LR);
    });
  }

  @Test
  void flags_an_unrecorded_machine_on_two_days_but_not_the_issued_laptop() {
    Address home = address("12 Palm St", "Phoenix", "85004");
    List<Finding> f = Harness.run(new IssuedLaptopDetector(), List.of(
        worker("w-1", home), worker("w-2", home),
        inventory("w-1", day(1), "sn-w-1 ", null, null, List.of(), List.of(), List.of()),
        inventory("w-2", day(1), "OTHER-9", null, null, List.of(), List.of(), List.of()),
        inventory("w-2", day(2), "OTHER-9", null, null, List.of(), List.of(), List.of())));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("w-2");
      assertThat(x.explanation()).contains("issued laptop serial SN-W-2", "serial OTHER-9", "2 distinct days");
    });
  }

  @Test
  void a_replacement_recorded_by_hr_and_a_one_day_mismatch_stay_quiet() {
    Address home = address("12 Palm St", "Phoenix", "85004");
    var replaced = Events.worker("w-1", "A B", Events.PHOENIX, home, "NEW-1", home, null, null, null, null);
    List<Finding> f = Harness.run(new IssuedLaptopDetector(), List.of(
        worker("w-1", home), inventory("w-1", day(1), "NEW-1", null, null, List.of(), List.of(), List.of()),
        withTime(replaced, day(1) + 3_600_000), inventory("w-1", day(2), "NEW-1", null, null, List.of(), List.of(), List.of())));
    assertThat(f).isEmpty();
  }

  static io.daylight.core.event.Worker withTime(io.daylight.core.event.Worker w, long time) {
    return new io.daylight.core.event.Worker(w.id(), time, w.subject(), w.name(), w.email(), w.phone(), w.declaredLocation(),
        w.declaredTz(), w.hired(), w.application(), w.homeAddress(), w.laptop(), w.payroll(), w.engagement());
  }

  @Test
  void flags_a_laptop_shipped_away_from_home_and_a_later_redirect_but_not_a_spelling_variant_of_home() {
    Address home = new Address("12 Palm Street", "Apt #4", "Phoenix", "AZ", "85004-1234", "US");
    Address sameHome = new Address("12 palm st.", "apt 4", "Phoenix", "AZ", "85004", "US");
    Address farm = address("77 Desert Rd", "Scottsdale", "85251");
    var honest = Events.worker("w-ok", "A B", Events.PHOENIX, home, "S1", sameHome, null, null, null, null);
    var first = Events.worker("w-bad", "C D", Events.PHOENIX, home, "S2", home, null, null, null, null);
    var redirected = withTime(Events.worker("w-bad", "C D", Events.PHOENIX, home, "S2", farm, null, null, null, null), day(3));
    List<Finding> f = Harness.run(new LaptopShipToDetector(), List.of(honest, first, redirected));
    assertThat(f).allMatch(x -> x.subject().equals("w-bad")).extracting(Finding::title).containsExactlyInAnyOrder(
        "Laptop destination changed to an address other than home", "Laptop shipped to an address other than the worker's home");
    assertThat(f).allMatch(x -> x.dependencyGroup().equals("laptop-destination"));
  }

  @Test
  void a_consumer_vpn_client_is_a_weak_finding_in_the_anonymiser_group_unless_sanctioned() {
    Inventory astrill = withProcesses("w-9", 1, new Inventory.Process("ASTRILL.exe", "C:\\Program Files (x86)\\Astrill\\ASTRILL.exe", null));
    Inventory astrillAgain = withProcesses("w-9", 2, new Inventory.Process("astrill", "/Applications/Astrill.app", null));
    List<Finding> f = Harness.run(new VpnClientDetector(DeploymentContext.EMPTY), List.of(astrill, astrillAgain));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.title()).isEqualTo("Consumer VPN client Astrill VPN on the worker's device");
      assertThat(x.dependencyGroup()).isEqualTo("signin-anonymiser");
      assertThat(x.likelihoodRatio()).isEqualTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
    });
    DeploymentContext sanctionsNord = new DeploymentContext(CidrSet.EMPTY, Set.of("NordVPN"), List.of(), List.of());
    assertThat(Harness.run(new VpnClientDetector(sanctionsNord), List.of(
        withProcesses("w-8", 1, new Inventory.Process("NordVPN.exe", null, null)),
        withProcesses("w-8", 2, new Inventory.Process("notnordvpn", null, null))))).isEmpty();
  }
}
