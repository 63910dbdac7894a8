package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.daylight.core.intel.IpIntel.IpInfo;
import io.daylight.core.intel.IpIntel.NetworkClass;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real data fetched by scripts/fetch-intel.sh (pinned versions). */
class MmdbIpIntelTest {

  static MmdbIpIntel intel;
  static MmdbIpIntel withX4BNetLists;

  @BeforeAll
  static void load() throws IOException {
    intel = Intel.shared().ipIntel();
    withX4BNetLists = MmdbIpIntel.open(IntelDirectory.locate(), NetworkCatalogue.bundled(), List.of(
        CidrNetworkList.x4bnet(SharedData.x4bnet(), "vpn", SharedData.X4BNET_COMMIT),
        CidrNetworkList.x4bnet(SharedData.x4bnet(), "datacenter", SharedData.X4BNET_COMMIT)));
  }

  @Test
  void places_google_public_dns_in_the_us_on_googles_network() {
    IpInfo info = intel.lookup("8.8.8.8").orElseThrow();
    assertThat(info.country()).isEqualTo("US");
    assertThat(info.asn()).isEqualTo(15169);
    assertThat(info.asOrg()).containsIgnoringCase("google");
    assertThat(info.ip()).isEqualTo("8.8.8.8");
  }

  @Test
  void puts_cloudflare_dns_on_cloudflares_network_without_calling_it_hosting() {
    IpInfo info = intel.lookup("1.1.1.1").orElseThrow();
    assertThat(info.asn()).isEqualTo(13335);
    assertThat(info.asOrg()).containsIgnoringCase("cloudflare");
    // The catalogue leaves Cloudflare out on purpose: WARP and iCloud Private Relay users egress there.
    assertThat(info.network()).isEqualTo(NetworkClass.UNKNOWN);
    assertThat(info.networkSource()).isNull();
  }

  @Test
  void reads_ipv6_literals() {
    IpInfo info = intel.lookup("2001:4860:4860::8888").orElseThrow();
    assertThat(info.asn()).isEqualTo(15169);
    assertThat(info.country()).isEqualTo("US");
    assertThat(intel.lookup("2606:4700:4700::1111").orElseThrow().asn()).isEqualTo(13335);
  }

  @Test
  void gives_a_city_and_coordinates_from_the_city_database() {
    // DB-IP Lite (dbip-city-mmdb 2.3.2026060513) places 8.8.8.8 at Google's Mountain View campus.
    IpInfo info = intel.lookup("8.8.8.8").orElseThrow();
    assertThat(info.city()).isEqualTo("Mountain View");
    assertThat(info.lat()).isCloseTo(37.42, within(0.01));
    assertThat(info.lon()).isCloseTo(-122.08, within(0.01));
  }

  @Test
  void answers_an_ipv4_mapped_ipv6_address_as_the_ipv4_address() {
    IpInfo mapped = intel.lookup("::ffff:8.8.8.8").orElseThrow();
    IpInfo plain = intel.lookup("8.8.8.8").orElseThrow();
    assertThat(mapped.asn()).isEqualTo(plain.asn());
    assertThat(mapped.city()).isEqualTo(plain.city());
  }

  @Test
  void classifies_an_aws_address_as_hosting_and_cites_the_catalogue_entry() {
    IpInfo aws = intel.lookup("54.0.0.1").orElseThrow();
    assertThat(aws.asn()).isEqualTo(16509);
    assertThat(aws.network()).isEqualTo(NetworkClass.HOSTING);
    assertThat(aws.networkSource()).contains("AS16509").contains("X4BNet/lists_vpn @167937a");
    // Benign look-alike: a Comcast residential address in the same kind of lookup stays unknown.
    IpInfo home = intel.lookup("73.1.2.3").orElseThrow();
    assertThat(home.asn()).isEqualTo(7922);
    assertThat(home.network()).isEqualTo(NetworkClass.UNKNOWN);
  }

