package io.daylight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonIngestTest {
  /** The examples of docs/event-contract.md, one per type, verbatim in shape. */
  static final String CONTRACT_EXAMPLES = String.join("\n",
      "{\"type\":\"application\",\"id\":\"app-8812\",\"time\":\"2026-03-02T14:05:11Z\",\"position\":\"Senior Backend Engineer (remote)\","
          + "\"candidate\":{\"name\":\"Jonathan Miller\",\"email\":\"jon.miller.dev@gmail.com\",\"phone\":\"+1 (602) 555-0143\","
          + "\"location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\"},\"links\":[\"https://github.com/jmiller-dev\"]},"
          + "\"ip\":\"203.0.113.7\",\"user_agent\":\"Mozilla/5.0\",\"device_id\":\"fp-9a7c01\",\"client_utc_offset_min\":480,"
          + "\"resume_text\":\"...\",\"education\":[{\"institution\":\"University of Malaya\",\"country\":\"MY\",\"degree\":\"BSc Computer Science\",\"end_year\":2016}],"
          + "\"employers\":[{\"name\":\"Example Tech LLC\",\"country\":\"US\",\"title\":\"Senior Developer\",\"start\":\"2018-01\",\"end\":\"2022-06\"}],"
          + "\"photo_phash\":\"c3a1f0e4b2d19e07\",\"source\":{\"channel\":\"agency\",\"agency\":\"StaffPro LLC\",\"referrer\":\"w-1042\"}}",
      "{\"type\":\"worker\",\"time\":\"2026-01-10T00:00:00Z\",\"subject\":\"w-1042\",\"name\":\"Jonathan Miller\",\"email\":\"jmiller@corp.example\","
          + "\"phone\":\"+1 602 555 0143\",\"declared_location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\",\"lat\":33.448,\"lon\":-112.074},"
          + "\"declared_tz\":\"America/Phoenix\",\"hired\":\"2026-01-15\",\"application\":\"app-8812\","
          + "\"home_address\":{\"line1\":\"12 Palm St\",\"city\":\"Phoenix\",\"region\":\"AZ\",\"postal\":\"85004\",\"country\":\"US\"},"
          + "\"laptop\":{\"serial\":\"C02XK1\",\"ship_to\":{\"line1\":\"77 Desert Rd\",\"city\":\"Scottsdale\",\"region\":\"AZ\",\"postal\":\"85251\",\"country\":\"US\"}},"
          + "\"payroll\":{\"account\":\"acct-3f9e2c\",\"holder\":\"Jonathan Miller\",\"bank_country\":\"US\"},"
          + "\"engagement\":{\"kind\":\"contractor\",\"agency\":\"StaffPro LLC\"}}",
      "{\"type\":\"auth\",\"time\":\"2026-02-03T16:01:22Z\",\"subject\":\"w-1042\",\"src_ip\":\"198.51.100.23\",\"device_id\":\"dev-77\","
          + "\"managed\":true,\"outcome\":\"success\",\"mfa\":\"push\",\"user_agent\":\"...\",\"client_utc_offset_min\":-420}",
      "{\"type\":\"rtt\",\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1042\",\"device_id\":\"dev-77\","
          + "\"landmark\":{\"id\":\"sea-1\",\"lat\":47.61,\"lon\":-122.33},\"rtt_ms\":38.2,\"method\":\"tcp\"}",
      "{\"type\":\"interaction\",\"time\":\"2026-02-03T16:05:09Z\",\"subject\":\"w-1042\",\"device_id\":\"dev-77\","
          + "\"kind\":\"typo_correction\",\"latency_ms\":412.0,\"measured_at\":\"server\",\"path_rtt_ms\":33.0}",
      "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:05:00Z\",\"subject\":\"w-1042\",\"device_id\":\"dev-77\",\"source\":\"browser\","
          + "\"down_ms\":[0,182.4,301.9,455.0],\"up_ms\":[96.1,270.3,399.8,540.2],\"pointer_ms\":[0,16.7,33.4,50.1]}",
      "{\"type\":\"inventory\",\"time\":\"2026-02-04T09:00:00Z\",\"subject\":\"w-1042\",\"device_id\":\"dev-77\",\"serial\":\"C02XK1\","
          + "\"os_tz\":\"America/Phoenix\",\"public_ip\":\"198.51.100.23\",\"wifi_bssid\":\"a4:2b:b0:11:22:33\","
          + "\"processes\":[{\"name\":\"AnyDesk.exe\",\"path\":\"C:\\\\Program Files (x86)\\\\AnyDesk\\\\AnyDesk.exe\",\"signer\":\"philandro Software GmbH\",\"cmdline\":\"--secret\"}],"
          + "\"usb\":[{\"vid\":\"1d6b\",\"pid\":\"0104\",\"manufacturer\":\"PiKVM\",\"product\":\"PiKVM Composite Device\",\"serial\":\"CAFEBABE\"}],"
          + "\"displays\":[{\"edid_mfg\":\"LNX\",\"name\":\"PiKVM\"}]}",
      "{\"type\":\"payroll\",\"time\":\"2026-03-01T00:00:00Z\",\"subject\":\"w-1042\",\"account\":\"acct-77aa01\",\"holder\":\"J. Miller\",\"bank_country\":\"US\",\"method\":\"ach\"}",
      "{\"type\":\"activity\",\"time\":\"2026-02-04T01:13:00Z\",\"subject\":\"w-1042\",\"source\":\"git\",\"utc_offset_min\":540}");

  static final class Collector implements IngestSink {
    final List<Event> events = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override public void accepted(Event event, byte[] rawLine) { events.add(event); }

    @Override public void rejected(Rejection r) { rejections.add(r); }
  }

  private static Collector read(String text) throws IOException {
    Collector c = new Collector();
    new NdjsonIngest().read(text, "test.ndjson", c);
    return c;
  }

  @Test
  void accepts_every_contract_example_with_its_fields() throws IOException {
    Collector c = read(CONTRACT_EXAMPLES);
    assertThat(c.rejections).isEmpty();
    assertThat(c.events).extracting(Event::type).containsExactly(EventType.APPLICATION, EventType.WORKER,
        EventType.AUTH, EventType.RTT, EventType.INTERACTION, EventType.KEYSTROKES, EventType.INVENTORY,
        EventType.PAYROLL, EventType.ACTIVITY);
    Application a = (Application) c.events.get(0);
    assertThat(a.candidate().location().city()).isEqualTo("Phoenix");
    assertThat(a.education().get(0).endYear()).isEqualTo(2016);
    assertThat(a.source().agency()).isEqualTo("StaffPro LLC");
    Worker w = (Worker) c.events.get(1);
    assertThat(w.declaredLocation().lat()).isEqualTo(33.448);
    assertThat(w.laptop().shipTo().postal()).isEqualTo("85251");
    Rtt r = (Rtt) c.events.get(3);
    assertThat(r.rttMs()).isEqualTo(38.2);
    assertThat(r.time()).isEqualTo(java.time.Instant.parse("2026-02-03T16:02:00Z").toEpochMilli());
    assertThat(((Keystrokes) c.events.get(5)).upMs()).containsExactly(96.1, 270.3, 399.8, 540.2);
    assertThat(((Inventory) c.events.get(6)).processes().get(0).signer()).isEqualTo("philandro Software GmbH");
  }

  @Test
  void rejects_each_malformed_line_with_its_reason_and_keeps_it() throws IOException {
    String input = String.join("\n",
        "not json at all",
        "{\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1\"}",
        "{\"type\":\"auth\",\"subject\":\"w-1\"}",
        "{\"type\":\"auth\",\"time\":\"yesterday\",\"subject\":\"w-1\"}",
        "{\"type\":\"auth\",\"time\":\"2026-02-03T16:02:00\",\"subject\":\"w-1\"}",
        "{\"type\":\"teleport\",\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1\"}",
        "{\"type\":\"auth\",\"time\":\"2026-02-03T16:02:00Z\"}",
        "{\"type\":\"rtt\",\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1\",\"landmark\":{\"id\":\"x\",\"lat\":1,\"lon\":2},\"rtt_ms\":\"fast\"}",
        "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1\",\"down_ms\":[0,100],\"keys\":[\"p\",\"w\"]}",
        "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1\",\"down_ms\":[\"a\",\"b\"]}",
        "{\"type\":\"auth\",\"time\":\"2026-02-30T16:02:00Z\",\"subject\":\"w-1\"}",
        "[1,2,3]",
        "{\"type\":\"auth\",\"time\":\"2026-02-03T16:02:00Z\",\"subject\":\"w-1\"} trailing");
    Collector c = read(input);
    assertThat(c.events).isEmpty();
    assertThat(c.rejections).extracting(Rejection::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    assertThat(c.rejections).extracting(Rejection::reason).satisfiesExactly(
        r -> assertThat(r).startsWith("invalid JSON"),
        r -> assertThat(r).isEqualTo("missing required field: type"),
        r -> assertThat(r).isEqualTo("missing required field: time"),
        r -> assertThat(r).contains("RFC 3339"),
        r -> assertThat(r).contains("RFC 3339"),
        r -> assertThat(r).isEqualTo("unknown type: teleport"),
        r -> assertThat(r).isEqualTo("missing required field: subject"),
        r -> assertThat(r).isEqualTo("field rtt_ms must be a number"),
        r -> assertThat(r).contains("must not carry key identities").contains("keys"),
        r -> assertThat(r).contains("array of numbers"),
        r -> assertThat(r).contains("RFC 3339"),
        r -> assertThat(r).isEqualTo("line is not a JSON object"),
        r -> assertThat(r).contains("trailing"));
    assertThat(c.rejections.get(0).raw()).isEqualTo("not json at all");
    assertThat(c.rejections).allSatisfy(r -> assertThat(r.source()).isEqualTo("test.ndjson"));
  }

  @Test
  void repeated_ids_are_accepted_once_and_missing_ids_come_from_the_line_hash() throws IOException {
    String line = "{\"type\":\"activity\",\"time\":\"2026-02-04T01:13:00Z\",\"subject\":\"w-1\",\"source\":\"git\"}";
    Collector c = new Collector();
    IngestStats stats = new NdjsonIngest().read(line + "\n" + line + "\n", "f", c);
    assertThat(stats).isEqualTo(new IngestStats(2, 1, 0, 1));
    assertThat(c.events.get(0).id()).startsWith("sha256:").hasSize(7 + 64);
  }

  @Test
  void skips_blank_lines_handles_crlf_and_a_last_line_without_newline() throws IOException {
    String a = "{\"type\":\"activity\",\"id\":\"a\",\"time\":\"2026-02-04T01:13:00+09:00\",\"subject\":\"w-1\"}";
    String b = "{\"type\":\"activity\",\"id\":\"b\",\"time\":\"2026-02-04T01:13:00.5-05:30\",\"subject\":\"w-1\"}";
    Collector c = read("\r\n" + a + "\r\n\n   \n" + b);
    assertThat(c.rejections).isEmpty();
    assertThat(c.events).extracting(Event::id).containsExactly("a", "b");
    assertThat(c.events.get(0).time()).isEqualTo(java.time.Instant.parse("2026-02-03T16:13:00Z").toEpochMilli());
    assertThat(c.events.get(1).time()).isEqualTo(java.time.Instant.parse("2026-02-04T06:43:00.500Z").toEpochMilli());
  }

  @Test
  void rejects_a_line_over_one_mebibyte_and_reads_on_after_it() throws IOException {
    StringBuilder big = new StringBuilder("{\"type\":\"activity\",\"time\":\"2026-02-04T01:13:00Z\",\"subject\":\"w-1\",\"pad\":\"");
    big.append("x".repeat(1 << 21)).append("\"}");
    String ok = "{\"type\":\"activity\",\"id\":\"ok\",\"time\":\"2026-02-04T01:13:00Z\",\"subject\":\"w-1\"}";
    Collector c = new Collector();
    new NdjsonIngest().read(new ByteArrayInputStream((big + "\n" + ok + "\n").getBytes(StandardCharsets.UTF_8)), "big", c);
    assertThat(c.rejections).singleElement().satisfies(r -> {
      assertThat(r.reason()).contains("exceeds 1 MiB");
      assertThat(r.line()).isEqualTo(1);
    });
    assertThat(c.events).extracting(Event::id).containsExactly("ok");
  }

  @Test
  void keeps_only_name_path_and_signer_of_processes() throws IOException {
    Collector c = read(CONTRACT_EXAMPLES);
    Inventory inv = (Inventory) c.events.get(6);
    assertThat(inv.processes().get(0).toString()).doesNotContain("--secret");
  }

  @Test
  void a_process_listed_as_installed_but_not_running_is_read_as_not_running() throws IOException {
    Collector c = read("{\"type\":\"inventory\",\"id\":\"i1\",\"time\":\"2026-02-04T09:00:00Z\",\"subject\":\"w-1\","
        + "\"processes\":[{\"name\":\"AnyDesk.exe\",\"running\":false},{\"name\":\"a.exe\",\"state\":\"installed\"},"
        + "{\"name\":\"b.exe\",\"running\":true},{\"name\":\"c.exe\"}]}\n");
    assertThat(((Inventory) c.events.get(0)).processes()).extracting(Inventory.Process::seenRunning)
        .containsExactly(false, false, true, true);
  }

  @Test
  void a_rejected_keystroke_batch_keeps_its_reason_and_timing_but_never_the_keys_it_carried() throws IOException {
    Collector c = read(String.join("\n",
        "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:05:00Z\",\"subject\":\"w-1\",\"down_ms\":[0,120.5],"
            + "\"keys\":\"hunter2\",\"meta\":{\"text\":\"hunter2\"}}",
        // Rejected for another reason first (no time): the keys it carries must still go.
        "{\"type\":\"keystrokes\",\"subject\":\"w-1\",\"down_ms\":[0,1],\"chars\":[\"h\",\"u\"]}",
        // Key codes where the instants belong: the numbers are not instants here, but strings are content.
        "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:05:00Z\",\"subject\":\"w-1\",\"down_ms\":[\"h\",{\"key\":\"u\"}]}",
        "{\"type\":\"keystrokes\",\"keys\":\"hunter2\" broken",
        "{\"type\":\"auth\",\"subject\":\"w-1\",\"src_ip\":\"198.51.100.23\"}"));
    assertThat(c.events).isEmpty();
    assertThat(c.rejections).hasSize(5);
    assertThat(c.rejections.get(0).reason()).contains("must not carry key identities").contains("keys");
    assertThat(c.rejections.get(0).raw()).isEqualTo("{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:05:00Z\","
        + "\"subject\":\"w-1\",\"down_ms\":[0,120.5],\"keys\":\"" + RejectedKeystrokes.REMOVED + "\",\"meta\":\""
        + RejectedKeystrokes.REMOVED + "\"}");
    assertThat(c.rejections.get(1).reason()).isEqualTo("missing required field: time");
    assertThat(c.rejections.get(1).raw()).contains("\"chars\"").contains("\"down_ms\":[0,1]");
    assertThat(c.rejections.get(2).raw()).contains("\"down_ms\":[\"" + RejectedKeystrokes.REMOVED + "\",\"");
    assertThat(c.rejections.get(3).reason()).startsWith("invalid JSON");
    assertThat(c.rejections.get(3).raw()).startsWith("[not kept: an unparseable keystroke batch");
    assertThat(c.rejections.subList(0, 4)).allSatisfy(r -> assertThat(r.raw()).doesNotContain("hunter2")
        .doesNotContain("\"h\"").doesNotContain("\"u\""));
    // Other types are kept exactly as they came: the operator needs them to mend the adapter.
    assertThat(c.rejections.get(4).raw()).isEqualTo("{\"type\":\"auth\",\"subject\":\"w-1\",\"src_ip\":\"198.51.100.23\"}");
  }
}
