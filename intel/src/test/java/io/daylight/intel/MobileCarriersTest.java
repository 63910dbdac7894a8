package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileCarriersTest {
  @Test
  void satellite_operators_exit_at_their_gateways_so_their_addresses_are_no_place_like_a_carriers() {
    MobileCarriers c = MobileCarriers.bundled();
    // Starlink (LEO, points of presence), Viasat and HughesNet (GEO, ground gateways), beside T-Mobile US.
    for (long asn : new long[] {14593, 7155, 40306, 6621, 21928}) {
      assertThat(c.find(asn)).as("AS" + asn).isPresent();
    }
    assertThat(c.find(7922)).as("Comcast's fixed lines are places").isEmpty();
    assertThat(c.find(14593).orElseThrow().source()).contains("Space Exploration Technologies Corporation");
  }
}
