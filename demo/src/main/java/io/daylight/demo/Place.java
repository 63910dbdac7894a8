package io.daylight.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A city people live in or travel to: real centre coordinates (GeoNames), its IANA time zone, a few
 * of its real postal codes and telephone area codes, and the residential IP prefixes of the
 * checked-in table that geolocate to it.
 */
public record Place(String id, String city, String region, String country, LatLon at, String tz,
                    List<String> postals, List<String> areaCodes, List<String> homePrefixes) {

  private static Place p(String id, String city, String region, String country, double lat, double lon,
                         String tz, List<String> postals, List<String> areaCodes, List<String> prefixes) {
    return new Place(id, city, region, country, new LatLon(lat, lon), tz, postals, areaCodes, prefixes);
  }

  /** Where the demo organisation's people live, work and travel. */
  public static final List<Place> ALL = List.of(
      p("phoenix", "Phoenix", "AZ", "US", 33.4484, -112.0740, "America/Phoenix", List.of("85004", "85016", "85021"), List.of("602", "480"), List.of("phx-cox", "phx-centurylink")),
      p("denver", "Denver", "CO", "US", 39.7392, -104.9903, "America/Denver", List.of("80202", "80205", "80210"), List.of("303", "720"), List.of("den-comcast")),
      p("seattle", "Seattle", "WA", "US", 47.6062, -122.3321, "America/Los_Angeles", List.of("98101", "98103", "98118"), List.of("206"), List.of("sea-comcast")),
      p("austin", "Austin", "TX", "US", 30.2672, -97.7431, "America/Chicago", List.of("78701", "78704", "78751"), List.of("512", "737"), List.of("aus-charter")),
      p("chicago", "Chicago", "IL", "US", 41.8781, -87.6298, "America/Chicago", List.of("60601", "60614", "60657"), List.of("312", "773"), List.of("chi-comcast")),
      p("atlanta", "Atlanta", "GA", "US", 33.7490, -84.3880, "America/New_York", List.of("30303", "30308", "30318"), List.of("404", "678"), List.of("atl-comcast")),
      p("boston", "Boston", "MA", "US", 42.3601, -71.0589, "America/New_York", List.of("02108", "02116", "02130"), List.of("617", "857"), List.of("bos-comcast")),
      p("newyork", "New York", "NY", "US", 40.7128, -74.0060, "America/New_York", List.of("10001", "10025", "11215"), List.of("212", "718", "917"), List.of("nyc-verizon")),
      p("sanfrancisco", "San Francisco", "CA", "US", 37.7749, -122.4194, "America/Los_Angeles", List.of("94103", "94110", "94117"), List.of("415", "628"), List.of("sfo-comcast")),
      p("portland", "Portland", "OR", "US", 45.5152, -122.6784, "America/Los_Angeles", List.of("97201", "97209", "97214"), List.of("503", "971"), List.of("pdx-centurylink")),
      p("minneapolis", "Minneapolis", "MN", "US", 44.9778, -93.2650, "America/Chicago", List.of("55401", "55408", "55414"), List.of("612"), List.of("msp-centurylink")),
      p("bozeman", "Bozeman", "MT", "US", 45.6770, -111.0429, "America/Denver", List.of("59715", "59718"), List.of("406"), List.of()),
      p("toronto", "Toronto", "ON", "CA", 43.6532, -79.3832, "America/Toronto", List.of("M5V 2T6", "M4C 1B5", "M6K 3P6"), List.of("416", "647"), List.of("yyz-rogers")),
      p("london", "London", "ENG", "GB", 51.5074, -0.1278, "Europe/London", List.of("E1 6AN", "N1 9GU", "SE15 4QL"), List.of("20"), List.of("lon-bt")),
      p("berlin", "Berlin", "BE", "DE", 52.5200, 13.4050, "Europe/Berlin", List.of("10115", "10245", "12047"), List.of("30"), List.of("ber-telekom")),
      p("paris", "Paris", "IDF", "FR", 48.8566, 2.3522, "Europe/Paris", List.of("75011", "75018", "75020"), List.of("1"), List.of("par-orange")),
      p("warsaw", "Warsaw", "MZ", "PL", 52.2297, 21.0122, "Europe/Warsaw", List.of("00-001", "02-495", "03-802"), List.of("22"), List.of("waw-orange")),
      p("bengaluru", "Bengaluru", "KA", "IN", 12.9716, 77.5946, "Asia/Kolkata", List.of("560001", "560034", "560076"), List.of("80"), List.of("blr-airtel")),
      p("makati", "Makati", "NCR", "PH", 14.5547, 121.0244, "Asia/Manila", List.of("1200", "1209", "1634"), List.of("2"), List.of("mnl-pldt", "mnl-globe")),
      p("saopaulo", "Sao Paulo", "SP", "BR", -23.5505, -46.6333, "America/Sao_Paulo", List.of("01310-100", "04538-133", "05422-030"), List.of("11"), List.of("sao-vivo")),
      p("mexicocity", "Mexico City", "CMX", "MX", 19.4326, -99.1332, "America/Mexico_City", List.of("06700", "03100", "11560"), List.of("55"), List.of("mex-telmex")),
      p("lisbon", "Lisbon", "11", "PT", 38.7223, -9.1393, "Europe/Lisbon", List.of("1100-148"), List.of("21"), List.of("lis-meo")),
      p("tokyo", "Tokyo", "13", "JP", 35.6940, 139.7536, "Asia/Tokyo", List.of("100-0005"), List.of("3"), List.of("tyo-ntt")),
      // Where remote operators and the worker behind a VPN really are (no IP of theirs is ever seen).
      p("shenyang", "Shenyang", "LN", "CN", 41.8057, 123.4315, "Asia/Shanghai", List.of("110000"), List.of("24"), List.of()),
      p("dandong", "Dandong", "LN", "CN", 40.1292, 124.3947, "Asia/Shanghai", List.of("118000"), List.of("415"), List.of()),
      p("vladivostok", "Vladivostok", "PRI", "RU", 43.1155, 131.8855, "Asia/Vladivostok", List.of("690091"), List.of("423"), List.of()),
      // The IT help desk that uses the sanctioned remote-support tool.
      p("dallas", "Dallas", "TX", "US", 32.7767, -96.7970, "America/Chicago", List.of("75201"), List.of("214"), List.of()));

  private static final Map<String, Place> BY_ID = ALL.stream().collect(Collectors.toMap(Place::id, Function.identity()));

  public static Place byId(String id) {
    Place p = BY_ID.get(id);
    if (p == null) throw new IllegalArgumentException("no place " + id);
    return p;
  }
}
