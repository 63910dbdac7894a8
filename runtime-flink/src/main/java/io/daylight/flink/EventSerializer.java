package io.daylight.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.event.Activity;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Interaction;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A contract event held in detector state (a detector that must remember whole events, such as
 * the applicant linker), without Kryo: the event type, then the record as JSON of its components.
 * Event records are immutable, so copies share them.
 */
public final class EventSerializer extends TypeSerializerSingleton<Event> {
  public static final EventSerializer INSTANCE = new EventSerializer();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventType[] TYPES = EventType.values();

  @Override public boolean isImmutableType() { return true; }
  @Override public Event createInstance() { return null; }
  @Override public Event copy(Event from) { return from; }
  @Override public Event copy(Event from, Event reuse) { return from; }
  @Override public int getLength() { return -1; }

  @Override
  public void serialize(Event e, DataOutputView out) throws IOException {
    byte[] json = JSON.writeValueAsBytes(e);
    out.writeByte(e.type().ordinal());
    out.writeInt(json.length);
    out.write(json);
  }

  @Override
  public Event deserialize(DataInputView in) throws IOException {
    EventType type = TYPES[in.readByte()];
    byte[] json = new byte[in.readInt()];
    in.readFully(json);
    return JSON.readValue(json, recordOf(type));
  }

  @Override
  public Event deserialize(Event reuse, DataInputView in) throws IOException {
    return deserialize(in);
  }

  @Override
  public void copy(DataInputView in, DataOutputView out) throws IOException {
    out.writeByte(in.readByte());
    int n = in.readInt();
    out.writeInt(n);
    out.write(in, n);
  }

  @Override
  public TypeSerializerSnapshot<Event> snapshotConfiguration() {
    return new Snapshot();
  }

  static Class<? extends Event> recordOf(EventType type) {
    switch (type) {
      case APPLICATION: return Application.class;
      case WORKER: return Worker.class;
      case AUTH: return Auth.class;
      case RTT: return Rtt.class;
      case INTERACTION: return Interaction.class;
      case KEYSTROKES: return Keystrokes.class;
      case INVENTORY: return Inventory.class;
      case PAYROLL: return Payroll.class;
      case ACTIVITY: return Activity.class;
      default: throw new IllegalArgumentException("no record for " + type);
    }
  }

  /** Restores the serializer from a checkpoint; it has no configuration to remember. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Event> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
