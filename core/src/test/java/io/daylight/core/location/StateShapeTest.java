package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** Flink serialises POJO state without Kryo only if every field is public and of a known shape. */
class StateShapeTest {

  static boolean knownShape(Class<?> t) {
    if (t.isPrimitive() || t == String.class) return true;
    return t.isArray() && knownShape(t.getComponentType());
  }

  @Test
  void every_location_state_is_a_pojo_of_primitives_strings_and_arrays() throws Exception {
    assertThat(LocationDetectors.all(DeploymentContext.EMPTY)).isNotEmpty();
    for (Detector<?> d : LocationDetectors.all(DeploymentContext.EMPTY)) {
      Class<?> state = d.stateType();
      assertThat(Modifier.isPublic(state.getModifiers())).as(state.getName()).isTrue();
      assertThat(state.getConstructor().newInstance()).isInstanceOf(state);
      assertThat(d.newState()).isInstanceOf(state);
      for (Field f : state.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        assertThat(Modifier.isPublic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()))
            .as(state.getSimpleName() + "." + f.getName() + " is public and not final").isTrue();
        assertThat(knownShape(f.getType())).as(state.getSimpleName() + "." + f.getName() + " has a known shape").isTrue();
      }
    }
  }
}
