package io.daylight.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.intel.IpIntel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostHireDetectorsTest {
  static final List<Detector<?>> ALL = PostHireDetectors.all(DeploymentContext.EMPTY, IpIntel.NONE,
      RemoteAccessCatalogue.of(List.of()), InputHardwareCatalogue.of(List.of()));

  @Test
  void detector_names_are_unique_and_say_their_capability() {
    Set<String> names = new HashSet<>();
    for (Detector<?> d : ALL) {
      assertThat(names.add(d.name())).as(d.name()).isTrue();
      assertThat(d.name()).matches("(endpoint|farm|payroll|signin|vendor)\\.[a-z-]+");
    }
  }

  /** Flink serialises these as POJOs only when every field is public and of a non-generic type. */
  @Test
  void every_state_is_a_pojo_of_public_fields_without_generic_collections() throws Exception {
    assertThat(ALL).isNotEmpty();
    for (Detector<?> d : ALL) {
      Class<?> type = d.stateType();
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
      assertThat(type.getConstructor().newInstance()).as(type.getName() + " no-arg constructor").isInstanceOf(type);
      assertThat(d.newState()).isInstanceOf(type);
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        assertThat(Modifier.isPublic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()))
            .as(type.getSimpleName() + "." + f.getName() + " public and mutable").isTrue();
        Class<?> t = f.getType();
        while (t.isArray()) t = t.getComponentType();
        assertThat(t.isPrimitive() || t == String.class || t == Boolean.class)
            .as(type.getSimpleName() + "." + f.getName() + " of type " + f.getType().getSimpleName()).isTrue();
      }
    }
  }
}
