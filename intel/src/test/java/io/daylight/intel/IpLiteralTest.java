package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IpLiteralTest {

  @Property
  void reads_back_every_ipv6_address_java_prints(@ForAll @Size(16) byte[] bytes) throws UnknownHostException {
    String printed = InetAddress.getByAddress(bytes).getHostAddress();
    byte[] parsed = IpLiteral.parse(printed);
    // Java prints IPv4-mapped addresses as IPv4, and so does the parser return them.
    byte[] expected = InetAddress.getByName(printed).getAddress();
    assertThat(parsed).isEqualTo(expected);
  }

  @Property
  void reads_back_every_ipv4_address(@ForAll @Size(4) byte[] bytes) throws UnknownHostException {
    assertThat(IpLiteral.parse(InetAddress.getByAddress(bytes).getHostAddress())).isEqualTo(bytes);
  }

  @Test
  void reads_compressed_bracketed_zoned_and_ipv4_mapped_forms() {
    assertThat(IpLiteral.parse("2001:db8::1")).hasSize(16);
    assertThat(IpLiteral.parse("::")).containsOnly(0);
    assertThat(IpLiteral.parse("[::1]")).endsWith((byte) 1);
    assertThat(IpLiteral.parse("fe80::1%eth0")).hasSize(16);
    assertThat(IpLiteral.parse("::ffff:8.8.8.8")).containsExactly(8, 8, 8, 8);
    assertThat(IpLiteral.parse(" 1.1.1.1 ")).containsExactly(1, 1, 1, 1);
  }

  @Test
  void refuses_host_names_and_malformed_literals_instead_of_resolving_them() {
    for (String s : new String[] {"localhost", "example.com", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4",
        "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "::g", "", "1.2.3.4/24", "\uFF11.1.1.1"}) {
      assertThat(IpLiteral.parse(s)).as(s).isNull();
    }
  }
}
