package io.daylight.core.testkit;

import io.daylight.core.event.Rtt;
import java.util.List;

/** Named places for scenarios: coordinates (city centres, rounded) and IANA zones. */
public final class Places {
  private Places() {}

  /** A place a person or a machine can be. */
  public record Spot(String name, double lat, double lon, String zone) {}

  public static final Spot PHOENIX = new Spot("Phoenix", 33.448, -112.074, "America/Phoenix");
  public static final Spot SEATTLE = new Spot("Seattle", 47.61, -122.33, "America/Los_Angeles");
  public static final Spot AUSTIN = new Spot("Austin", 30.27, -97.74, "America/Chicago");
  public static final Spot CHICAGO = new Spot("Chicago", 41.88, -87.63, "America/Chicago");
  public static final Spot NEW_YORK = new Spot("New York", 40.71, -74.01, "America/New_York");
  public static final Spot ATLANTA = new Spot("Atlanta", 33.75, -84.39, "America/New_York");
  public static final Spot DENVER = new Spot("Denver", 39.74, -104.99, "America/Denver");
  public static final Spot MIAMI = new Spot("Miami", 25.76, -80.19, "America/New_York");
  public static final List<Spot> DECLARED = List.of(PHOENIX, SEATTLE, AUSTIN, CHICAGO, NEW_YORK, ATLANTA, DENVER, MIAMI);

  /** Where remote operators sit in scenarios: spread of distances, from 2,500 to 12,000 km. */
  public static final List<Spot> OPERATORS = List.of(
      new Spot("Shenyang", 41.80, 123.43, "Asia/Shanghai"),
      new Spot("Vladivostok", 43.12, 131.89, "Asia/Vladivostok"),
      new Spot("Beijing", 39.90, 116.40, "Asia/Shanghai"),
      new Spot("Moscow", 55.76, 37.62, "Europe/Moscow"),
      new Spot("Warsaw", 52.23, 21.01, "Europe/Warsaw"),
      new Spot("Lagos", 6.52, 3.38, "Africa/Lagos"),
      new Spot("Mexico City", 19.43, -99.13, "America/Mexico_City"),
      new Spot("Sao Paulo", -23.55, -46.63, "America/Sao_Paulo"));

  public static final List<Spot> TRIPS = List.of(
      new Spot("London", 51.51, -0.13, "Europe/London"),
      new Spot("Cancun", 21.16, -86.85, "America/Cancun"),
      new Spot("Toronto", 43.65, -79.38, "America/Toronto"),
      new Spot("Honolulu", 21.31, -157.86, "Pacific/Honolulu"),
      new Spot("Paris", 48.86, 2.35, "Europe/Paris"),
      new Spot("Tokyo", 35.68, 139.69, "Asia/Tokyo"));

  /** Commercial VPN exits: four abroad, one in the US (where round trips cannot see it). */
  public static final List<Spot> VPN_EXITS = List.of(
      new Spot("Frankfurt", 50.11, 8.68, "Europe/Berlin"),
      new Spot("Amsterdam", 52.37, 4.90, "Europe/Amsterdam"),
      new Spot("Singapore", 1.35, 103.82, "Asia/Singapore"),
      new Spot("Tokyo", 35.68, 139.69, "Asia/Tokyo"),
      new Spot("Los Angeles", 34.05, -118.24, "America/Los_Angeles"));

  /** The corporate VPN exit (Ashburn) and its address block. */
  public static final Spot CORPORATE_EXIT = new Spot("Ashburn", 39.04, -77.49, "America/New_York");
  public static final String CORPORATE_CIDR = "192.0.2.0/24";
  public static final String CORPORATE_IP = "192.0.2.10";

  public static final List<Rtt.Landmark> LANDMARKS = List.of(
      new Rtt.Landmark("sea-1", 47.61, -122.33),
      new Rtt.Landmark("ash-1", 39.04, -77.49),
      new Rtt.Landmark("dfw-1", 32.78, -96.80),
      new Rtt.Landmark("chi-1", 41.88, -87.63),
      new Rtt.Landmark("fra-1", 50.11, 8.68),
      new Rtt.Landmark("sin-1", 1.35, 103.82),
      new Rtt.Landmark("tyo-1", 35.68, 139.69),
      new Rtt.Landmark("sao-1", -23.55, -46.63));
}
