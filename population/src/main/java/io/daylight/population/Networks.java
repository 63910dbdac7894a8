package io.daylight.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where applications come from on the network: a small table of real IPv4 /24s, each with the
 * autonomous system that announces it. How it was built (2026-12-06): prefixes and holders from
 * ip-location-db {@code asn-ipv4.csv} (RouteViews + NRO delegations, package 2.3.2026061719);
 * each residential /24 was kept only if DB-IP City Lite ({@code dbip-city-mmdb} 2.3.2026060513)
 * places its first host within 40 km of the city it is listed under, so an honest applicant's
 * address geolocates to about where they live, as real cable/DSL addresses mostly do. Mobile
 * carrier /24s geolocate to the carrier's gateway city (Chicago, Newark, Atlanta, ...), which is how
 * carrier-grade NAT really looks (public-reporting.md: carrier gateways 1,000-4,000 km away).
 * VPN exits are listed in X4BNet lists_vpn {@code output/vpn/ipv4.txt} (shared/data/x4bnet-vpn);
 * the "rented" hosting /24s are hosting prefixes that list does not carry.
 */
final class Networks {
  /** One announced prefix (a /24 here) and its origin AS. */
  record Prefix(String cidr, String asn, String holder, String place) {
    /** A host address in the /24 (.2-.254: .0, .1 and .255 are rarely end hosts). */
    String host(SplittableRandom r) {
      return base() + (2 + r.nextInt(253));
    }

    String base() {
      String a = cidr.substring(0, cidr.indexOf('/'));
      return a.substring(0, a.lastIndexOf('.') + 1);
    }
  }

  /** Holder names as registered (ip-location-db asn-ipv4.csv). */
  private static final Map<String, String> HOLDERS = Map.ofEntries(
      Map.entry("AS10796", "Charter Communications Inc"),
      Map.entry("AS11427", "Charter Communications Inc"),
      Map.entry("AS12741", "Netia SA"),
      Map.entry("AS132199", "Globe Telecom Inc."),
      Map.entry("AS15895", "Kyivstar PJSC"),
      Map.entry("AS18881", "TELEFONICA BRASIL S.A"),
      Map.entry("AS20001", "Charter Communications Inc"),
      Map.entry("AS20115", "Charter Communications"),
      Map.entry("AS209", "CenturyLink Communications, LLC"),
      Map.entry("AS22773", "Cox Communications Inc."),
      Map.entry("AS24309", "Atria Convergence Technologies Pvt. Ltd.,"),
      Map.entry("AS24560", "Bharti Airtel Limited"),
      Map.entry("AS26599", "TELEFONICA BRASIL S.A"),
      Map.entry("AS28548", "Cablevision, S.A. de C.V."),
      Map.entry("AS2856", "British Telecommunications PLC"),
      Map.entry("AS28573", "Claro NXT Telecomunicacoes Ltda"),
      Map.entry("AS29465", "MTN NIGERIA Communication limited"),
      Map.entry("AS3209", "Vodafone GmbH"),
      Map.entry("AS3255", "LLC EKSINTECH"),
      Map.entry("AS3320", "Deutsche Telekom AG"),
      Map.entry("AS37148", "Globacom Limited"),
      Map.entry("AS5089", "Virgin Media Limited"),
      Map.entry("AS55836", "Reliance Jio Infocomm Limited"),
      Map.entry("AS5607", "Sky UK Limited"),
      Map.entry("AS5617", "Orange Polska Spolka Akcyjna"),
      Map.entry("AS5645", "TekSavvy Solutions, Inc."),
      Map.entry("AS577", "Bell Canada"),
      Map.entry("AS6128", "Cablevision Systems Corp."),
      Map.entry("AS6805", "Telefonica Germany GmbH & Co.OHG"),
      Map.entry("AS701", "Verizon Business"),
      Map.entry("AS7018", "AT&T Enterprises, LLC"),
      Map.entry("AS7922", "Comcast Cable Communications, LLC"),
      Map.entry("AS812", "Rogers Communications Canada Inc."),
      Map.entry("AS8151", "Uninet S.A. de C.V."),
      Map.entry("AS9299", "Philippine Long Distance Telephone Co."),
      Map.entry("AS9829", "Bharat Sanchar Nigam Ltd"));

