package io.daylight.core.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class HolderNamePropertiesTest {

  @Property
  void a_name_always_matches_itself_reversed_and_with_an_initial(
      @ForAll @AlphaChars @StringLength(min = 2, max = 10) String given,
      @ForAll @AlphaChars @StringLength(min = 2, max = 10) String family) {
    // Titles and suffixes ("Dr", "Jr", "III") are ignored by design, so they cannot be the name itself.
    Assume.that(!HolderNames.isNoise(given.toLowerCase(Locale.ROOT)) && !HolderNames.isNoise(family.toLowerCase(Locale.ROOT)));
    String name = given + " " + family;
    assertThat(HolderNames.matches(name, name)).isTrue();
    assertThat(HolderNames.matches(name, family + ", " + given)).isTrue();
    assertThat(HolderNames.matches(name, given.charAt(0) + ". " + family)).isTrue();
  }
}
