package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.core.intel.IpIntel.NetworkClass;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkCatalogueTest {

  @Test
  void ships_the_big_clouds_as_hosting_and_commercial_vpn_operators_as_vpn() {
    NetworkCatalogue c = NetworkCatalogue.bundled();
    for (long asn : new long[] {16509, 14618, 396982, 8075, 14061, 16276, 24940, 63949, 20473, 9009, 60068}) {
      assertThat(c.byAsn(asn)).as("AS" + asn).get().extracting(NetworkEntry::networkClass).isEqualTo(NetworkClass.HOSTING);
    }
    for (long asn : new long[] {136787, 207137, 209854, 208172, 216025}) {
      assertThat(c.byAsn(asn)).as("AS" + asn).get().extracting(NetworkEntry::networkClass).isEqualTo(NetworkClass.VPN);
    }
    assertThat(c.byAsn(13335)).isEmpty();
    assertThat(c.version()).isNotBlank();
  }

  @Test
  void gives_every_bundled_entry_a_source_and_a_date() {
    assertThat(NetworkCatalogue.bundled().entries()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source()).isNotBlank();
      assertThat(e.added()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 21));
    });
  }

  @Test
  void names_no_large_eyeball_isp_in_the_bundled_catalogue() {
    EyeballAsns eyeballs = EyeballAsns.bundled();
    assertThat(eyeballs.size()).isGreaterThan(40);
    assertThat(NetworkCatalogue.bundled().entries()).noneMatch(e -> eyeballs.find(e.asn()).isPresent());
  }

  @Test
  void refuses_a_catalogue_that_lists_an_asn_twice() {
    String json = """
        {"version":"t","entries":[
          {"asn":1,"name":"a","class":"VPN","source":"s","added":"2026-01-01"},
          {"asn":1,"name":"b","class":"HOSTING","source":"s","added":"2026-01-01"}]}""";
    assertThatThrownBy(() -> NetworkCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("AS1 is listed twice");
  }

  @Test
  void refuses_an_entry_without_a_source() {
    assertThatThrownBy(() -> new NetworkEntry(64500, "x", NetworkClass.VPN, " ", LocalDate.now()))
        .hasMessageContaining("no source");
  }

  @Test
  void keeps_curated_entries_over_imported_ones_for_the_same_asn() {
    NetworkCatalogue c = NetworkCatalogue.bundled().plus("import", List.of(
        new NetworkEntry(60729, "imported", NetworkClass.VPN, "elsewhere", LocalDate.of(2026, 1, 1)),
        new NetworkEntry(64512, "new", NetworkClass.HOSTING, "elsewhere", LocalDate.of(2026, 1, 1))));
    assertThat(c.byAsn(60729).orElseThrow().networkClass()).isEqualTo(NetworkClass.TOR);
    assertThat(c.byAsn(64512).orElseThrow().name()).isEqualTo("new");
    assertThat(c.version()).endsWith("+import");
  }
}
