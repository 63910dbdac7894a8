package io.daylight.core.farm;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.address.Addresses;

import io.daylight.core.event.Address;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class AddressKeyPropertiesTest {

  @Property
  void one_home_written_two_ways_has_one_key(@ForAll @IntRange(min = 1, max = 99999) int number,
                                             @ForAll @AlphaChars @StringLength(min = 2, max = 12) String street,
                                             @ForAll @IntRange(min = 1, max = 999) int apt) {
    Address a = new Address(number + " " + street + " Street", "Apartment " + apt, "Phoenix", "AZ", "85004", "US");
    Address b = new Address(number + " " + street.toUpperCase(Locale.ROOT) + " st.", "#" + apt, "phoenix", "az", "85004-0001", "US");
    assertThat(Addresses.key(a)).isEqualTo(Addresses.key(b));
  }

  @Property
  void different_house_numbers_never_share_a_key(@ForAll @IntRange(min = 1, max = 9999) int n,
                                                 @ForAll @AlphaChars @StringLength(min = 2, max = 12) String street) {
    Address a = new Address(n + " " + street + " Rd", null, "Tempe", "AZ", "85281", "US");
    Address b = new Address((n + 1) + " " + street + " Rd", null, "Tempe", "AZ", "85281", "US");
    assertThat(Addresses.key(a)).isNotEqualTo(Addresses.key(b));
  }
}
