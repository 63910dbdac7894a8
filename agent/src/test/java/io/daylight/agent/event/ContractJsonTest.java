package io.daylight.agent.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Rtt;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractJsonTest {
  final ContractJson json = new ContractJson("w-1042", "dev-77");
  final List<Event> accepted = new ArrayList<>();
  final List<Rejection> rejected = new ArrayList<>();

  private void ingest(AgentEvent... events) throws Exception {
    StringBuilder b = new StringBuilder();
    for (AgentEvent e : events) b.append(json.line(e)).append('\n');
    new NdjsonIngest().read(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)), "agent",
        new IngestSink() {
          @Override public void accepted(Event e, byte[] raw) { accepted.add(e); }
          @Override public void rejected(Rejection r) { rejected.add(r); }
        });
  }

  @Test
  void typing_batches_are_contract_keystrokes_from_the_endpoint() throws Exception {
    ingest(new KeyTiming(1_770_000_000_000L, new double[] {0, 182.44, 301.9}, new double[] {96.1, 270.3, 399.8}));
    assertThat(rejected).isEmpty();
    Keystrokes k = (Keystrokes) accepted.get(0);
    assertThat(k.subject()).isEqualTo("w-1042");
    assertThat(k.deviceId()).isEqualTo("dev-77");
    assertThat(k.source()).isEqualTo("endpoint");
    assertThat(k.time()).isEqualTo(1_770_000_000_000L);
    assertThat(k.downMs()).containsExactly(0, 182.4, 301.9);
    assertThat(k.upMs()).containsExactly(96.1, 270.3, 399.8);
  }

  @Test
  void probes_are_tcp_round_trips_to_a_named_landmark() throws Exception {
    ingest(new RoundTrip(1_770_000_000_000L, new RoundTrip.Landmark("sea-1", 47.61, -122.33, "sea.example", 443), 38.21));
    Rtt r = (Rtt) accepted.get(0);
    assertThat(r.method()).isEqualTo("tcp");
    assertThat(r.rttMs()).isEqualTo(38.2);
    assertThat(r.landmark()).isEqualTo(new Rtt.Landmark("sea-1", 47.61, -122.33));
  }

  @Test
  void inventory_carries_processes_usb_ids_and_edid_names() throws Exception {
    ingest(new InventoryReport(1_770_000_000_000L, "C02XK1", "America/Phoenix", "198.51.100.23", null,
        List.of(new InventoryReport.Process("x11vnc", "/usr/bin/x11vnc", null)),
        List.of(new InventoryReport.Usb("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE")),
        List.of(new InventoryReport.Display("LNX", "PiKVM"))));
    assertThat(rejected).isEmpty();
    Inventory i = (Inventory) accepted.get(0);
    assertThat(i.processes()).containsExactly(new Inventory.Process("x11vnc", "/usr/bin/x11vnc", null));
    assertThat(i.usb()).containsExactly(new Inventory.UsbDevice("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE"));
    assertThat(i.displays()).containsExactly(new Inventory.Display("LNX", "PiKVM"));
    assertThat(i.osTz()).isEqualTo("America/Phoenix");
    assertThat(i.wifiBssid()).isNull();
  }
}
