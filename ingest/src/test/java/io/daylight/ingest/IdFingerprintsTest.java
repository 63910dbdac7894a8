package io.daylight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdFingerprintsTest {
  @Test
  void accepts_each_of_a_million_distinct_ids_once_and_refuses_every_repeat() {
    IdFingerprints f = new IdFingerprints();
    for (int i = 0; i < 1_000_000; i++) assertThat(f.add("m-" + i)).isTrue();
    for (int i = 0; i < 1_000_000; i += 997) assertThat(f.add("m-" + i)).isFalse();
    assertThat(f.size()).isEqualTo(1_000_000);
  }

  @Property(tries = 50)
  void agrees_with_a_hash_set_on_any_sequence_of_ids(@ForAll long seed) {
    Random r = new Random(seed);
    IdFingerprints f = new IdFingerprints();
    Set<String> reference = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      String id = Integer.toString(r.nextInt(3_000), 36) + (r.nextBoolean() ? "" : "é");
      assertThat(f.add(id)).isEqualTo(reference.add(id));
    }
  }
}
