package io.daylight.flink;

import io.daylight.core.event.Event;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.NullableListTypeInfo;
import org.apache.flink.api.java.typeutils.PojoField;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;

/**
 * Flink type information for a detector's state class. Flink's own POJO/record analysis covers
 * most states; two shapes it would hand to Kryo are covered here so detectors need no Flink
 * annotations: fields of type {@link Event} or {@code List<Event>} get {@link EventSerializer},
 * and a state class with no fields at all is kept as a marker (see {@link #isFieldless}). Any other
 * generic type is left alone, so the job fails at start under {@code pipeline.generic-types=false}.
 */
final class StateTypes {
  private StateTypes() {}

  static TypeInformation<?> of(Class<?> stateType) {
    TypeInformation<?> t = TypeInformation.of(stateType);
    if (!(t instanceof PojoTypeInfo<?> pojo)) return t;
    List<PojoField> fields = new ArrayList<>(pojo.getArity());
    boolean replaced = false;
    for (int i = 0; i < pojo.getArity(); i++) {
      PojoField f = pojo.getPojoFieldAt(i);
      TypeInformation<?> events = eventsType(f.getField().getGenericType());
      replaced |= events != null;
      fields.add(events == null ? f : new PojoField(f.getField(), events));
    }
    return replaced ? pojoOf(stateType, fields) : t;
  }

  /** A state class with no instance fields carries nothing: the runtime stores only that it exists. */
  static boolean isFieldless(Class<?> stateType) {
    return TypeInformation.of(stateType) instanceof GenericTypeInfo<?>
        && Arrays.stream(stateType.getDeclaredFields()).allMatch(f -> Modifier.isStatic(f.getModifiers()))
        && stateType.getSuperclass() == Object.class;
  }

  private static TypeInformation<?> eventsType(Type t) {
    if (t == Event.class) return EventTypeInfo.INSTANCE;
    if (t instanceof ParameterizedType p && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] == Event.class) {
      return new NullableListTypeInfo<>(EventTypeInfo.INSTANCE);
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeInformation<?> pojoOf(Class<?> c, List<PojoField> fields) {
    return new PojoTypeInfo(c, fields);
  }
}
