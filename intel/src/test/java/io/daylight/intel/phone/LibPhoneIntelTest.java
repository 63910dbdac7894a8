package io.daylight.intel.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.identity.LineTypeLookup;
import io.daylight.core.identity.PhoneIntel;
import io.daylight.core.identity.PhoneIntel.LineType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibPhoneIntelTest {
  private final LibPhoneIntel intel = new LibPhoneIntel();

  @Test void one_us_number_written_three_ways_is_one_e164() {
    assertThat(intel.parse("+1 (602) 555-0143", "US").orElseThrow().e164()).isEqualTo("+16025550143");
    assertThat(intel.parse("602.555.0143", "US").orElseThrow().e164()).isEqualTo("+16025550143");
    assertThat(intel.parse("1-602-555-0143", "US").orElseThrow().e164()).isEqualTo("+16025550143");
  }

  @Test void a_korean_mobile_is_seoul_region_and_mobile_whatever_the_hint() {
    PhoneIntel.PhoneInfo p = intel.parse("+82 10-2345-6789", "US").orElseThrow();
    assertThat(p.region()).isEqualTo("KR");
    assertThat(p.valid()).isTrue();
    assertThat(p.lineType()).isEqualTo(LineType.MOBILE);
  }

  @Test void us_line_type_stays_unknown_without_a_lookup_and_comes_from_the_lookup_with_one() {
    assertThat(intel.parse("+1 602 555 0143", "US").orElseThrow().lineType()).isEqualTo(LineType.FIXED_LINE_OR_MOBILE);
    LibPhoneIntel withLookup = new LibPhoneIntel(LineTypeLookup.ofPrefixes(Map.of("+1602555", LineType.VOIP)), "test carrier table");
    PhoneIntel.PhoneInfo p = withLookup.parse("+1 602 555 0143", "US").orElseThrow();
    assertThat(p.lineType()).isEqualTo(LineType.VOIP);
    assertThat(p.lineTypeSource()).isEqualTo("test carrier table");
    assertThat(withLookup.parse("+1 480 555 0143", "US").orElseThrow().lineType()).isEqualTo(LineType.FIXED_LINE_OR_MOBILE);
  }

  @Test void text_without_a_number_is_empty_and_an_unassigned_range_is_invalid() {
    assertThat(intel.parse("call me", "US")).isEmpty();
    assertThat(intel.parse("+1 (011) 555-0143", "US").orElseThrow().valid()).isFalse();
  }
}