  /** city|prefix|origin AS: residential access networks verified to geolocate within 40 km of the city. */
  private static final String RESIDENTIAL = """
      Boston|24.61.149.0/24|AS7922
      Boston|66.189.98.0/24|AS20115
      Boston|70.242.99.0/24|AS7018
      Boston|208.226.246.0/24|AS701
      Boston|70.186.182.0/24|AS22773
      Boston|76.32.118.0/24|AS20001
      Atlanta|96.85.76.0/24|AS7922
      Atlanta|24.241.165.0/24|AS20115
      Atlanta|184.136.91.0/24|AS7018
      Atlanta|65.200.62.0/24|AS701
      Atlanta|50.159.92.0/24|AS22773
      Atlanta|204.210.121.0/24|AS20001
      Washington|96.105.215.0/24|AS7922
      Washington|216.46.95.0/24|AS20115
      Washington|71.158.75.0/24|AS7018
      Washington|141.154.63.0/24|AS701
      Washington|67.102.57.0/24|AS22773
      Washington|76.167.13.0/24|AS20001
      Chicago|73.51.185.0/24|AS7922
      Chicago|24.216.241.0/24|AS20115
      Chicago|12.100.9.0/24|AS7018
      Chicago|63.105.35.0/24|AS701
      Chicago|72.213.248.0/24|AS22773
      Chicago|88.216.212.0/24|AS20001
      Detroit|68.37.37.0/24|AS7922
      Detroit|67.103.249.0/24|AS20115
      Detroit|108.70.62.0/24|AS7018
      Detroit|208.230.87.0/24|AS701
      Detroit|68.111.131.0/24|AS22773
      Detroit|65.122.80.0/24|AS209
      New York|74.22.118.0/24|AS7922
      New York|96.34.145.0/24|AS20115
      New York|12.91.197.0/24|AS7018
      New York|63.0.207.0/24|AS701
      New York|72.210.90.0/24|AS22773
      New York|172.88.220.0/24|AS20001
      Houston|76.31.98.0/24|AS7922
      Houston|70.140.69.0/24|AS7018
      Houston|208.226.74.0/24|AS701
      Houston|75.81.168.0/24|AS11427
      Houston|70.94.213.0/24|AS10796
      Houston|65.124.220.0/24|AS209
      Philadelphia|69.253.32.0/24|AS7922
      Philadelphia|67.103.224.0/24|AS20115
      Philadelphia|12.235.83.0/24|AS7018
      Philadelphia|173.72.108.0/24|AS701
      Philadelphia|76.1.43.0/24|AS209
      Philadelphia|69.114.148.0/24|AS6128
      San Jose|73.241.51.0/24|AS7922
      San Jose|97.82.112.0/24|AS20115
      San Jose|70.228.73.0/24|AS7018
      San Jose|208.226.87.0/24|AS701
      San Jose|68.4.53.0/24|AS22773
      San Jose|205.179.234.0/24|AS20001
      Austin|73.32.10.0/24|AS7922
      Austin|75.13.80.0/24|AS7018
      Austin|63.104.55.0/24|AS701
      Austin|68.203.3.0/24|AS11427
      Austin|70.94.173.0/24|AS10796
      Austin|67.132.150.0/24|AS209
      Salt Lake City|76.23.38.0/24|AS7922
      Salt Lake City|216.100.86.0/24|AS7018
      Salt Lake City|63.77.165.0/24|AS701
      Salt Lake City|97.117.192.0/24|AS209
      Salt Lake City|69.240.224.0/24|AS7922
      Salt Lake City|216.100.165.0/24|AS7018
      Denver|96.69.147.0/24|AS7922
      Denver|24.176.188.0/24|AS20115
      Denver|69.0.80.0/24|AS7018
      Denver|63.81.70.0/24|AS701
      Denver|64.183.115.0/24|AS20001
      Denver|24.174.185.0/24|AS11427
      Seattle|173.160.167.0/24|AS7922
      Seattle|68.116.109.0/24|AS20115
      Seattle|71.146.89.0/24|AS7018
      Seattle|71.112.238.0/24|AS701
      Seattle|157.254.254.0/24|AS22773
      Seattle|98.145.141.0/24|AS20001
      Dallas|98.196.152.0/24|AS7922
      Dallas|174.82.20.0/24|AS20115
      Dallas|199.108.218.0/24|AS7018
      Dallas|207.18.171.0/24|AS701
      Dallas|24.248.15.0/24|AS22773
      Dallas|172.88.66.0/24|AS20001
      Portland|73.240.119.0/24|AS7922
      Portland|173.41.62.0/24|AS20115
      Portland|172.6.245.0/24|AS7018
      Portland|71.111.55.0/24|AS701
      Portland|199.181.153.0/24|AS22773
      Portland|67.42.15.0/24|AS209
      Miami|73.56.117.0/24|AS7922
      Miami|107.193.158.0/24|AS7018
      Miami|208.200.116.0/24|AS701
      Miami|76.90.147.0/24|AS20001
      Miami|65.156.56.0/24|AS209
      Miami|50.248.9.0/24|AS7922
      Pittsburgh|71.224.73.0/24|AS7922
      Pittsburgh|12.123.101.0/24|AS7018
      Pittsburgh|71.182.128.0/24|AS701
      Pittsburgh|147.53.114.0/24|AS20001
      Pittsburgh|63.147.138.0/24|AS209
      Pittsburgh|73.79.73.0/24|AS7922
      San Francisco|70.89.159.0/24|AS7922
      San Francisco|67.103.41.0/24|AS20115
      San Francisco|70.228.73.0/24|AS7018
      San Francisco|216.233.55.0/24|AS701
      San Francisco|138.229.98.0/24|AS20001
      San Francisco|204.133.122.0/24|AS209
      Minneapolis|73.65.55.0/24|AS7922
      Minneapolis|35.151.97.0/24|AS20115
      Minneapolis|12.165.109.0/24|AS7018
      Minneapolis|208.196.15.0/24|AS701
      Minneapolis|97.116.99.0/24|AS209
      Minneapolis|76.156.128.0/24|AS7922
      Nashville|50.76.175.0/24|AS7922
      Nashville|173.41.233.0/24|AS20115
      Nashville|99.2.3.0/24|AS7018
      Nashville|65.198.248.0/24|AS701
      Nashville|104.34.214.0/24|AS20001
      Nashville|192.154.185.0/24|AS11427
      Los Angeles|71.198.109.0/24|AS7922
      Los Angeles|47.34.141.0/24|AS20115
      Los Angeles|99.27.104.0/24|AS7018
      Los Angeles|152.199.236.0/24|AS701
      Los Angeles|24.120.212.0/24|AS22773
      Los Angeles|76.172.212.0/24|AS20001
      Phoenix|76.159.199.0/24|AS7922
      Phoenix|12.154.209.0/24|AS7018
      Phoenix|63.64.245.0/24|AS701
      Phoenix|68.99.142.0/24|AS22773
      Phoenix|69.174.120.0/24|AS20001
      Phoenix|150.220.131.0/24|AS11427
      Indianapolis|68.45.235.0/24|AS7922
      Indianapolis|139.125.24.0/24|AS7018
      Indianapolis|65.204.92.0/24|AS701
      Indianapolis|67.236.111.0/24|AS209
      Indianapolis|24.38.252.0/24|AS6128
      Indianapolis|73.103.128.0/24|AS7922
      Tampa|73.57.60.0/24|AS7922
      Tampa|23.84.159.0/24|AS20115
      Tampa|12.17.83.0/24|AS7018
      Tampa|100.41.129.0/24|AS701
      Tampa|74.4.53.0/24|AS209
      Tampa|96.204.162.0/24|AS7922
      Kansas City|73.67.57.0/24|AS7922
      Kansas City|24.216.144.0/24|AS20115
      Kansas City|99.148.0.0/24|AS7018
      Kansas City|208.192.65.0/24|AS701
      Kansas City|72.194.0.0/24|AS22773
      Kansas City|108.167.66.0/24|AS11427
      Raleigh|68.46.197.0/24|AS7922
      Raleigh|97.95.179.0/24|AS20115
      Raleigh|107.223.189.0/24|AS7018
      Raleigh|63.126.89.0/24|AS701
      Raleigh|208.46.34.0/24|AS209
      Raleigh|174.163.143.0/24|AS7922
      Charlotte|96.74.201.0/24|AS7922
      Charlotte|68.115.239.0/24|AS20115
      Charlotte|108.235.207.0/24|AS7018
      Charlotte|63.114.204.0/24|AS701
      Charlotte|98.162.236.0/24|AS22773
      Charlotte|184.2.191.0/24|AS209
      San Diego|104.182.67.0/24|AS7018
      San Diego|208.218.147.0/24|AS701
      San Diego|70.181.152.0/24|AS22773
      San Diego|66.75.42.0/24|AS20001
      San Diego|65.141.222.0/24|AS209
      San Diego|47.16.38.0/24|AS6128
      Columbus|108.217.93.0/24|AS7018
      Columbus|65.244.154.0/24|AS701
      Columbus|76.58.24.0/24|AS20001
      Columbus|98.100.117.0/24|AS11427
      Columbus|98.103.188.0/24|AS10796
      Columbus|76.1.61.0/24|AS209
      Las Vegas|207.141.240.0/24|AS7018
      Las Vegas|199.222.124.0/24|AS701
      Las Vegas|24.253.127.0/24|AS22773
      Las Vegas|174.30.204.0/24|AS209
      Las Vegas|208.227.216.0/24|AS701
      Las Vegas|204.62.77.0/24|AS22773
      Toronto|72.141.184.0/24|AS812
      Toronto|142.181.113.0/24|AS577
      Toronto|107.190.113.0/24|AS5645
      Toronto|99.235.160.0/24|AS812
      Toronto|76.67.232.0/24|AS577
      Toronto|198.84.235.0/24|AS5645
      Vancouver|99.218.255.0/24|AS812
      Vancouver|184.149.176.0/24|AS577
      Vancouver|69.172.173.0/24|AS5645
      Vancouver|99.213.150.0/24|AS812
      Vancouver|192.219.47.0/24|AS577
      Vancouver|104.246.204.0/24|AS5645
      London|217.41.175.0/24|AS2856
      London|86.13.125.0/24|AS5089
      London|5.68.188.0/24|AS5607
      London|86.149.203.0/24|AS2856
      London|212.250.202.0/24|AS5089
      London|2.126.56.0/24|AS5607
      Manchester|81.155.47.0/24|AS2856
      Manchester|86.20.132.0/24|AS5089
      Manchester|2.125.179.0/24|AS5607
      Manchester|86.165.132.0/24|AS2856
      Manchester|81.103.93.0/24|AS5089
      Manchester|94.12.100.0/24|AS5607
      Bengaluru|122.167.32.0/24|AS24560
      Bengaluru|23.209.231.0/24|AS55836
      Bengaluru|106.51.94.0/24|AS24309
      Bengaluru|117.221.243.0/24|AS9829
      Bengaluru|122.181.72.0/24|AS24560
      Bengaluru|115.245.214.0/24|AS55836
      Hyderabad|136.185.145.0/24|AS24560
      Hyderabad|157.48.152.0/24|AS55836
      Hyderabad|49.206.107.0/24|AS24309
      Hyderabad|117.250.202.0/24|AS9829
      Hyderabad|223.230.76.0/24|AS24560
      Hyderabad|49.43.218.0/24|AS55836
      Pune|106.215.179.0/24|AS24560
      Pune|157.33.245.0/24|AS55836
      Pune|124.123.112.0/24|AS24309
      Pune|117.229.40.0/24|AS9829
      Pune|171.50.195.0/24|AS24560
      Pune|157.32.118.0/24|AS55836
      Manila|122.52.45.0/24|AS9299
      Manila|180.191.163.0/24|AS132199
      Manila|122.54.158.0/24|AS9299
      Manila|222.127.161.0/24|AS132199
      Manila|49.148.31.0/24|AS9299
      Manila|112.198.136.0/24|AS132199
      Cebu City|210.23.160.0/24|AS9299
      Cebu City|120.28.250.0/24|AS132199
      Cebu City|49.145.46.0/24|AS9299
      Cebu City|180.190.181.0/24|AS132199
      Cebu City|49.145.180.0/24|AS9299
      Cebu City|124.6.168.0/24|AS132199
      Warsaw|213.76.118.0/24|AS5617
      Warsaw|87.204.124.0/24|AS12741
      Warsaw|213.77.96.0/24|AS5617
      Warsaw|77.254.16.0/24|AS12741
      Warsaw|217.97.189.0/24|AS5617
      Warsaw|87.205.98.0/24|AS12741
      Krakow|83.15.143.0/24|AS5617
      Krakow|85.128.55.0/24|AS12741
      Krakow|80.50.135.0/24|AS5617
      Krakow|77.65.155.0/24|AS12741
      Krakow|83.22.142.0/24|AS5617
      Krakow|37.128.74.0/24|AS12741
      Munich|79.219.251.0/24|AS3320
      Munich|188.192.74.0/24|AS3209
      Munich|77.9.225.0/24|AS6805
      Munich|87.178.167.0/24|AS3320
      Munich|188.101.40.0/24|AS3209
      Munich|213.20.236.0/24|AS6805
      Berlin|93.228.121.0/24|AS3320
      Berlin|88.78.17.0/24|AS3209
      Berlin|2.242.3.0/24|AS6805
      Berlin|79.244.154.0/24|AS3320
      Berlin|92.214.194.0/24|AS3209
      Berlin|176.0.240.0/24|AS6805
      Sao Paulo|179.150.52.0/24|AS26599
      Sao Paulo|201.81.136.0/24|AS28573
      Sao Paulo|189.114.37.0/24|AS18881
      Sao Paulo|191.198.150.0/24|AS26599
      Sao Paulo|177.140.118.0/24|AS28573
      Sao Paulo|179.180.25.0/24|AS18881
      Lagos|102.89.31.0/24|AS29465
      Lagos|129.205.117.0/24|AS37148
      Lagos|102.88.136.0/24|AS29465
      Lagos|41.203.64.0/24|AS37148
      Lagos|102.92.218.0/24|AS29465
      Lagos|102.203.105.0/24|AS37148
      Mexico City|201.124.212.0/24|AS8151
      Mexico City|201.141.106.0/24|AS28548
      Mexico City|189.136.114.0/24|AS8151
      Mexico City|201.141.165.0/24|AS28548
      Mexico City|201.105.200.0/24|AS8151
      Mexico City|177.239.199.0/24|AS28548
      Guadalajara|187.212.201.0/24|AS8151
      Guadalajara|187.139.94.0/24|AS8151
      Guadalajara|187.139.52.0/24|AS8151
      Guadalajara|187.211.217.0/24|AS8151
      Lviv|37.115.102.0/24|AS15895
      Lviv|194.44.137.0/24|AS3255
      Lviv|178.137.86.0/24|AS15895
      Lviv|194.44.72.0/24|AS3255
      Lviv|178.137.251.0/24|AS15895
      Lviv|194.44.154.0/24|AS3255
      """;

