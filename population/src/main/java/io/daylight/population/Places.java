package io.daylight.population;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The places the population lives, travels to and is operated from. Coordinates are the GeoNames
 * city centres (within 15 km of the most populous GeoNames city of the name in {@code cities.tsv}
 * of fetch-intel.sh: {@code PlacesTest}); zones are IANA tz database names; US area codes are the
 * NANPA assignments for the city; ZIP prefixes are the USPS 3-digit prefixes of the city.
 */
final class Places {
  /**
   * @param name city as the IP databases spell it (ASCII)
   * @param region ISO 3166-2 subdivision code without the country prefix
   * @param weight relative share of the workforce declaring it (metro population order of magnitude,
   *     US Census 2020 metro estimates for US cities; assumed for foreign cities)
   * @param dial country calling code and area/mobile prefixes used to make phone numbers
   * @param postal postal-code prefix (US ZIP3) or a full code pattern for foreign cities
   */
  record City(String name, String region, String country, double lat, double lon, String zone,
              double weight, List<String> dial, String postal) {
    double km(City o) {
      return Places.km(lat, lon, o.lat, o.lon);
    }

    double km(double la, double lo) {
      return Places.km(lat, lon, la, lo);
    }
  }

  private static City us(String n, String r, double lat, double lon, String zone, double w, String zip, String... area) {
    return new City(n, r, "US", lat, lon, zone, w, List.of(area), zip);
  }

  /** US cities workers declare (and facilitators live in). */
  static final List<City> US = List.of(
      us("New York", "NY", 40.7128, -74.0060, "America/New_York", 19.5, "100", "212", "646", "718", "917"),
      us("Los Angeles", "CA", 34.0522, -118.2437, "America/Los_Angeles", 12.8, "900", "213", "323", "310"),
      us("Chicago", "IL", 41.8781, -87.6298, "America/Chicago", 9.4, "606", "312", "773", "872"),
      us("Dallas", "TX", 32.7767, -96.7970, "America/Chicago", 7.6, "752", "214", "469", "972"),
      us("Houston", "TX", 29.7604, -95.3698, "America/Chicago", 7.1, "770", "713", "281", "832"),
      us("Atlanta", "GA", 33.7490, -84.3880, "America/New_York", 6.1, "303", "404", "470", "678"),
      us("Philadelphia", "PA", 39.9526, -75.1652, "America/New_York", 6.2, "191", "215", "267"),
      us("Miami", "FL", 25.7617, -80.1918, "America/New_York", 6.1, "331", "305", "786"),
      us("Phoenix", "AZ", 33.4484, -112.0740, "America/Phoenix", 4.8, "850", "602", "480", "623"),
      us("Boston", "MA", 42.3601, -71.0589, "America/New_York", 4.9, "021", "617", "857"),
      us("Seattle", "WA", 47.6062, -122.3321, "America/Los_Angeles", 4.0, "981", "206", "425"),
      us("San Jose", "CA", 37.3382, -121.8863, "America/Los_Angeles", 2.0, "951", "408", "669"),
      us("Minneapolis", "MN", 44.9778, -93.2650, "America/Chicago", 3.7, "554", "612", "763"),
      us("San Diego", "CA", 32.7157, -117.1611, "America/Los_Angeles", 3.3, "921", "619", "858"),
      us("Tampa", "FL", 27.9506, -82.4572, "America/New_York", 3.2, "336", "813", "727"),
      us("Denver", "CO", 39.7392, -104.9903, "America/Denver", 3.0, "802", "303", "720"),
      us("Detroit", "MI", 42.3314, -83.0458, "America/Detroit", 4.3, "482", "313", "248"),
      us("Charlotte", "NC", 35.2271, -80.8431, "America/New_York", 2.7, "282", "704", "980"),
      us("Orlando", "FL", 28.5383, -81.3792, "America/New_York", 2.7, "328", "407", "689"),
      us("San Antonio", "TX", 29.4241, -98.4936, "America/Chicago", 2.6, "782", "210", "726"),
      us("Portland", "OR", 45.5152, -122.6784, "America/Los_Angeles", 2.5, "972", "503", "971"),
      us("Austin", "TX", 30.2672, -97.7431, "America/Chicago", 2.4, "787", "512", "737"),
      us("Las Vegas", "NV", 36.1699, -115.1398, "America/Los_Angeles", 2.3, "891", "702", "725"),
      us("Kansas City", "MO", 39.0997, -94.5786, "America/Chicago", 2.2, "641", "816", "975"),
      us("Columbus", "OH", 39.9612, -82.9988, "America/New_York", 2.1, "432", "614", "380"),
      us("Nashville", "TN", 36.1627, -86.7816, "America/Chicago", 2.0, "372", "615", "629"),
      us("Raleigh", "NC", 35.7796, -78.6382, "America/New_York", 1.4, "276", "919", "984"),
      us("Salt Lake City", "UT", 40.7608, -111.8910, "America/Denver", 1.3, "841", "801", "385"));

  private static City abroad(String n, String r, String cc, double lat, double lon, String zone, double w, String postal, String... dial) {
    return new City(n, r, cc, lat, lon, zone, w, List.of(dial), postal);
  }

