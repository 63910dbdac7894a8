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
   */
  record IpInfo(String ip, String country, long asn, String asOrg, String city, double lat, double lon) {}

  /** Intel that knows nothing: for tests and for running without downloaded data. */
  IpIntel NONE = ip -> Optional.empty();
}
