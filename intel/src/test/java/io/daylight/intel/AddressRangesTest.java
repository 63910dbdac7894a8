package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

  /** Membership after merging equals membership in any of the blocks, checked against a scan. */
  @Property(tries = 500)
  void finds_an_address_exactly_when_some_ipv4_block_holds_it(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 0xFFFF) Integer> blocks,
      @ForAll @Size(max = 30) List<@IntRange(min = 16, max = 32) Integer> prefixes,
      @ForAll @IntRange(min = 0, max = 0xFFFF) int probeHigh, @ForAll @IntRange(min = 0, max = 0xFFFF) int probeLow) {
    AddressRanges.Builder b = new AddressRanges.Builder();
    long[][] naive = new long[blocks.size()][];
    for (int i = 0; i < blocks.size(); i++) {
      int prefix = i < prefixes.size() ? prefixes.get(i) : 24;
      long base = (long) blocks.get(i) << 16;
      long host = (1L << (32 - prefix)) - 1;
      long start = base & ~host;
      naive[i] = new long[] {start, start | host};
      b.addCidr(ipv4(start) + "/" + prefix, 0);
    }
    AddressRanges ranges = b.build();
    long probe = ((long) probeHigh << 16) | probeLow;
    boolean expected = false;
    for (long[] r : naive) {
      expected |= probe >= r[0] && probe <= r[1];
    }
    assertThat(ranges.find(IpLiteral.parse(ipv4(probe))) >= 0).isEqualTo(expected);
  }

  @Test
  void lets_a_later_more_specific_range_win_over_the_block_it_overlaps() {
    AddressRanges ranges = new AddressRanges.Builder()
        .addRange("10.0.0.0", "10.0.255.255", 1)
        .addRange("10.0.128.0", "10.1.0.255", 2)
        .build();
    assertThat(ranges.find(IpLiteral.parse("10.0.127.255"))).isEqualTo(1);
    assertThat(ranges.find(IpLiteral.parse("10.0.128.0"))).isEqualTo(2);
    assertThat(ranges.find(IpLiteral.parse("10.1.0.255"))).isEqualTo(2);
    assertThat(ranges.find(IpLiteral.parse("10.1.1.0"))).isEqualTo(-1);
  }

  @Test
  void handles_ipv6_blocks_longer_and_shorter_than_64_bits() {
    AddressRanges ranges = new AddressRanges.Builder()
        .addCidr("2001:db8::/32", 1)
        .addCidr("2001:db9::1:0/112", 2)
        .addCidr("3000::/4", 3)
        .build();
    assertThat(ranges.find(IpLiteral.parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isEqualTo(1);
    assertThat(ranges.find(IpLiteral.parse("2001:db9::1:ffff"))).isEqualTo(2);
    assertThat(ranges.find(IpLiteral.parse("2001:db9::2:0"))).isEqualTo(-1);
    assertThat(ranges.find(IpLiteral.parse("3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))).isEqualTo(3);
    assertThat(ranges.find(IpLiteral.parse("4000::"))).isEqualTo(-1);
    assertThat(ranges.find(IpLiteral.parse("1.2.3.4"))).isEqualTo(-1);
  }

  private static String ipv4(long v) {
    return (v >>> 24 & 255) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + "." + (v & 255);
  }
}