  /**
   * Cities honest workers live in outside the US (nearshore and offshore hiring: Canada, UK,
   * Poland, India, the Philippines, Brazil, Mexico).
   */
  static final List<City> FOREIGN = List.of(
      abroad("Toronto", "ON", "CA", 43.6532, -79.3832, "America/Toronto", 3, "M5V", "+1416", "+1647"),
      abroad("Vancouver", "BC", "CA", 49.2827, -123.1207, "America/Vancouver", 2, "V6B", "+1604", "+1778"),
      abroad("Montreal", "QC", "CA", 45.5019, -73.5674, "America/Toronto", 2, "H2X", "+1514", "+1438"),
      abroad("London", "ENG", "GB", 51.5072, -0.1276, "Europe/London", 3, "EC1A", "+447700"),
      abroad("Manchester", "ENG", "GB", 53.4808, -2.2426, "Europe/London", 1, "M1", "+447700"),
      abroad("Warsaw", "14", "PL", 52.2297, 21.0122, "Europe/Warsaw", 2, "00-", "+4850", "+4860"),
      abroad("Krakow", "12", "PL", 50.0647, 19.9450, "Europe/Warsaw", 1, "30-", "+4851", "+4866"),
      abroad("Bengaluru", "KA", "IN", 12.9716, 77.5946, "Asia/Kolkata", 3, "560", "+9198", "+9199"),
      abroad("Hyderabad", "TG", "IN", 17.3850, 78.4867, "Asia/Kolkata", 1, "500", "+9190", "+9191"),
      abroad("Pune", "MH", "IN", 18.5204, 73.8567, "Asia/Kolkata", 1, "411", "+9197"),
      abroad("Manila", "00", "PH", 14.5995, 120.9842, "Asia/Manila", 2, "10", "+63917", "+63918"),
      abroad("Cebu City", "07", "PH", 10.3157, 123.8854, "Asia/Manila", 1, "60", "+63927"),
      abroad("Sao Paulo", "SP", "BR", -23.5505, -46.6333, "America/Sao_Paulo", 2, "01", "+5511"),
      abroad("Mexico City", "CMX", "MX", 19.4326, -99.1332, "America/Mexico_City", 2, "06", "+5255"),
      abroad("Guadalajara", "JAL", "MX", 20.6597, -103.3496, "America/Mexico_City", 1, "44", "+5233"));

  /**
   * Where operators sit (Mandiant UNC5267 2024 and Google Threat Intelligence 2025: mostly China and
   * Russia, also Laos and the UAE; DPRK's own Internet reaches the world through China Unicom and
   * Rostelecom). {@code Pyongyang} has no prefix of its own here: its traffic leaves by Shenyang.
   */
  static final List<City> OPERATORS = List.of(
      abroad("Shenyang", "LN", "CN", 41.8057, 123.4315, "Asia/Shanghai", 4, "110", "+86"),
      abroad("Dandong", "LN", "CN", 40.1245, 124.3945, "Asia/Shanghai", 3, "118", "+86"),
      abroad("Beijing", "BJ", "CN", 39.9042, 116.4074, "Asia/Shanghai", 1, "100", "+86"),
      abroad("Pyongyang", "01", "KP", 39.0392, 125.7625, "Asia/Pyongyang", 2, "", "+850"),
      abroad("Vladivostok", "PRI", "RU", 43.1198, 131.8869, "Asia/Vladivostok", 1, "690", "+7"),
      abroad("Vientiane", "VT", "LA", 17.9757, 102.6331, "Asia/Vientiane", 1, "01", "+856"),
      abroad("Dubai", "DU", "AE", 25.2048, 55.2708, "Asia/Dubai", 1, "", "+971"));

  /** Places of data centres that are not worker cities (VPN exits, rented servers). */
  static final List<City> DATA_CENTRES = List.of(
      abroad("Ashburn", "VA", "US", 39.0438, -77.4874, "America/New_York", 0, "201", "+1"),
      abroad("Santa Clara", "CA", "US", 37.3541, -121.9552, "America/Los_Angeles", 0, "950", "+1"),
      abroad("Secaucus", "NJ", "US", 40.7895, -74.0565, "America/New_York", 0, "070", "+1"),
      abroad("Frankfurt", "HE", "DE", 50.1109, 8.6821, "Europe/Berlin", 0, "603", "+49"),
      abroad("Singapore", "", "SG", 1.3521, 103.8198, "Asia/Singapore", 0, "", "+65"),
      abroad("Hong Kong", "", "HK", 22.3193, 114.1694, "Asia/Hong_Kong", 0, "", "+852"));

  private Places() {}

  static City weighted(List<City> cities, SplittableRandom random) {
    double total = cities.stream().mapToDouble(City::weight).sum();
    double x = random.nextDouble() * total;
    for (City c : cities) {
      x -= c.weight();
      if (x < 0) return c;
    }
    return cities.get(cities.size() - 1);
  }

  static City named(String name) {
    for (List<City> l : List.of(US, FOREIGN, OPERATORS, DATA_CENTRES))
      for (City c : l) if (c.name().equals(name)) return c;
    throw new IllegalArgumentException("no such place: " + name);
  }

  /** Great-circle distance in km (haversine, mean Earth radius 6,371.0 km). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
    double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
