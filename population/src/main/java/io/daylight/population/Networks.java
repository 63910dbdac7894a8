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
 * a residential /24 was kept only if DB-IP City Lite ({@code dbip-city-mmdb} 2.3.2026060513)
 * places its first host within 40 km of the city it is listed under, a /20 only if the first host
 * of each of its 16 /24s is, so an honest applicant's address geolocates to about where they live,
 * as real cable/DSL addresses mostly do (Applications gives 1 in 10 a nearby city's block instead:
 * database error). A city's blocks are drawn in proportion to their size, so neighbours rarely
 * share a /24 (a metro's access networks span thousands of /24s). Mobile
 * carrier /24s geolocate to the carrier's gateway city (Chicago, Newark, Atlanta, ...), which is how
 * carrier-grade NAT really looks (public-reporting.md: carrier gateways 1,000-4,000 km away).
 * VPN exits are listed in X4BNet lists_vpn {@code output/vpn/ipv4.txt} (testdata/x4bnet-vpn);
 * the "rented" hosting /24s are hosting prefixes that list does not carry.
 */
final class Networks {
  /** One announced prefix (a /24 here) and its origin AS. */
  record Prefix(String cidr, String asn, String holder, String place) {
    /** A host address in the block whose last octet is .2-.254 (.0, .1 and .255 are rarely end hosts). */
    String host(SplittableRandom r) {
      long base = base();
      while (true) {
        long a = base + r.nextLong(size());
        long last = a & 0xff;
        if (last >= 2 && last <= 254) return (a >> 24 & 0xff) + "." + (a >> 16 & 0xff) + "." + (a >> 8 & 0xff) + "." + last;
      }
    }

    long size() {
      return 1L << (32 - Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1)));
    }

    private long base() {
      long v = 0;
      for (String o : cidr.substring(0, cidr.indexOf('/')).split("\\.")) v = v << 8 | Long.parseLong(o);
      return v;
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

  /** city|prefix|origin AS: residential access networks (/20 and /24) verified to geolocate within 40 km of the city. */
  private static final String RESIDENTIAL = """
      Boston|73.61.32.0/20|AS7922
      Boston|207.104.192.0/20|AS7018
      Boston|71.103.192.0/20|AS701
      Boston|65.112.0.0/20|AS209
      Boston|98.229.64.0/20|AS7922
      Boston|66.12.80.0/20|AS701
      Boston|96.139.208.0/20|AS7922
      Boston|63.15.96.0/20|AS701
      Boston|73.126.160.0/20|AS7922
      Boston|65.235.176.0/20|AS701
      Boston|74.30.16.0/20|AS7922
      Boston|204.150.96.0/20|AS701
      Boston|96.139.176.0/20|AS7922
      Boston|100.18.224.0/20|AS701
      Boston|24.61.149.0/24|AS7922
      Boston|66.189.98.0/24|AS20115
      Boston|70.242.99.0/24|AS7018
      Boston|208.226.246.0/24|AS701
      Boston|70.186.182.0/24|AS22773
      Boston|76.32.118.0/24|AS20001
      Atlanta|73.54.192.0/20|AS7922
      Atlanta|75.138.80.0/20|AS20115
      Atlanta|184.128.176.0/20|AS7018
      Atlanta|208.242.224.0/20|AS701
      Atlanta|50.159.80.0/20|AS22773
      Atlanta|76.17.0.0/20|AS7922
      Atlanta|47.133.112.0/20|AS20115
      Atlanta|184.140.0.0/20|AS7018
      Atlanta|206.80.160.0/20|AS701
      Atlanta|50.159.192.0/20|AS22773
      Atlanta|73.113.128.0/20|AS7922
      Atlanta|47.132.192.0/20|AS20115
      Atlanta|184.138.32.0/20|AS7018
      Atlanta|50.158.64.0/20|AS22773
      Atlanta|24.98.32.0/20|AS7922
      Atlanta|173.41.128.0/20|AS20115
      Atlanta|96.85.76.0/24|AS7922
      Atlanta|24.241.165.0/24|AS20115
      Atlanta|184.136.91.0/24|AS7018
      Atlanta|65.200.62.0/24|AS701
      Atlanta|50.159.92.0/24|AS22773
      Atlanta|204.210.121.0/24|AS20001
      Washington|98.204.0.0/20|AS7922
      Washington|68.114.16.0/20|AS20115
      Washington|63.52.144.0/20|AS701
      Washington|98.169.240.0/20|AS22773
      Washington|75.85.224.0/20|AS20001
      Washington|70.118.176.0/20|AS11427
      Washington|75.180.176.0/20|AS10796
      Washington|96.196.48.0/20|AS7922
      Washington|63.53.176.0/20|AS701
      Washington|67.102.32.0/20|AS22773
      Washington|75.85.240.0/20|AS20001
      Washington|24.208.112.0/20|AS10796
      Washington|96.116.144.0/20|AS7922
      Washington|65.240.48.0/20|AS701
      Washington|156.233.240.0/20|AS22773
      Washington|67.49.240.0/20|AS20001
      Washington|96.105.215.0/24|AS7922
      Washington|216.46.95.0/24|AS20115
      Washington|71.158.75.0/24|AS7018
      Washington|141.154.63.0/24|AS701
      Washington|67.102.57.0/24|AS22773
      Washington|76.167.13.0/24|AS20001
      Chicago|50.140.224.0/20|AS7922
      Chicago|68.20.208.0/20|AS7018
      Chicago|204.254.128.0/20|AS701
      Chicago|72.51.160.0/20|AS10796
      Chicago|97.112.16.0/20|AS209
      Chicago|76.150.64.0/20|AS7922
      Chicago|75.4.128.0/20|AS7018
      Chicago|208.225.48.0/20|AS701
      Chicago|98.31.96.0/20|AS10796
      Chicago|65.156.160.0/20|AS209
      Chicago|96.199.16.0/20|AS7922
      Chicago|99.140.176.0/20|AS7018
      Chicago|174.103.32.0/20|AS10796
      Chicago|97.112.0.0/20|AS209
      Chicago|184.123.208.0/20|AS7922
      Chicago|99.130.128.0/20|AS7018
      Chicago|73.51.185.0/24|AS7922
      Chicago|24.216.241.0/24|AS20115
      Chicago|12.100.9.0/24|AS7018
      Chicago|63.105.35.0/24|AS701
      Chicago|72.213.248.0/24|AS22773
      Chicago|88.216.212.0/24|AS20001
      Detroit|68.41.96.0/20|AS7922
      Detroit|67.37.80.0/20|AS7018
      Detroit|208.211.112.0/20|AS701
      Detroit|68.55.96.0/20|AS7922
      Detroit|99.121.16.0/20|AS7018
      Detroit|65.197.32.0/20|AS701
      Detroit|174.174.240.0/20|AS7922
      Detroit|76.241.160.0/20|AS7018
      Detroit|206.67.96.0/20|AS701
      Detroit|68.42.224.0/20|AS7922
      Detroit|68.248.0.0/20|AS7018
      Detroit|208.213.32.0/20|AS701
      Detroit|50.133.0.0/20|AS7922
      Detroit|108.196.64.0/20|AS7018
      Detroit|50.133.16.0/20|AS7922
      Detroit|76.226.240.0/20|AS7018
      Detroit|68.37.37.0/24|AS7922
      Detroit|67.103.249.0/24|AS20115
      Detroit|108.70.62.0/24|AS7018
      Detroit|208.230.87.0/24|AS701
      Detroit|68.111.131.0/24|AS22773
      Detroit|65.122.80.0/24|AS209
      New York|74.29.0.0/20|AS7922
      New York|32.87.64.0/20|AS7018
      New York|70.111.48.0/20|AS701
      New York|70.175.240.0/20|AS22773
      New York|76.56.128.0/20|AS10796
      New York|65.134.80.0/20|AS209
      New York|24.186.128.0/20|AS6128
      New York|74.23.16.0/20|AS7922
      New York|12.125.144.0/20|AS7018
      New York|173.54.160.0/20|AS701
      New York|52.128.160.0/20|AS22773
      New York|65.138.176.0/20|AS209
      New York|68.193.160.0/20|AS6128
      New York|74.23.144.0/20|AS7922
      New York|12.115.0.0/20|AS7018
      New York|100.12.80.0/20|AS701
      New York|74.22.118.0/24|AS7922
      New York|96.34.145.0/24|AS20115
      New York|12.91.197.0/24|AS7018
      New York|63.0.207.0/24|AS701
      New York|72.210.90.0/24|AS22773
      New York|172.88.220.0/24|AS20001
      Houston|98.39.160.0/20|AS7922
      Houston|69.151.144.0/20|AS7018
      Houston|198.3.64.0/20|AS701
      Houston|156.229.192.0/20|AS11427
      Houston|98.197.224.0/20|AS7922
      Houston|107.126.64.0/20|AS7018
      Houston|156.229.208.0/20|AS11427
      Houston|98.194.176.0/20|AS7922
      Houston|70.139.48.0/20|AS7018
      Houston|154.198.144.0/20|AS11427
      Houston|98.199.240.0/20|AS7922
      Houston|70.140.16.0/20|AS7018
      Houston|154.202.224.0/20|AS11427
      Houston|73.77.192.0/20|AS7922
      Houston|70.138.48.0/20|AS7018
      Houston|154.202.144.0/20|AS11427
      Houston|76.31.98.0/24|AS7922
      Houston|70.140.69.0/24|AS7018
      Houston|208.226.74.0/24|AS701
      Houston|75.81.168.0/24|AS11427
      Houston|70.94.213.0/24|AS10796
      Houston|65.124.220.0/24|AS209
      Philadelphia|165.137.240.0/20|AS7922
      Philadelphia|108.16.176.0/20|AS701
      Philadelphia|147.191.64.0/20|AS7922
      Philadelphia|71.242.208.0/20|AS701
      Philadelphia|147.191.48.0/20|AS7922
      Philadelphia|71.242.32.0/20|AS701
      Philadelphia|74.28.240.0/20|AS7922
      Philadelphia|72.94.176.0/20|AS701
      Philadelphia|74.25.0.0/20|AS7922
      Philadelphia|72.94.32.0/20|AS701
      Philadelphia|147.191.224.0/20|AS7922
      Philadelphia|173.61.32.0/20|AS701
      Philadelphia|69.253.32.0/24|AS7922
      Philadelphia|67.103.224.0/24|AS20115
      Philadelphia|12.235.83.0/24|AS7018
      Philadelphia|173.72.108.0/24|AS701
      Philadelphia|76.1.43.0/24|AS209
      Philadelphia|69.114.148.0/24|AS6128
      San Jose|67.178.176.0/20|AS7922
      San Jose|47.51.144.0/20|AS20115
      San Jose|67.116.224.0/20|AS7018
      San Jose|146.1.64.0/20|AS701
      San Jose|206.135.192.0/20|AS20001
      San Jose|69.181.192.0/20|AS7922
      San Jose|35.130.240.0/20|AS20115
      San Jose|67.112.112.0/20|AS7018
      San Jose|146.1.96.0/20|AS701
      San Jose|206.135.208.0/20|AS20001
      San Jose|98.45.224.0/20|AS7922
      San Jose|47.51.176.0/20|AS20115
      San Jose|71.132.192.0/20|AS7018
      San Jose|208.196.192.0/20|AS701
      San Jose|67.178.160.0/20|AS7922
      San Jose|71.132.128.0/20|AS7018
      San Jose|73.241.51.0/24|AS7922
      San Jose|97.82.112.0/24|AS20115
      San Jose|70.228.73.0/24|AS7018
      San Jose|208.226.87.0/24|AS701
      San Jose|68.4.53.0/24|AS22773
      San Jose|205.179.234.0/24|AS20001
      Austin|104.54.208.0/20|AS7018
      Austin|63.127.224.0/20|AS701
      Austin|35.146.16.0/20|AS11427
      Austin|12.14.128.0/20|AS7018
      Austin|63.127.240.0/20|AS701
      Austin|70.121.112.0/20|AS11427
      Austin|76.253.64.0/20|AS7018
      Austin|72.182.80.0/20|AS11427
      Austin|99.129.128.0/20|AS7018
      Austin|98.156.176.0/20|AS11427
      Austin|24.55.16.0/20|AS11427
      Austin|72.177.80.0/20|AS11427
      Austin|73.32.10.0/24|AS7922
      Austin|75.13.80.0/24|AS7018
      Austin|63.104.55.0/24|AS701
      Austin|68.203.3.0/24|AS11427
      Austin|70.94.173.0/24|AS10796
      Austin|67.132.150.0/24|AS209
      Salt Lake City|96.222.64.0/20|AS7922
      Salt Lake City|63.78.32.0/20|AS701
      Salt Lake City|174.23.160.0/20|AS209
      Salt Lake City|71.195.240.0/20|AS7922
      Salt Lake City|63.95.96.0/20|AS701
      Salt Lake City|174.23.0.0/20|AS209
      Salt Lake City|76.27.48.0/20|AS7922
      Salt Lake City|174.23.192.0/20|AS209
      Salt Lake City|50.156.32.0/20|AS7922
      Salt Lake City|71.35.240.0/20|AS209
      Salt Lake City|98.202.208.0/20|AS7922
      Salt Lake City|174.23.112.0/20|AS209
      Salt Lake City|24.10.240.0/20|AS7922
      Salt Lake City|75.169.16.0/20|AS209
      Salt Lake City|76.23.38.0/24|AS7922
      Salt Lake City|216.100.86.0/24|AS7018
      Salt Lake City|63.77.165.0/24|AS701
      Salt Lake City|97.117.192.0/24|AS209
      Salt Lake City|69.240.224.0/24|AS7922
      Salt Lake City|216.100.165.0/24|AS7018
      Denver|50.156.240.0/20|AS7922
      Denver|173.41.80.0/20|AS20115
      Denver|69.0.16.0/20|AS7018
      Denver|66.15.224.0/20|AS701
      Denver|24.174.16.0/20|AS11427
      Denver|24.163.144.0/20|AS10796
      Denver|174.16.16.0/20|AS209
      Denver|71.237.96.0/20|AS7922
      Denver|35.135.208.0/20|AS20115
      Denver|69.0.32.0/20|AS7018
      Denver|66.15.192.0/20|AS701
      Denver|24.174.224.0/20|AS11427
      Denver|76.56.16.0/20|AS10796
      Denver|75.166.96.0/20|AS209
      Denver|73.95.192.0/20|AS7922
      Denver|12.213.192.0/20|AS7018
      Denver|96.69.147.0/24|AS7922
      Denver|24.176.188.0/24|AS20115
      Denver|69.0.80.0/24|AS7018
      Denver|63.81.70.0/24|AS701
      Denver|64.183.115.0/24|AS20001
      Denver|24.174.185.0/24|AS11427
      Seattle|67.160.16.0/20|AS7922
      Seattle|68.238.128.0/20|AS701
      Seattle|98.145.160.0/20|AS20001
      Seattle|71.35.96.0/20|AS209
      Seattle|73.109.208.0/20|AS7922
      Seattle|97.126.0.0/20|AS209
      Seattle|71.231.176.0/20|AS7922
      Seattle|174.21.128.0/20|AS209
      Seattle|24.16.224.0/20|AS7922
      Seattle|71.212.224.0/20|AS209
      Seattle|174.61.144.0/20|AS7922
      Seattle|97.126.240.0/20|AS209
      Seattle|50.152.160.0/20|AS7922
      Seattle|97.126.208.0/20|AS209
      Seattle|173.160.167.0/24|AS7922
      Seattle|68.116.109.0/24|AS20115
      Seattle|71.146.89.0/24|AS7018
      Seattle|71.112.238.0/24|AS701
      Seattle|157.254.254.0/24|AS22773
      Seattle|98.145.141.0/24|AS20001
      Dallas|48.47.208.0/20|AS7922
      Dallas|172.223.112.0/20|AS20115
      Dallas|69.148.64.0/20|AS7018
      Dallas|68.238.96.0/20|AS701
      Dallas|169.40.240.0/20|AS22773
      Dallas|65.85.176.0/20|AS11427
      Dallas|72.128.16.0/20|AS10796
      Dallas|67.14.48.0/20|AS209
      Dallas|48.45.16.0/20|AS7922
      Dallas|144.253.160.0/20|AS20115
      Dallas|107.95.224.0/20|AS7018
      Dallas|208.239.208.0/20|AS701
      Dallas|72.182.240.0/20|AS11427
      Dallas|67.14.16.0/20|AS209
      Dallas|48.46.16.0/20|AS7922
      Dallas|184.93.160.0/20|AS20115
      Dallas|98.196.152.0/24|AS7922
      Dallas|174.82.20.0/24|AS20115
      Dallas|199.108.218.0/24|AS7018
      Dallas|207.18.171.0/24|AS701
      Dallas|24.248.15.0/24|AS22773
      Dallas|172.88.66.0/24|AS20001
      Portland|71.237.240.0/20|AS7922
      Portland|198.5.32.0/20|AS701
      Portland|65.102.48.0/20|AS209
      Portland|67.160.176.0/20|AS7922
      Portland|63.105.16.0/20|AS701
      Portland|174.25.64.0/20|AS209
      Portland|24.20.224.0/20|AS7922
      Portland|75.160.144.0/20|AS209
      Portland|174.174.112.0/20|AS7922
      Portland|71.34.64.0/20|AS209
      Portland|96.118.16.0/20|AS7922
      Portland|75.164.240.0/20|AS209
      Portland|73.11.112.0/20|AS7922
      Portland|174.25.32.0/20|AS209
      Portland|73.240.119.0/24|AS7922
      Portland|173.41.62.0/24|AS20115
      Portland|172.6.245.0/24|AS7018
      Portland|71.111.55.0/24|AS701
      Portland|199.181.153.0/24|AS22773
      Portland|67.42.15.0/24|AS209
      Miami|66.176.16.0/20|AS7922
      Miami|108.75.192.0/20|AS7018
      Miami|216.95.80.0/20|AS701
      Miami|76.108.48.0/20|AS7922
      Miami|216.95.128.0/20|AS701
      Miami|216.95.64.0/20|AS701
      Miami|208.224.48.0/20|AS701
      Miami|216.95.32.0/20|AS701
      Miami|216.95.16.0/20|AS701
      Miami|73.56.117.0/24|AS7922
      Miami|107.193.158.0/24|AS7018
      Miami|208.200.116.0/24|AS701
      Miami|76.90.147.0/24|AS20001
      Miami|65.156.56.0/24|AS209
      Miami|50.248.9.0/24|AS7922
      Pittsburgh|73.117.112.0/20|AS7922
      Pittsburgh|98.111.208.0/20|AS701
      Pittsburgh|98.236.16.0/20|AS7922
      Pittsburgh|74.98.240.0/20|AS701
      Pittsburgh|98.225.128.0/20|AS7922
      Pittsburgh|108.39.160.0/20|AS701
      Pittsburgh|73.79.64.0/20|AS7922
      Pittsburgh|100.6.144.0/20|AS701
      Pittsburgh|73.40.192.0/20|AS7922
      Pittsburgh|74.98.224.0/20|AS701
      Pittsburgh|98.236.160.0/20|AS7922
      Pittsburgh|208.233.208.0/20|AS701
      Pittsburgh|71.224.73.0/24|AS7922
      Pittsburgh|12.123.101.0/24|AS7018
      Pittsburgh|71.182.128.0/24|AS701
      Pittsburgh|147.53.114.0/24|AS20001
      Pittsburgh|63.147.138.0/24|AS209
      Pittsburgh|73.79.73.0/24|AS7922
      San Francisco|76.132.160.0/20|AS7922
      San Francisco|70.137.160.0/20|AS7018
      San Francisco|63.109.176.0/20|AS701
      San Francisco|76.132.224.0/20|AS7922
      San Francisco|71.141.96.0/20|AS7018
      San Francisco|65.198.48.0/20|AS701
      San Francisco|98.51.64.0/20|AS7922
      San Francisco|69.235.64.0/20|AS7018
      San Francisco|63.109.160.0/20|AS701
      San Francisco|98.51.32.0/20|AS7922
      San Francisco|70.137.144.0/20|AS7018
      San Francisco|76.132.48.0/20|AS7922
      San Francisco|69.239.0.0/20|AS7018
      San Francisco|98.51.128.0/20|AS7922
      San Francisco|69.109.192.0/20|AS7018
      San Francisco|70.89.159.0/24|AS7922
      San Francisco|67.103.41.0/24|AS20115
      San Francisco|70.228.73.0/24|AS7018
      San Francisco|216.233.55.0/24|AS701
      San Francisco|138.229.98.0/24|AS20001
      San Francisco|204.133.122.0/24|AS209
      Minneapolis|73.62.160.0/20|AS7922
      Minneapolis|96.42.96.0/20|AS20115
      Minneapolis|97.116.16.0/20|AS209
      Minneapolis|76.113.240.0/20|AS7922
      Minneapolis|71.82.128.0/20|AS20115
      Minneapolis|184.97.144.0/20|AS209
      Minneapolis|24.118.0.0/20|AS7922
      Minneapolis|68.117.48.0/20|AS20115
      Minneapolis|71.34.0.0/20|AS209
      Minneapolis|98.240.240.0/20|AS7922
      Minneapolis|24.179.144.0/20|AS20115
      Minneapolis|71.220.16.0/20|AS209
      Minneapolis|68.46.0.0/20|AS7922
      Minneapolis|97.127.96.0/20|AS209
      Minneapolis|24.7.224.0/20|AS7922
      Minneapolis|97.127.112.0/20|AS209
      Minneapolis|73.65.55.0/24|AS7922
      Minneapolis|35.151.97.0/24|AS20115
      Minneapolis|12.165.109.0/24|AS7018
      Minneapolis|208.196.15.0/24|AS701
      Minneapolis|97.116.99.0/24|AS209
      Minneapolis|76.156.128.0/24|AS7922
      Nashville|71.203.240.0/20|AS7922
      Nashville|173.41.240.0/20|AS20115
      Nashville|162.104.0.0/20|AS209
      Nashville|98.193.208.0/20|AS7922
      Nashville|150.224.80.0/20|AS20115
      Nashville|71.195.144.0/20|AS7922
      Nashville|75.66.160.0/20|AS7922
      Nashville|71.195.128.0/20|AS7922
      Nashville|73.58.208.0/20|AS7922
      Nashville|50.76.175.0/24|AS7922
      Nashville|173.41.233.0/24|AS20115
      Nashville|99.2.3.0/24|AS7018
      Nashville|65.198.248.0/24|AS701
      Nashville|104.34.214.0/24|AS20001
      Nashville|192.154.185.0/24|AS11427
      Los Angeles|65.96.48.0/20|AS7922
      Los Angeles|96.39.224.0/20|AS20115
      Los Angeles|206.171.192.0/20|AS7018
      Los Angeles|152.195.176.0/20|AS701
      Los Angeles|104.34.96.0/20|AS20001
      Los Angeles|65.96.0.0/20|AS7922
      Los Angeles|156.19.160.0/20|AS20115
      Los Angeles|209.76.64.0/20|AS7018
      Los Angeles|152.195.240.0/20|AS701
      Los Angeles|70.93.144.0/20|AS20001
      Los Angeles|47.232.144.0/20|AS20115
      Los Angeles|206.13.64.0/20|AS7018
      Los Angeles|152.195.128.0/20|AS701
      Los Angeles|76.94.80.0/20|AS20001
      Los Angeles|47.229.32.0/20|AS20115
      Los Angeles|67.124.160.0/20|AS7018
      Los Angeles|71.198.109.0/24|AS7922
      Los Angeles|47.34.141.0/24|AS20115
      Los Angeles|99.27.104.0/24|AS7018
      Los Angeles|152.199.236.0/24|AS701
      Los Angeles|24.120.212.0/24|AS22773
      Los Angeles|76.172.212.0/24|AS20001
      Phoenix|76.159.160.0/20|AS7922
      Phoenix|206.138.64.0/20|AS701
      Phoenix|174.71.160.0/20|AS22773
      Phoenix|71.209.160.0/20|AS209
      Phoenix|73.24.176.0/20|AS7922
      Phoenix|98.171.48.0/20|AS22773
      Phoenix|67.234.192.0/20|AS209
      Phoenix|69.244.0.0/20|AS7922
      Phoenix|72.217.96.0/20|AS22773
      Phoenix|71.223.16.0/20|AS209
      Phoenix|70.176.128.0/20|AS22773
      Phoenix|75.167.0.0/20|AS209
      Phoenix|68.228.240.0/20|AS22773
      Phoenix|184.98.16.0/20|AS209
      Phoenix|72.216.192.0/20|AS22773
      Phoenix|184.98.208.0/20|AS209
      Phoenix|76.159.199.0/24|AS7922
      Phoenix|12.154.209.0/24|AS7018
      Phoenix|63.64.245.0/24|AS701
      Phoenix|68.99.142.0/24|AS22773
      Phoenix|69.174.120.0/24|AS20001
      Phoenix|150.220.131.0/24|AS11427
      Indianapolis|73.102.192.0/20|AS7922
      Indianapolis|76.249.192.0/20|AS7018
      Indianapolis|65.221.64.0/20|AS701
      Indianapolis|68.58.48.0/20|AS7922
      Indianapolis|139.125.16.0/20|AS7018
      Indianapolis|98.44.48.0/20|AS7922
      Indianapolis|139.125.96.0/20|AS7018
      Indianapolis|68.58.128.0/20|AS7922
      Indianapolis|199.186.112.0/20|AS7018
      Indianapolis|76.240.192.0/20|AS7018
      Indianapolis|71.156.80.0/20|AS7018
      Indianapolis|68.45.235.0/24|AS7922
      Indianapolis|139.125.24.0/24|AS7018
      Indianapolis|65.204.92.0/24|AS701
      Indianapolis|67.236.111.0/24|AS209
      Indianapolis|24.38.252.0/24|AS6128
      Indianapolis|73.103.128.0/24|AS7922
      Tampa|73.57.48.0/20|AS7922
      Tampa|71.3.160.0/20|AS209
      Tampa|96.204.176.0/20|AS7922
      Tampa|71.3.176.0/20|AS209
      Tampa|208.163.144.0/20|AS209
      Tampa|73.57.60.0/24|AS7922
      Tampa|23.84.159.0/24|AS20115
      Tampa|12.17.83.0/24|AS7018
      Tampa|100.41.129.0/24|AS701
      Tampa|74.4.53.0/24|AS209
      Tampa|96.204.162.0/24|AS7922
      Kansas City|73.67.48.0/20|AS7922
      Kansas City|99.109.176.0/20|AS7018
      Kansas City|68.110.240.0/20|AS22773
      Kansas City|173.172.112.0/20|AS11427
      Kansas City|70.94.80.0/20|AS10796
      Kansas City|76.0.0.0/20|AS209
      Kansas City|108.87.0.0/20|AS7018
      Kansas City|174.70.144.0/20|AS22773
      Kansas City|76.92.224.0/20|AS11427
      Kansas City|72.133.0.0/20|AS10796
      Kansas City|70.57.80.0/20|AS209
      Kansas City|75.20.128.0/20|AS7018
      Kansas City|98.186.48.0/20|AS22773
      Kansas City|76.84.0.0/20|AS11427
      Kansas City|70.94.0.0/20|AS10796
      Kansas City|99.191.48.0/20|AS7018
      Kansas City|73.67.57.0/24|AS7922
      Kansas City|24.216.144.0/24|AS20115
      Kansas City|99.148.0.0/24|AS7018
      Kansas City|208.192.65.0/24|AS701
      Kansas City|72.194.0.0/24|AS22773
      Kansas City|108.167.66.0/24|AS11427
      Raleigh|199.221.160.0/20|AS701
      Raleigh|68.46.197.0/24|AS7922
      Raleigh|97.95.179.0/24|AS20115
      Raleigh|107.223.189.0/24|AS7018
      Raleigh|63.126.89.0/24|AS701
      Raleigh|208.46.34.0/24|AS209
      Raleigh|174.163.143.0/24|AS7922
      Charlotte|199.222.160.0/20|AS701
      Charlotte|71.48.0.0/20|AS209
      Charlotte|76.0.128.0/20|AS209
      Charlotte|71.51.224.0/20|AS209
      Charlotte|76.0.176.0/20|AS209
      Charlotte|76.3.208.0/20|AS209
      Charlotte|71.2.144.0/20|AS209
      Charlotte|96.74.201.0/24|AS7922
      Charlotte|68.115.239.0/24|AS20115
      Charlotte|108.235.207.0/24|AS7018
      Charlotte|63.114.204.0/24|AS701
      Charlotte|98.162.236.0/24|AS22773
      Charlotte|184.2.191.0/24|AS209
      San Diego|108.83.0.0/20|AS7018
      San Diego|70.181.144.0/20|AS22773
      San Diego|76.172.64.0/20|AS20001
      San Diego|72.220.224.0/20|AS22773
      San Diego|76.176.192.0/20|AS20001
      San Diego|72.197.176.0/20|AS22773
      San Diego|66.27.64.0/20|AS20001
      San Diego|72.199.0.0/20|AS22773
      San Diego|66.75.224.0/20|AS20001
      San Diego|72.220.128.0/20|AS22773
      San Diego|70.95.48.0/20|AS20001
      San Diego|174.66.160.0/20|AS22773
      San Diego|76.172.80.0/20|AS20001
      San Diego|104.182.67.0/24|AS7018
      San Diego|208.218.147.0/24|AS701
      San Diego|70.181.152.0/24|AS22773
      San Diego|66.75.42.0/24|AS20001
      San Diego|65.141.222.0/24|AS209
      San Diego|47.16.38.0/24|AS6128
      Columbus|75.23.192.0/20|AS7018
      Columbus|174.105.32.0/20|AS10796
      Columbus|67.133.0.0/20|AS209
      Columbus|69.223.128.0/20|AS7018
      Columbus|74.141.176.0/20|AS10796
      Columbus|76.2.80.0/20|AS209
      Columbus|69.223.160.0/20|AS7018
      Columbus|74.141.160.0/20|AS10796
      Columbus|71.2.96.0/20|AS209
      Columbus|69.223.176.0/20|AS7018
      Columbus|76.181.112.0/20|AS10796
      Columbus|76.1.208.0/20|AS209
      Columbus|75.22.112.0/20|AS7018
      Columbus|107.11.32.0/20|AS10796
      Columbus|67.133.16.0/20|AS209
      Columbus|12.197.64.0/20|AS7018
      Columbus|108.217.93.0/24|AS7018
      Columbus|65.244.154.0/24|AS701
      Columbus|76.58.24.0/24|AS20001
      Columbus|98.100.117.0/24|AS11427
      Columbus|98.103.188.0/24|AS10796
      Columbus|76.1.61.0/24|AS209
      Las Vegas|174.71.208.0/20|AS22773
      Las Vegas|71.38.48.0/20|AS209
      Las Vegas|70.170.80.0/20|AS22773
      Las Vegas|174.30.208.0/20|AS209
      Las Vegas|70.173.0.0/20|AS22773
      Las Vegas|71.38.80.0/20|AS209
      Las Vegas|70.173.112.0/20|AS22773
      Las Vegas|71.222.16.0/20|AS209
      Las Vegas|174.72.208.0/20|AS22773
      Las Vegas|71.222.32.0/20|AS209
      Las Vegas|68.224.112.0/20|AS22773
      Las Vegas|71.38.112.0/20|AS209
      Las Vegas|207.141.240.0/24|AS7018
      Las Vegas|199.222.124.0/24|AS701
      Las Vegas|24.253.127.0/24|AS22773
      Las Vegas|174.30.204.0/24|AS209
      Las Vegas|208.227.216.0/24|AS701
      Las Vegas|204.62.77.0/24|AS22773
      Toronto|99.234.112.0/20|AS812
      Toronto|70.25.192.0/20|AS577
      Toronto|216.154.32.0/20|AS5645
      Toronto|174.119.64.0/20|AS812
      Toronto|76.70.128.0/20|AS577
      Toronto|135.23.144.0/20|AS5645
      Toronto|99.227.208.0/20|AS812
      Toronto|142.170.144.0/20|AS577
      Toronto|75.119.240.0/20|AS5645
      Toronto|99.211.128.0/20|AS812
      Toronto|142.185.176.0/20|AS577
      Toronto|216.154.176.0/20|AS5645
      Toronto|99.220.224.0/20|AS812
      Toronto|161.216.240.0/20|AS577
      Toronto|173.230.160.0/20|AS5645
      Toronto|149.99.80.0/20|AS812
      Toronto|72.141.184.0/24|AS812
      Toronto|142.181.113.0/24|AS577
      Toronto|107.190.113.0/24|AS5645
      Toronto|99.235.160.0/24|AS812
      Toronto|76.67.232.0/24|AS577
      Toronto|198.84.235.0/24|AS5645
      Vancouver|99.210.96.0/20|AS812
      Vancouver|192.219.32.0/20|AS577
      Vancouver|69.172.144.0/20|AS5645
      Vancouver|209.5.80.0/20|AS812
      Vancouver|192.219.48.0/20|AS577
      Vancouver|69.172.176.0/20|AS5645
      Vancouver|209.5.128.0/20|AS812
      Vancouver|69.172.160.0/20|AS5645
      Vancouver|99.212.32.0/20|AS812
      Vancouver|99.216.208.0/20|AS812
      Vancouver|209.5.208.0/20|AS812
      Vancouver|99.218.255.0/24|AS812
      Vancouver|184.149.176.0/24|AS577
      Vancouver|69.172.173.0/24|AS5645
      Vancouver|99.213.150.0/24|AS812
      Vancouver|192.219.47.0/24|AS577
      Vancouver|104.246.204.0/24|AS5645
      London|31.55.0.0/20|AS2856
      London|92.236.32.0/20|AS5089
      London|2.125.192.0/20|AS5607
      London|86.154.48.0/20|AS2856
      London|82.35.80.0/20|AS5089
      London|94.13.64.0/20|AS5607
      London|31.91.64.0/20|AS2856
      London|80.4.48.0/20|AS5089
      London|176.250.240.0/20|AS5607
      London|86.151.160.0/20|AS2856
      London|86.5.144.0/20|AS5089
      London|5.65.144.0/20|AS5607
      London|31.102.224.0/20|AS2856
      London|86.23.0.0/20|AS5089
      London|78.86.208.0/20|AS5607
      London|217.37.16.0/20|AS2856
      London|217.41.175.0/24|AS2856
      London|86.13.125.0/24|AS5089
      London|5.68.188.0/24|AS5607
      London|86.149.203.0/24|AS2856
      London|212.250.202.0/24|AS5089
      London|2.126.56.0/24|AS5607
      Manchester|193.38.208.0/20|AS2856
      Manchester|81.96.48.0/20|AS5089
      Manchester|81.104.0.0/20|AS5089
      Manchester|94.174.160.0/20|AS5089
      Manchester|77.96.32.0/20|AS5089
      Manchester|82.42.240.0/20|AS5089
      Manchester|86.0.208.0/20|AS5089
      Manchester|81.155.47.0/24|AS2856
      Manchester|86.20.132.0/24|AS5089
      Manchester|2.125.179.0/24|AS5607
      Manchester|86.165.132.0/24|AS2856
      Manchester|81.103.93.0/24|AS5089
      Manchester|94.12.100.0/24|AS5607
      Bengaluru|122.166.144.0/20|AS24560
      Bengaluru|23.35.0.0/20|AS55836
      Bengaluru|49.207.208.0/20|AS24309
      Bengaluru|59.92.48.0/20|AS9829
      Bengaluru|122.166.112.0/20|AS24560
      Bengaluru|23.37.240.0/20|AS55836
      Bengaluru|49.207.48.0/20|AS24309
      Bengaluru|117.218.224.0/20|AS9829
      Bengaluru|223.239.160.0/20|AS24560
      Bengaluru|184.84.96.0/20|AS55836
      Bengaluru|106.51.128.0/20|AS24309
      Bengaluru|61.2.48.0/20|AS9829
      Bengaluru|171.76.80.0/20|AS24560
      Bengaluru|49.207.192.0/20|AS24309
      Bengaluru|117.198.16.0/20|AS9829
      Bengaluru|122.166.224.0/20|AS24560
      Bengaluru|122.167.32.0/24|AS24560
      Bengaluru|23.209.231.0/24|AS55836
      Bengaluru|106.51.94.0/24|AS24309
      Bengaluru|117.221.243.0/24|AS9829
      Bengaluru|122.181.72.0/24|AS24560
      Bengaluru|115.245.214.0/24|AS55836
      Hyderabad|122.183.0.0/20|AS24560
      Hyderabad|183.82.16.0/20|AS24309
      Hyderabad|122.183.96.0/20|AS24560
      Hyderabad|122.183.64.0/20|AS24560
      Hyderabad|122.183.112.0/20|AS24560
      Hyderabad|136.185.145.0/24|AS24560
      Hyderabad|157.48.152.0/24|AS55836
      Hyderabad|49.206.107.0/24|AS24309
      Hyderabad|117.250.202.0/24|AS9829
      Hyderabad|223.230.76.0/24|AS24560
      Hyderabad|49.43.218.0/24|AS55836
      Pune|117.228.192.0/20|AS9829
      Pune|117.229.48.0/20|AS9829
      Pune|117.229.16.0/20|AS9829
      Pune|117.228.48.0/20|AS9829
      Pune|117.229.176.0/20|AS9829
      Pune|117.214.112.0/20|AS9829
      Pune|106.215.179.0/24|AS24560
      Pune|157.33.245.0/24|AS55836
      Pune|124.123.112.0/24|AS24309
      Pune|117.229.40.0/24|AS9829
      Pune|171.50.195.0/24|AS24560
      Pune|157.32.118.0/24|AS55836
      Manila|49.150.160.0/20|AS9299
      Manila|158.62.112.0/20|AS132199
      Manila|180.192.80.0/20|AS9299
      Manila|120.28.96.0/20|AS132199
      Manila|180.192.64.0/20|AS9299
      Manila|120.28.80.0/20|AS132199
      Manila|112.204.224.0/20|AS9299
      Manila|120.28.64.0/20|AS132199
      Manila|112.204.32.0/20|AS9299
      Manila|122.3.96.0/20|AS9299
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
      Warsaw|79.163.96.0/20|AS5617
      Warsaw|87.105.48.0/20|AS12741
      Warsaw|37.225.176.0/20|AS5617
      Warsaw|178.36.208.0/20|AS12741
      Warsaw|31.62.224.0/20|AS5617
      Warsaw|77.253.128.0/20|AS12741
      Warsaw|5.184.144.0/20|AS5617
      Warsaw|77.254.176.0/20|AS12741
      Warsaw|213.76.224.0/20|AS5617
      Warsaw|77.254.160.0/20|AS12741
      Warsaw|37.108.32.0/20|AS5617
      Warsaw|77.254.16.0/20|AS12741
      Warsaw|213.76.118.0/24|AS5617
      Warsaw|87.204.124.0/24|AS12741
      Warsaw|213.77.96.0/24|AS5617
      Warsaw|77.254.16.0/24|AS12741
      Warsaw|217.97.189.0/24|AS5617
      Warsaw|87.205.98.0/24|AS12741
      Krakow|93.180.176.0/20|AS12741
      Krakow|93.180.160.0/20|AS12741
      Krakow|83.15.143.0/24|AS5617
      Krakow|85.128.55.0/24|AS12741
      Krakow|80.50.135.0/24|AS5617
      Krakow|77.65.155.0/24|AS12741
      Krakow|83.22.142.0/24|AS5617
      Krakow|37.128.74.0/24|AS12741
      Munich|217.255.160.0/20|AS3320
      Munich|77.24.144.0/20|AS3209
      Munich|217.189.144.0/20|AS6805
      Munich|91.43.64.0/20|AS3320
      Munich|83.169.128.0/20|AS3209
      Munich|213.20.96.0/20|AS6805
      Munich|217.237.80.0/20|AS3320
      Munich|217.48.16.0/20|AS6805
      Munich|93.228.160.0/20|AS3320
      Munich|93.130.16.0/20|AS6805
      Munich|84.176.240.0/20|AS3320
      Munich|217.188.0.0/20|AS6805
      Munich|84.190.96.0/20|AS3320
      Munich|5.4.64.0/20|AS6805
      Munich|79.219.251.0/24|AS3320
      Munich|188.192.74.0/24|AS3209
      Munich|77.9.225.0/24|AS6805
      Munich|87.178.167.0/24|AS3320
      Munich|188.101.40.0/24|AS3209
      Munich|213.20.236.0/24|AS6805
      Berlin|93.212.64.0/20|AS3320
      Berlin|91.65.144.0/20|AS3209
      Berlin|77.188.112.0/20|AS6805
      Berlin|84.137.112.0/20|AS3320
      Berlin|83.169.160.0/20|AS3209
      Berlin|77.188.16.0/20|AS6805
      Berlin|91.10.128.0/20|AS3320
      Berlin|91.65.208.0/20|AS3209
      Berlin|89.13.128.0/20|AS6805
      Berlin|79.235.112.0/20|AS3320
      Berlin|83.169.144.0/20|AS3209
      Berlin|93.128.112.0/20|AS6805
      Berlin|79.233.32.0/20|AS3320
      Berlin|93.128.80.0/20|AS6805
      Berlin|79.202.48.0/20|AS3320
      Berlin|89.14.80.0/20|AS6805
      Berlin|93.228.121.0/24|AS3320
      Berlin|88.78.17.0/24|AS3209
      Berlin|2.242.3.0/24|AS6805
      Berlin|79.244.154.0/24|AS3320
      Berlin|92.214.194.0/24|AS3209
      Berlin|176.0.240.0/24|AS6805
      Sao Paulo|179.86.144.0/20|AS26599
      Sao Paulo|201.52.112.0/20|AS28573
      Sao Paulo|179.176.80.0/20|AS18881
      Sao Paulo|177.24.48.0/20|AS26599
      Sao Paulo|177.33.144.0/20|AS28573
      Sao Paulo|177.18.144.0/20|AS18881
      Sao Paulo|179.118.16.0/20|AS26599
      Sao Paulo|187.38.64.0/20|AS28573
      Sao Paulo|191.248.128.0/20|AS18881
      Sao Paulo|191.200.192.0/20|AS26599
      Sao Paulo|186.220.80.0/20|AS28573
      Sao Paulo|179.183.96.0/20|AS18881
      Sao Paulo|179.167.0.0/20|AS26599
      Sao Paulo|179.209.112.0/20|AS28573
      Sao Paulo|191.32.144.0/20|AS18881
      Sao Paulo|177.119.48.0/20|AS26599
      Sao Paulo|179.150.52.0/24|AS26599
      Sao Paulo|201.81.136.0/24|AS28573
      Sao Paulo|189.114.37.0/24|AS18881
      Sao Paulo|191.198.150.0/24|AS26599
      Sao Paulo|177.140.118.0/24|AS28573
      Sao Paulo|179.180.25.0/24|AS18881
      Lagos|102.95.176.0/20|AS29465
      Lagos|102.94.224.0/20|AS29465
      Lagos|102.95.48.0/20|AS29465
      Lagos|102.93.144.0/20|AS29465
      Lagos|102.88.112.0/20|AS29465
      Lagos|102.92.112.0/20|AS29465
      Lagos|102.89.31.0/24|AS29465
      Lagos|129.205.117.0/24|AS37148
      Lagos|102.88.136.0/24|AS29465
      Lagos|41.203.64.0/24|AS37148
      Lagos|102.92.218.0/24|AS29465
      Lagos|102.203.105.0/24|AS37148
      Mexico City|189.188.208.0/20|AS8151
      Mexico City|201.141.192.0/20|AS28548
      Mexico City|189.240.160.0/20|AS8151
      Mexico City|201.141.48.0/20|AS28548
      Mexico City|201.109.240.0/20|AS8151
      Mexico City|201.141.0.0/20|AS28548
      Mexico City|201.124.16.0/20|AS8151
      Mexico City|187.185.96.0/20|AS28548
      Mexico City|189.139.144.0/20|AS8151
      Mexico City|189.217.32.0/20|AS28548
      Mexico City|201.106.64.0/20|AS8151
      Mexico City|189.216.240.0/20|AS28548
      Mexico City|201.124.212.0/24|AS8151
      Mexico City|201.141.106.0/24|AS28548
      Mexico City|189.136.114.0/24|AS8151
      Mexico City|201.141.165.0/24|AS28548
      Mexico City|201.105.200.0/24|AS8151
      Mexico City|177.239.199.0/24|AS28548
      Guadalajara|187.213.32.0/20|AS8151
      Guadalajara|187.144.176.0/20|AS8151
      Guadalajara|187.201.96.0/20|AS8151
      Guadalajara|187.201.224.0/20|AS8151
      Guadalajara|189.178.48.0/20|AS8151
      Guadalajara|187.204.208.0/20|AS8151
      Guadalajara|187.212.201.0/24|AS8151
      Guadalajara|187.139.94.0/24|AS8151
      Guadalajara|187.139.52.0/24|AS8151
      Guadalajara|187.211.217.0/24|AS8151
      Lviv|188.191.32.0/20|AS3255
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
    if (list == null) return null;
    long total = list.stream().mapToLong(Prefix::size).sum();
    long x = r.nextLong(total);
    for (Prefix p : list) {
      x -= p.size();
      if (x < 0) return p;
    }
    return list.get(list.size() - 1);
  }

  static boolean hasCity(String city) {
    return BY_CITY.containsKey(city);
  }

  /** Whether the city has five /20s or more: enough addresses that neighbours rarely share a /24. */
  static boolean wide(String city) {
    return BY_CITY.getOrDefault(city, List.of()).stream().filter(p -> p.size() >= 4096).count() >= 5;
  }

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }
}