  @Test
  void classifies_a_commercial_vpn_operators_address_as_vpn() {
    IpInfo surfshark = intel.lookup("2.59.202.10").orElseThrow();
    assertThat(surfshark.asn()).isEqualTo(209854);
    assertThat(surfshark.network()).isEqualTo(NetworkClass.VPN);
    // Korea Telecom, the ASN a public list once wrongly called VPN, is an ordinary eyeball network.
    IpInfo kt = intel.lookup("1.96.0.1").orElseThrow();
    assertThat(kt.asn()).isEqualTo(4766);
    assertThat(kt.network()).isEqualTo(NetworkClass.UNKNOWN);
  }

  @Test
  void classifies_a_mobile_carriers_address_as_mobile_and_a_cable_isps_as_unknown() {
    // T-Mobile USA's carrier-grade NAT gateways geolocate to the gateway's city, not the phone's.
    IpInfo tmobile = intel.lookup("23.18.0.1").orElseThrow();
    assertThat(tmobile.asn()).isEqualTo(21928);
    assertThat(tmobile.network()).isEqualTo(NetworkClass.MOBILE);
    assertThat(tmobile.network().anonymising()).isFalse();
    assertThat(tmobile.networkSource()).contains("mobile carriers", "T-Mobile USA, Inc.");
    IpInfo comcast = intel.lookup("23.24.0.1").orElseThrow();
    assertThat(comcast.asn()).isEqualTo(7922);
    assertThat(comcast.network()).isEqualTo(NetworkClass.UNKNOWN);
  }

  @Test
  void knows_nothing_about_private_reserved_or_non_address_input() {
    // 192.168.1.10 is in the pinned country data (as AU): special-purpose space must be filtered first.
    for (String ip : new String[] {"10.0.0.1", "192.168.1.10", "172.16.5.4", "127.0.0.1", "100.64.1.1",
        "169.254.1.1", "192.0.2.1", "fd00::1", "fe80::1", "::1", "::ffff:192.168.1.10", "2001:db8::1",
        "localhost", "dns.google", "not an ip", ""}) {
      assertThat(intel.lookup(ip)).as(ip).isEmpty();
    }
  }

  @Test
  void uses_cidr_lists_to_find_vpn_exits_on_networks_the_asn_catalogue_does_not_name() {
    // 104.28.0.0/16 is Cloudflare WARP egress, which X4BNet's VPN output list carries.
    assertThat(intel.lookup("104.28.139.241").orElseThrow().network()).isEqualTo(NetworkClass.UNKNOWN);
    IpInfo warp = withX4BNetLists.lookup("104.28.139.241").orElseThrow();
    assertThat(warp.asn()).isEqualTo(13335);
    assertThat(warp.network()).isEqualTo(NetworkClass.VPN);
    assertThat(warp.networkSource()).isEqualTo("X4BNet/lists_vpn @167937a output/vpn");
    // Benign look-alike: Cloudflare's public resolver is on no list.
    assertThat(withX4BNetLists.lookup("1.1.1.1").orElseThrow().network()).isEqualTo(NetworkClass.UNKNOWN);
  }

  @Test
  void lets_the_more_specific_class_win_when_sources_disagree() {
    // AS9009 (M247) is HOSTING in the catalogue; X4BNet's VPN output holds some of its ranges.
    IpInfo vpnRange = withX4BNetLists.lookup("2.56.16.1").orElseThrow();
    assertThat(vpnRange.asn()).isEqualTo(9009);
    assertThat(vpnRange.network()).isEqualTo(NetworkClass.VPN);
    assertThat(vpnRange.networkSource()).isEqualTo("X4BNet/lists_vpn @167937a output/vpn");
    // Benign look-alike: another M247 range, on no VPN list, stays HOSTING from the catalogue.
    IpInfo otherRange = withX4BNetLists.lookup("23.27.84.1").orElseThrow();
    assertThat(otherRange.asn()).isEqualTo(9009);
    assertThat(otherRange.network()).isEqualTo(NetworkClass.HOSTING);
    assertThat(otherRange.networkSource()).startsWith("catalogue ").contains("AS9009");
  }
}
