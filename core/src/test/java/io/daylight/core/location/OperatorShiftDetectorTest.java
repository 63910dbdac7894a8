package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.testkit.Harness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorShiftDetectorTest {

  /** Three weeks as the interviewee, then a relay of {@code relayMs} from day 21 on. */
  static List<Event> handover(String subject, double relayMs, int fromDay) {
    List<Event> before = InteractionDelayDetectorTest.person(subject, fromDay, 200, 0, 1);
    List<Event> after = InteractionDelayDetectorTest.person(subject, 40, 200, relayMs, 2);
    List<Event> out = new ArrayList<>(before);
    for (Event e : after) if (e.time() >= fromDay * 86_400_000L) out.add(e);
    return out;
  }

  @Test
  void flags_a_sudden_persistent_jump_after_onboarding_but_not_a_steady_worker() {
    List<Event> events = new ArrayList<>(handover("w-handover", 200, 21));
    events.addAll(InteractionDelayDetectorTest.person("w-steady", 40, 200, 0, 3));
    List<Finding> f = Harness.run(List.of(new OperatorShiftDetector()), events);
    assertThat(f).extracting(Finding::subject).containsExactly("w-handover");
    assertThat(f.get(0).explanation()).contains("days in a row").contains("95 % CI");
    assertThat(f.get(0).time()).isGreaterThan(21 * 86_400_000L);
  }

  @Test
  void a_shift_smaller_than_the_least_remote_desktop_encoding_is_not_a_handover() {
    assertThat(Harness.run(List.of(new OperatorShiftDetector()), handover("w-tired", 15, 21))).isEmpty();
  }
}
