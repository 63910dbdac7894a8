package io.daylight.core.score;

import java.util.Map;

/**
 * Which findings rest on one measurement, decided from how each detector measures (the mechanism),
 * before any labelled data: a detector states the group of the fact it observed, and this table
 * maps groups that rest on the same underlying measurement to one group, so the scorer counts the
 * strongest of them once. Merging never raises a score; it only stops one measurement from being
 * counted twice.
 *
 * <ul>
 *   <li><b>{@value #IP_GEOLOCATION}</b>: city- or country-level geolocation of a source IP address.
 *       Sign-in place far from the declared one and impossible travel ({@code signin-place}) and
 *       the application's IP country ({@code applicant-geography}) all read one database's guess
 *       of where an address is; a carrier gateway or CGNAT address geolocated 1,000–4,000 km from
 *       its subscriber (issue 15, item 2) makes all of them fire together on an honest phone
 *       user. The screening's geography group also holds its browser-clock and network-class
 *       findings: the screening has always counted one geography finding per application, and
 *       keeping it whole here keeps every applicant score as it was.
 *   <li><b>{@value #NETWORK_RELAY}</b>: the tunnel between the laptop and the Internet. Anonymiser
 *       sign-ins ({@code signin-anonymiser}: the sign-in exit is a VPN or hosting address) and the
 *       endpoint's network position measured by round trips ({@code endpoint-location}: the
 *       endpoint place and the relay gap, which measure the exit and how far the laptop sits
 *       behind it) observe the same tunnel when the worker uses one: one VPN makes all of them
 *       fire. A VPN-client finding joins by emitting {@value #NETWORK_RELAY} itself.
 * </ul>
 *
 * <p>Groups measured to co-fire on labelled data are merged further by {@link Calibration}.
 */
public final class DependencyGroups {
  public static final String IP_GEOLOCATION = "ip-geolocation";
  public static final String NETWORK_RELAY = "network-relay";

  /** Detector-stated group → the measurement it rests on. Groups not listed are their own. */
  static final Map<String, String> BY_MEASUREMENT = Map.of(
      "signin-place", IP_GEOLOCATION,
      "applicant-geography", IP_GEOLOCATION,
      "signin-anonymiser", NETWORK_RELAY,
      "endpoint-location", NETWORK_RELAY);

  private DependencyGroups() {}

  /** The group a finding's stated group is counted in. */
  public static String byMeasurement(String statedGroup) {
    return BY_MEASUREMENT.getOrDefault(statedGroup, statedGroup);
  }
}
