package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.intel.IpIntel.NetworkClass;
import io.daylight.intel.NetworkCatalogueImporter.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCatalogueImporterTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  final NetworkCatalogueImporter importer = new NetworkCatalogueImporter(EyeballAsns.bundled());

  @Test
  void imports_x4bnets_lists_with_provenance_on_every_entry() throws IOException {
    ImportResult r = importer.importX4BNet(SharedData.x4bnet(), SharedData.X4BNET_COMMIT, TODAY);
    // @167937a: 15 distinct VPN ASNs, 892 distinct data-centre ASNs, 3 on both lists (AS9009,
    // AS60729, AS212238), so 904 entries; no line names a deny-listed eyeball ISP.
    assertThat(r.accepted()).hasSize(904);
    assertThat(r.refused()).isEmpty();
    assertThat(r.accepted()).filteredOn(e -> e.networkClass() == NetworkClass.VPN).hasSize(15);
    NetworkEntry surfshark = r.accepted().stream().filter(e -> e.asn() == 209854).findFirst().orElseThrow();
    assertThat(surfshark.networkClass()).isEqualTo(NetworkClass.VPN);
    assertThat(surfshark.name()).isEqualTo("Surfshark");
    assertThat(surfshark.source()).isEqualTo("X4BNet/lists_vpn @167937a input/vpn/ASN.txt \"Surfshark\"");
    assertThat(surfshark.added()).isEqualTo(TODAY);
    NetworkEntry m247 = r.accepted().stream().filter(e -> e.asn() == 9009).findFirst().orElseThrow();
    assertThat(m247.networkClass()).as("on both lists: kept once, as VPN").isEqualTo(NetworkClass.VPN);
    NetworkEntry ionos = r.accepted().stream().filter(e -> e.asn() == 8560).findFirst().orElseThrow();
    assertThat(ionos.networkClass()).isEqualTo(NetworkClass.HOSTING);
    assertThat(ionos.source()).contains("input/datacenter/ASN.txt");
  }

  @Test
  void refuses_korea_telecom_in_a_vpn_list_and_says_why(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("ASN.txt");
    Files.writeString(list, """
        AS209854 # Surfshark
        AS4766 # Korea Telecom
        AS7922 # some list's mistake
        AS20473\t# AS-CHOOPA
        garbage line
        """);
    ImportResult r = importer.importAsnList(list, NetworkClass.VPN, "test list", TODAY);
    assertThat(r.accepted()).extracting(NetworkEntry::asn).containsExactly(209854L, 20473L);
    assertThat(r.refused()).extracting(NetworkCatalogueImporter.Refusal::asn).containsExactly(4766L, 7922L, 0L);
    assertThat(r.refused().get(0).reason()).contains("large eyeball ISP").contains("Korea Telecom")
        .contains("needs a person's review");
    assertThat(r.refused().get(0).line()).isEqualTo(2);
    assertThat(r.refused().get(2).reason()).contains("not an 'AS<number>");
  }

  @Test
  void reads_x4bnets_cidr_output_into_a_lookup() throws IOException {
    CidrNetworkList vpn = CidrNetworkList.x4bnet(SharedData.x4bnet(), "vpn", SharedData.X4BNET_COMMIT);
    assertThat(vpn.networkClass()).isEqualTo(NetworkClass.VPN);
    assertThat(vpn.ranges()).isPositive().isLessThanOrEqualTo(10862 + 498);
    assertThat(vpn.contains("2.26.157.7")).isTrue();   // output/vpn/ipv4.txt line 1: 2.26.157.0/24
    assertThat(vpn.contains("2.26.158.7")).isFalse();
    assertThat(vpn.contains("2001:550:1d05:1::1")).isTrue(); // ipv6.txt: 2001:550:1d05::/48
    assertThat(vpn.contains("2001:550:1d06::1")).isFalse();
    assertThat(vpn.contains("not an address")).isFalse();
    CidrNetworkList dc = CidrNetworkList.x4bnet(SharedData.x4bnet(), "datacenter", SharedData.X4BNET_COMMIT);
    assertThat(dc.networkClass()).isEqualTo(NetworkClass.HOSTING);
    assertThat(dc.source()).isEqualTo("X4BNet/lists_vpn @167937a output/datacenter");
  }
}
