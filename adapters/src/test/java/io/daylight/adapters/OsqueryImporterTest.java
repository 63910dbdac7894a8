package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.osquery.OsqueryImporter;
import io.daylight.core.event.Inventory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixture shape: osquery results log lines as documented in osquery's "Logging" page
 * (osquery/osquery docs/wiki/deployment/logging.md: event format {@code name, hostIdentifier,
 * calendarTime, unixTime, epoch, counter, numerics, decorations, columns, action added|removed};
 * snapshot format {@code snapshot:[...]}, {@code action: snapshot}), with columns from the table
 * specs specs/processes.table, specs/usb_devices.table, specs/utility/time.table,
 * specs/system_info.table, specs/darwin/wifi_status.table, specs/windows/authenticode.table,
 * specs/darwin/signature.table.
 */
class OsqueryImporterTest {
  private final OsqueryImporter importer = new OsqueryImporter(Imported.mapping("subjects-mapping.yaml"));

  @Test
  void groups_rows_per_host_and_collection_time_into_inventory_events() {
    Imported r = Imported.fixture(importer, "osqueryd.results.log");
    assertThat(r.stats).isEqualTo(new ImportStats(15, 2, 0, 2));
    assertThat(r.skipped).containsExactlyInAnyOrder("osquery 'removed' rows (a device reports what is present)",
        "osquery query pack_it_disk_encryption: no column Daylight uses");
    List<Inventory> inv = r.contractEvents().stream().map(Inventory.class::cast).toList();
    assertThat(inv).extracting(Inventory::subject).containsExactly("w-1042", "w-1077");
  }

  @Test
  void keeps_anydesk_with_its_authenticode_signer_and_the_pikvm_usb_gadget() {
    Inventory j = (Inventory) Imported.fixture(importer, "osqueryd.results.log").contractEvents().get(0);
    assertThat(j.deviceId()).isEqualTo("5C2A8E4F-3B1D-4E6A-9F0C-7D8E9A0B1C21");
    assertThat(j.serial()).isEqualTo("C02XK1");
    assertThat(j.publicIp()).isEqualTo("72.201.14.9");
    // local_timezone "MST" is an abbreviation; the offset comes from local_time − unix_time.
    assertThat(j.osTz()).isEqualTo("UTC-07:00");
    // Two AnyDesk processes (control and service) are one fact about the device.
    assertThat(j.processes()).containsExactly(
        new Inventory.Process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH"),
        new Inventory.Process("Teams.exe", "C:\\Users\\*\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe", "Microsoft Corporation"),
        new Inventory.Process("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC"));
    assertThat(j.usb()).containsExactly(
        new Inventory.UsbDevice("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE"),
        new Inventory.UsbDevice("046d", "c31c", "Logitech, Inc.", "K120 Keyboard", null));
  }

  @Test
  void never_lets_command_lines_working_directories_or_user_names_through() {
    Imported r = Imported.fixture(importer, "osqueryd.results.log");
    String out = r.ndjson();
    assertThat(out).doesNotContain("cmdline", "--control", "passwords.txt", "s3cr3t", "Standup notes", "cwd",
        "jmiller\\\\", "/Users/praman", "praman", "Raman-Home", "decorations");
  }

  @Test
  void reads_a_mac_with_an_iana_zone_a_wifi_bssid_and_developer_id_signers() {
    Inventory p = (Inventory) Imported.fixture(importer, "osqueryd.results.log").contractEvents().get(1);
    assertThat(p.osTz()).isEqualTo("America/Chicago");
    assertThat(p.wifiBssid()).isEqualTo("a4:2b:b0:11:22:33");
    // Only private interface addresses and no public_ip query: no public IP is claimed.
    assertThat(p.publicIp()).isNull();
    assertThat(p.processes()).extracting(Inventory.Process::signer)
        .containsExactly("Zoom Video Communications, Inc.", "Slack Technologies, Inc.", null);
    assertThat(p.processes().get(2).path()).isEqualTo("/Users/*/.pyenv/versions/3.12.4/bin/python3");
    // The Linux Foundation root hub shares the PiKVM's vendor id 1d6b but not its product id: a benign look-alike.
    assertThat(p.usb()).extracting(u -> u.vid() + ":" + u.pid()).containsExactly("046d:c52b", "1d6b:0002");
  }

  @Test
  void gives_identical_content_the_same_id_and_lists_the_queries_under_extra() {
    Imported a = Imported.fixture(importer, "osqueryd.results.log");
    Imported b = Imported.fixture(importer, "osqueryd.results.log");
    assertThat(a.events).extracting(e -> e.path("id").asText()).isEqualTo(b.events.stream().map(e -> e.path("id").asText()).toList());
    ObjectNode first = a.events.get(0);
    assertThat(first.path("id").asText()).startsWith("osquery:5C2A8E4F-3B1D-4E6A-9F0C-7D8E9A0B1C21:1770217200:");
    assertThat(first.path("time").asText()).isEqualTo("2026-02-04T15:00:00Z");
    assertThat(first.path("extra").path("osquery").path("queries").toString()).contains("pack_daylight_usb_devices");
    assertThat(first.path("extra").path("osquery").path("timezone_abbreviation").asText()).isEqualTo("MST");
  }

  @Test
  void rejects_lines_without_host_or_time_and_hosts_not_in_the_mapping() {
    Imported r = Imported.text(importer, """
        {"name":"p","unixTime":"1770217200","action":"added","columns":{"pid":"1","name":"x","path":"/x"}}
        {"name":"p","hostIdentifier":"h1","unixTime":"soon","action":"added","columns":{"pid":"1","name":"x","path":"/x"}}
        {"name":"p","hostIdentifier":"unknown-host","unixTime":1770217200,"action":"added","columns":{"pid":"1","name":"x","path":"/x"}}
        """);
    assertThat(r.events).isEmpty();
    assertThat(r.rejections).extracting(x -> x.line() + " " + x.reason()).containsExactly(
        "1 osquery: missing hostIdentifier",
        "2 osquery: unixTime is not a number: soon",
        "3 osquery: no worker mapped for osquery host unknown-host in the mapping file's subjects");
  }
}
