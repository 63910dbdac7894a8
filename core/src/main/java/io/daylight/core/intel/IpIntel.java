package io.daylight.core.intel;

import java.util.Optional;

/** What public reference data says about an IP address. */
public interface IpIntel {

  Optional<IpInfo> lookup(String ip);

  /**
   * @param country ISO alpha-2 from the registry/geo data, or null
   * @param asn autonomous system number, or 0 when unknown
   * @param asOrg the AS organisation's name
   * @param city city name from the city database, or null
   * @param lat latitude of the city-level estimate, or NaN
   * @param lon longitude, or NaN
   * @param network what kind of network the address belongs to, from the project's catalogue
   * @param networkSource where that classification comes from (catalogue entry and its source)
   */
  record IpInfo(String ip, String country, long asn, String asOrg, String city, double lat, double lon,
                NetworkClass network, String networkSource) {}

  /**
   * Classification of the network an address belongs to. Order matters: a more specific list
   * (hosting, VPN, Tor) overrides an earlier class for the same address.
   */
  enum NetworkClass {
    /** Nothing known: most residential (fixed-line) networks. */
    UNKNOWN,
    /**
     * A mobile carrier's network: subscribers share carrier-grade NAT gateways whose city-level
     * geolocation is the gateway's, often 1,000 km or more from the subscriber (and, roaming, in
     * the home carrier's country). A real eyeball network, but no place.
     */
    MOBILE,
    /** A data centre or hosting provider: not an eyeball network. */
    HOSTING,
    /** A commercial VPN or anonymising service. */
    VPN,
    /** Tor exit. */
    TOR;

    /** Whether the network hides its users (hosting, VPN, Tor): not merely unlocatable. */
    public boolean anonymising() {
      return this == HOSTING || this == VPN || this == TOR;
    }
  }

  /** Intel that knows nothing: for tests and for running without downloaded data. */
  IpIntel NONE = ip -> Optional.empty();
}
