package io.daylight.demo;

/**
 * Where devices sit: a home (or a laptop farm's living room) with its internet line. Everyone in a
 * household shares the router, so they share its public address and Wi-Fi BSSID.
 *
 * @param leaseDays residential DHCP leases renew to a new address every so often; the address of a
 *                  day is a function of the lease period, so co-residents always agree
 * @param lastMileMs the access line's own round trip: residential last mile adds roughly 3-25 ms
 *                   (docs/latency-calibration.md)
 */
public record Household(String id, Place place, LatLon at, Address address, IpPrefix prefix,
                        long seed, int leaseDays, String bssid, double lastMileMs) {

  /** The router's public address on a day of the window. */
  public String publicIp(int day) {
    long lease = Math.floorDiv(day + (int) Math.floorMod(seed, (long) leaseDays), leaseDays);
    return prefix.host(Mix.mix(seed, lease));
  }
}
