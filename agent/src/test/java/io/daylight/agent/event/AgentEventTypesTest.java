package io.daylight.agent.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AgentEventTypesTest {
  @Test
  void no_event_the_agent_can_build_has_a_field_for_a_key_identity_or_typed_content() {
    List<String> fields = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(AgentEvent.class.getPermittedSubclasses()));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      assertThat(c.isRecord()).as(c.getName()).isTrue();
      for (RecordComponent rc : c.getRecordComponents()) {
        fields.add(c.getSimpleName() + "." + rc.getName());
        if (rc.getType().isRecord()) todo.push(rc.getType());
      }
      for (Class<?> nested : c.getDeclaredClasses()) if (nested.isRecord()) todo.push(nested);
    }
    assertThat(fields).contains("KeyTiming.downMs", "KeyTiming.upMs");
    // The same words the ingest parser refuses in a keystrokes batch (EventParser: key, code, char, text).
    assertThat(fields).noneMatch(f -> {
      String n = f.substring(f.indexOf('.') + 1).toLowerCase(Locale.ROOT);
      return n.contains("key") || n.contains("code") || n.contains("char") || n.contains("text") || n.contains("content");
    });
  }

  @Test
  void the_set_of_agent_events_is_closed() {
    assertThat(AgentEvent.class.isSealed()).isTrue();
    assertThat(AgentEvent.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(KeyTiming.class, InventoryReport.class, RoundTrip.class);
  }
}
