package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Event;
import io.daylight.core.location.EndpointPlaceDetector;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class StateTypesTest {
  /** Contract examples of the types the mixed scenario lacks, with NaN, arrays and nesting. */
  static final String MORE = String.join("\n",
      "{\"type\":\"application\",\"id\":\"app-8812\",\"time\":\"2026-03-02T14:05:11Z\",\"position\":\"Engineer\","
          + "\"candidate\":{\"name\":\"Jonathan Miller\",\"email\":\"j@example.com\",\"phone\":\"+1 602 555 0143\","
          + "\"location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\"},\"links\":[\"https://example.com\"]},"
          + "\"ip\":\"203.0.113.7\",\"education\":[{\"institution\":\"U\",\"country\":\"MY\",\"degree\":\"BSc\",\"end_year\":2016}],"
          + "\"source\":{\"channel\":\"agency\",\"agency\":\"StaffPro LLC\"}}",
      "{\"type\":\"keystrokes\",\"time\":\"2026-02-03T16:05:00Z\",\"subject\":\"w-1\",\"device_id\":\"d\",\"source\":\"browser\","
          + "\"down_ms\":[0,182.4,301.9],\"up_ms\":[96.1,270.3,399.8]}",
      "{\"type\":\"inventory\",\"time\":\"2026-02-04T09:00:00Z\",\"subject\":\"w-1\",\"device_id\":\"d\",\"serial\":\"C02\","
          + "\"processes\":[{\"name\":\"AnyDesk.exe\",\"path\":\"C:\\\\AnyDesk.exe\",\"signer\":\"philandro\"}],"
          + "\"usb\":[{\"vid\":\"1d6b\",\"pid\":\"0104\",\"product\":\"PiKVM\"}],\"displays\":[{\"edid_mfg\":\"LNX\",\"name\":\"PiKVM\"}]}",
      "{\"type\":\"interaction\",\"time\":\"2026-02-03T16:05:09Z\",\"subject\":\"w-1\",\"device_id\":\"d\","
          + "\"kind\":\"typo_correction\",\"latency_ms\":412.0,\"measured_at\":\"endpoint\"}",
      "{\"type\":\"payroll\",\"time\":\"2026-03-01T00:00:00Z\",\"subject\":\"w-1\",\"account\":\"acct-77\",\"method\":\"ach\"}");

  static <T> TypeSerializer<T> noKryo(TypeInformation<T> t) {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    return t.createSerializer(new SerializerConfigImpl(conf));
  }

  @Test
  @SuppressWarnings("unchecked")
  void events_held_in_detector_state_survive_a_checkpoint_round_trip_without_kryo() throws Exception {
    List<Event> events = new ArrayList<>();
    IngestSink sink = new IngestSink() {
      @Override public void accepted(Event e, byte[] raw) { events.add(e); }

      @Override public void rejected(Rejection r) {}
    };
    NdjsonIngest ingest = new NdjsonIngest();
    try (var in = java.nio.file.Files.newInputStream(Runtimes.scenario("mixed.ndjson"))) {
      ingest.read(in, "mixed", sink);
    }
    ingest.read(MORE, "more", sink);
    assertThat(events).extracting(Event::type).contains(io.daylight.core.event.EventType.values());

    var state = new TestDetectors.SignInMemory.State();
    state.events.addAll(events);
    state.first = events.get(events.size() - 4); // keystrokes: double arrays, NaN-free
    var ser = (TypeSerializer<TestDetectors.SignInMemory.State>) noKryo(StateTypes.of(TestDetectors.SignInMemory.State.class));
    DataOutputSerializer out = new DataOutputSerializer(4096);
    ser.serialize(state, out);
    var back = ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    // Records compare arrays by identity, so compare their text with the arrays spelled out.
    assertThat(back.events).hasSameSizeAs(events);
    for (int i = 0; i < events.size(); i++) assertThat(text(back.events.get(i))).isEqualTo(text(events.get(i)));
    assertThat(text(back.first)).isEqualTo(text(state.first));
  }

  @Test
  void ordinary_states_keep_flinks_own_pojo_serializer_and_fieldless_ones_are_recognised() {
    assertThat(StateTypes.of(EndpointPlaceDetector.State.class)).isEqualTo(TypeInformation.of(EndpointPlaceDetector.State.class));
    assertThat(StateTypes.isFieldless(TestDetectors.EveryHire.State.class)).isTrue();
    assertThat(StateTypes.isFieldless(EndpointPlaceDetector.State.class)).isFalse();
  }

  private static String text(Event e) {
    if (e instanceof io.daylight.core.event.Keystrokes k) {
      return k.id() + k.time() + java.util.Arrays.toString(k.downMs()) + java.util.Arrays.toString(k.upMs())
          + java.util.Arrays.toString(k.pointerMs());
    }
    return e.toString();
  }
}
