package io.daylight.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One worker as the behaviour model sees them: where the laptop truly is, where the human operating
 * it truly is, how it reaches the internet, and what they declared. Measurements are derived from
 * this; nothing here is a detector input.
 */
final class Person {
  /** How the device reaches the internet, beyond its household line. */
  enum Tunnel { NONE, CORPORATE_VPN, COMMERCIAL_VPN }

  enum Satellite { NONE, LEO, GEO }

  /** A stay away from home: device and human move together. */
  record Trip(int startDay, int endDay, Place place, IpPrefix network, long seed) {
    boolean covers(int day) {
      return day >= startDay && day <= endDay;
    }
  }

  final String id;
  final long seed;
  String name, email, phone;
  Place declared;
  Address homeAddress, shipTo;
  Household household;
  String deviceId, serial, os;
  String laptopTz;
  double reactionMedianMs;
  int hireDay;
  LocalDate hired;
  String applicationId;
  String engagementKind, agency;
  String payrollAccount, payrollHolder, payrollBankCountry;
  Tunnel tunnel = Tunnel.NONE;
  IpPrefix tunnelExit;
  Satellite satellite = Satellite.NONE;
  /** Non-null when someone elsewhere operates the laptop all the time (a scheme). */
  RemoteOperation operator;
  boolean nightOwl;
  Trip trip;
  int consumerVpnDay = -1;
  int bankChangeDay = -1;
  String bankChangeAccount;
  String bankChangeHolder;
  boolean sanctionedSupportTool;
  List<Integer> supportDays = new ArrayList<>();
  List<String> extraProcesses = new ArrayList<>();
  boolean kvmHardware;
  String scheme;
  final List<String> labels = new ArrayList<>();

  Person(String id, long seed) {
    this.id = id;
    this.seed = seed;
  }

  /** Where the laptop is on a day of the window. */
  LatLon deviceAt(int day) {
    return trip != null && trip.covers(day) ? trip.place().at() : household.at();
  }

  /** The time zone the laptop's clock is set to on a day: laptops follow the local zone. */
  String osTz(int day) {
    return trip != null && trip.covers(day) ? trip.place().tz() : laptopTz;
  }

  /** The network exit that holds the public address, when traffic is tunnelled. */
  IpPrefix exitOn(int day) {
    if (day == consumerVpnDay) return IpPrefix.byId("vpn-nyc");
    return tunnel == Tunnel.NONE ? null : tunnelExit;
  }

  java.time.ZoneId osZone(int day) {
    return Zones.of(osTz(day));
  }

  String publicIp(int day) {
    IpPrefix exit = exitOn(day);
    if (exit != null) {
      // Tunnel exits hand out a few shared addresses; many users appear behind each one.
      return exit.host(Mix.mix(exit.id().hashCode(), day * 7L + (seed & 3)) & 15);
    }
    if (trip != null && trip.covers(day)) return trip.network().host(Mix.mix(trip.seed(), day));
    return household.publicIp(day);
  }

  String bssid(int day) {
    if (trip != null && trip.covers(day)) return Names.bssid(trip.seed());
    return household.bssid();
  }

  double lastMileMs(int day) {
    if (trip != null && trip.covers(day)) return 3 + Mix.unit(trip.seed(), 1) * 22;
    return household.lastMileMs();
  }

  boolean honest() {
    return scheme == null;
  }
}
