package io.daylight.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real IPv4 allocation from the checked-in table {@code ip-prefixes.csv}: which AS announces it,
 * what kind of network it is, and the city and country it geolocates to with the shipped IP data.
 */
public record IpPrefix(String id, String cidr, int asn, String org, String kind, String city,
                       String region, String country, LatLon at) {

  private static final Map<String, IpPrefix> TABLE = load();

  /** Every prefix of the table, by id, in file order. */
  public static Map<String, IpPrefix> table() {
    return TABLE;
  }

  public static IpPrefix byId(String id) {
    IpPrefix p = TABLE.get(id);
    if (p == null) throw new IllegalArgumentException("no IP prefix " + id);
    return p;
  }

  /** Number of usable host addresses: .1 to .254 of every /24 inside the block. */
  public int hosts() {
    return (1 << (24 - prefixLength())) * 254;
  }

  /** The {@code index}-th usable host address (index taken modulo {@link #hosts()}). */
  public String host(long index) {
    int i = (int) Math.floorMod(index, (long) hosts());
    long base = networkAddress() + (long) (i / 254) * 256 + 1 + (i % 254);
    return ((base >> 24) & 255) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255);
  }

  public int prefixLength() {
    return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
  }

  public long networkAddress() {
    String[] p = cidr.substring(0, cidr.indexOf('/')).split("\\.");
    long v = 0;
    for (String x : p) v = v * 256 + Long.parseLong(x);
    return v;
  }

  private static Map<String, IpPrefix> load() {
    Map<String, IpPrefix> out = new LinkedHashMap<>();
    try (InputStream in = IpPrefix.class.getResourceAsStream("ip-prefixes.csv");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split(",");
        out.put(f[0], new IpPrefix(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5], f[6], f[7],
            new LatLon(Double.parseDouble(f[8]), Double.parseDouble(f[9]))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
