package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The audit hash must tell apart any two rows that differ, including by where a field ends. */
class AuditHashPropertiesTest {
  private static final Instant AT = Instant.parse("2026-03-02T14:05:11.123456Z");

  @Property
  void moving_text_from_one_field_to_the_next_changes_the_hash(
      @ForAll String actor, @ForAll String action, @ForAll @IntRange(min = 1, max = 8) int moved) {
    Assume.that(actor.length() >= moved);
    String shortened = actor.substring(0, actor.length() - moved);
    String lengthened = actor.substring(actor.length() - moved) + action;
    assertThat(AuditLog.hash(AuditLog.GENESIS, 1, AT, shortened, lengthened, "t", null))
        .isNotEqualTo(AuditLog.hash(AuditLog.GENESIS, 1, AT, actor, action, "t", null));
  }

  @Property
  void a_missing_detail_differs_from_every_present_one(@ForAll String detail) {
    assertThat(AuditLog.hash(AuditLog.GENESIS, 1, AT, "a", "b", "t", null))
        .isNotEqualTo(AuditLog.hash(AuditLog.GENESIS, 1, AT, "a", "b", "t", detail));
  }

  @Property
  void the_hash_depends_on_the_previous_hash_and_the_id(@ForAll long id) {
    String first = AuditLog.hash(AuditLog.GENESIS, id, AT, "a", "b", "t", "{}");
    assertThat(AuditLog.hash(first, id, AT, "a", "b", "t", "{}")).isNotEqualTo(first);
    assertThat(AuditLog.hash(AuditLog.GENESIS, id + 1, AT, "a", "b", "t", "{}")).isNotEqualTo(first);
  }
}