  private static final Map<String, List<Prefix>> BY_CITY = new HashMap<>();

  static {
    for (String line : RESIDENTIAL.strip().split("\n")) {
      String[] f = line.strip().split("\\|");
      BY_CITY.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Prefix(f[1], f[2], HOLDERS.get(f[2]), f[0]));
    }
  }

  /** US mobile carriers' CGNAT gateways; DB-IP places each in the gateway city named. */
  static final List<Prefix> MOBILE_US = List.of(
      new Prefix("172.52.52.0/24", "AS21928", "T-Mobile USA, Inc.", "Chicago"),
      new Prefix("100.142.139.0/24", "AS21928", "T-Mobile USA, Inc.", "Chicago"),
      new Prefix("68.24.172.0/24", "AS21928", "T-Mobile USA, Inc.", "Reston"),
      new Prefix("97.129.75.0/24", "AS22394", "Verizon Business (Verizon Wireless)", "Charlotte"),
      new Prefix("97.174.241.0/24", "AS22394", "Verizon Business (Verizon Wireless)", "Newark"),
      new Prefix("97.24.24.0/24", "AS22394", "Verizon Business (Verizon Wireless)", "Newark"),
      new Prefix("166.166.202.0/24", "AS22394", "Verizon Business (Verizon Wireless)", "Euless"),
      new Prefix("166.173.23.0/24", "AS20057", "AT&T Enterprises (AT&T Mobility)", "Allen"),
      new Prefix("107.235.67.0/24", "AS20057", "AT&T Enterprises (AT&T Mobility)", "Atlanta"),
      new Prefix("166.201.18.0/24", "AS20057", "AT&T Enterprises (AT&T Mobility)", "New York"));

  /**
   * Commercial VPN exits in the US (all in X4BNet lists_vpn). Honest people use them, and so do the
   * schemes (Mandiant UNC5267 2024, Microsoft "Jasper Sleet" 2025: Astrill and other commercial VPNs).
   */
  static final List<Prefix> VPN_US = List.of(
      new Prefix("172.121.63.0/24", "AS9009", "M247 Europe SRL", "San Jose"),
      new Prefix("146.70.159.0/24", "AS9009", "M247 Europe SRL", "Dallas"),
      new Prefix("93.152.51.0/24", "AS9009", "M247 Europe SRL", "Los Angeles"),
      new Prefix("157.254.58.0/24", "AS9009", "M247 Europe SRL", "New York"),
      new Prefix("191.96.212.0/24", "AS212238", "Datacamp Limited", "New York"),
      new Prefix("84.37.35.0/24", "AS212238", "Datacamp Limited", "Denver"),
      new Prefix("154.16.142.0/24", "AS212238", "Datacamp Limited", "Chicago"),
      new Prefix("82.140.139.0/24", "AS136787", "PacketHub S.A.", "Seattle"),
      new Prefix("185.205.247.0/24", "AS136787", "PacketHub S.A.", "Los Angeles"),
      new Prefix("89.117.207.0/24", "AS136787", "PacketHub S.A.", "Denver"));

  /** Hosting /24s near US cities that the VPN list does not carry: what a crew rents for itself. */
  static final List<Prefix> RENTED_US = List.of(
      new Prefix("162.218.92.0/24", "AS9009", "M247 Europe SRL", "New York"),
      new Prefix("166.1.168.0/24", "AS62240", "Clouvider Limited", "New York"),
      new Prefix("176.97.209.0/24", "AS136787", "PacketHub S.A.", "Dallas"),
      new Prefix("5.252.141.0/24", "AS136787", "PacketHub S.A.", "Dallas"));

  /** Data-centre /24s (X4BNet datacenter list): servers a crew rents, or a cloud desktop. */
  static final List<Prefix> HOSTING_US = List.of(
      new Prefix("149.28.121.0/24", "AS20473", "The Constant Company (Vultr)", "Elk Grove Village"),
      new Prefix("108.61.195.0/24", "AS20473", "The Constant Company (Vultr)", "Kent"),
      new Prefix("157.230.168.0/24", "AS14061", "DigitalOcean, LLC", "Santa Clara"),
      new Prefix("195.69.162.0/24", "AS62240", "Clouvider Limited", "Phoenix"));

  /** Direct overseas access networks, seen when a crew's tunnel drops (UNC5267: workers mostly in China). */
  static final List<Prefix> OVERSEAS_DIRECT = List.of(
      new Prefix("219.159.62.0/24", "AS4837", "China Unicom China169 Backbone", "Beijing"),
      new Prefix("121.10.232.0/24", "AS4134", "Chinanet", "Guangzhou"));

  /** Universities' own address space (the career-centre labs and campus Wi-Fi). */
  static final Map<String, Prefix> UNIVERSITIES = Map.of(
      "Georgia Institute of Technology", new Prefix("128.61.12.0/24", "AS2637", "Georgia Institute of Technology", "Atlanta"),
      "The University of Texas at Austin", new Prefix("146.6.64.0/24", "AS18", "University of Texas at Austin", "Austin"),
      "University of Michigan", new Prefix("207.75.144.0/24", "AS36375", "University of Michigan", "Ann Arbor"));

  /** Offshore recruiting offices of staffing agencies (business access in Bengaluru and Metro Manila). */
  static final List<Prefix> OFFSHORE_OFFICES = List.of(
      new Prefix("122.166.41.0/24", "AS9498", "Bharti Airtel Limited", "Bengaluru"),
      new Prefix("112.198.0.0/24", "AS4775", "Globe Telecom", "Manila"));

  private Networks() {}

  /** A residential /24 in the city, or null when the table has none for it. */
  static Prefix residential(String city, SplittableRandom r) {
    List<Prefix> list = BY_CITY.get(city);
    return list == null ? null : list.get(r.nextInt(list.size()));
  }

  static boolean hasCity(String city) {
    return BY_CITY.containsKey(city);
  }

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }
}
