package io.daylight.core.testkit;

import io.daylight.core.intel.IpIntel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** IP intel over a map, for tests: what an MMDB lookup would return for these addresses. */
public final class MapIpIntel implements IpIntel {
  private final Map<String, IpInfo> byIp = new HashMap<>();

  public MapIpIntel residential(String ip, String country, String city, double lat, double lon) {
    byIp.put(ip, new IpInfo(ip, country, 7922, "Residential ISP", city, lat, lon, NetworkClass.UNKNOWN, null));
    return this;
  }

  /** A mobile / CGNAT range: country-level only. */
  public MapIpIntel mobile(String ip, String country) {
    byIp.put(ip, new IpInfo(ip, country, 21928, "Mobile Carrier", null, Double.NaN, Double.NaN, NetworkClass.UNKNOWN, null));
    return this;
  }

  /** A mobile carrier's gateway: classified MOBILE, geolocated to the gateway's city. */
  public MapIpIntel carrier(String ip, String country, String gatewayCity, double lat, double lon) {
    byIp.put(ip, new IpInfo(ip, country, 21928, "Mobile Carrier", gatewayCity, lat, lon, NetworkClass.MOBILE,
        "mobile-carriers.json: Mobile Carrier"));
    return this;
  }

  public MapIpIntel network(String ip, String country, NetworkClass cls, String org) {
    byIp.put(ip, new IpInfo(ip, country, 9009, org, null, Double.NaN, Double.NaN, cls, "networks.json: " + org));
    return this;
  }

  @Override
  public Optional<IpInfo> lookup(String ip) {
    return Optional.ofNullable(byIp.get(ip));
  }
}
