package io.daylight.flink;

import io.daylight.core.event.Event;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Type information for a contract {@link Event} in detector state: serialised by {@link EventSerializer}. */
public final class EventTypeInfo extends TypeInformation<Event> {
  public static final EventTypeInfo INSTANCE = new EventTypeInfo();

  @Override public boolean isBasicType() { return false; }
  @Override public boolean isTupleType() { return false; }
  @Override public int getArity() { return 1; }
  @Override public int getTotalFields() { return 1; }
  @Override public Class<Event> getTypeClass() { return Event.class; }
  @Override public boolean isKeyType() { return false; }

  @Override
  public TypeSerializer<Event> createSerializer(SerializerConfig config) {
    return EventSerializer.INSTANCE;
  }

  @Override public String toString() { return "Event(contract-v1 record)"; }
  @Override public boolean equals(Object o) { return o instanceof EventTypeInfo; }
  @Override public int hashCode() { return EventTypeInfo.class.hashCode(); }
  @Override public boolean canEqual(Object o) { return o instanceof EventTypeInfo; }
}
