package io.daylight.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One hired worker as the model knows them: the identity they declared, and the truth behind it —
 * where the laptop really is, who really types on it, how its traffic leaves, how they are paid.
 */
final class Persona {
  /** Who sits at the laptop. */
  enum Mode {
    /** The declared person, at the laptop. */
    LOCAL,
    /** The laptop sits in a facilitator's home; an operator abroad drives it by remote tool or IP-KVM. */
    FARM,
    /** The laptop is with the operator abroad; its traffic leaves through a VPN or rented server in the US. */
    VPN_ABROAD
  }

  /** A facilitator's home hosting several workers' laptops. */
  static final class Farm {
    String id, difficulty, facilitator;
    Places.City city;
    double lat, lon;
    Identities.Address address;
    IpTable.Prefix prefix;
    String ip, bssidBase;
    final List<Persona> members = new ArrayList<>();
  }

  /** A place whose network several people share on some days (a coworking space). */
  record Space(IpTable.Prefix prefix, String ip, String bssid, double lat, double lon) {}

  /** A change of payment destination on {@code day}. */
  record PayChange(int day, String account, String holder, String bankCountry, String method) {}

  // Identity as declared.
  String id, applicationId, mailbox, email, phone, agency;
  int applicationDay, hireDay;
  Identities.Name name;
  Places.City declared;
  final List<String> links = new ArrayList<>();

  // Label.
  boolean fraud;
  String scheme, difficulty, crew, behaviour = "honest";
  final Set<String> traits = new LinkedHashSet<>();

  // The truth of where and how they work.
  Mode mode = Mode.LOCAL;
  Places.City homeCity;
  double lat, lon;
  Identities.Address home, shipTo;
  IpTable.Prefix homePrefix;
  String homeIp, bssid;
  NetworkPaths.Access access = NetworkPaths.Access.RESIDENTIAL;
  double accessU;
  boolean wired, icmpAnswers = true, mac, engineer = true;
  String laptopId, serial, phoneId;
  final List<String> personalDevices = new ArrayList<>();
  HumanTiming.Typist typist;
  IpTable.Prefix carrier;

  // Operators.
  Places.City operator;
  double opLat, opLon;
  IpTable.Prefix operatorPrefix;
  HumanTiming.Relay relay = HumanTiming.Relay.NONE;
  Farm farm;
  IpTable.Prefix vpnExit;
  String vpnIp;
  /** Share of days the laptop clock (and with it commit offsets) shows the operator's zone. */
  double clockShare;
  /** Share of days commits are made from the operator's own machine (offset of the operator's zone). */
  double commitShare;
  /** Share of days the operator shifts work into their own daytime. */
  double nightShiftSlip;
  boolean corporateEgress;

  // Honest plans.
  final Map<Integer, Places.City> away = new HashMap<>();
  boolean awayUsesCompanyVpn;
  double vpnDayShare;
  boolean vpnCompany, vpnProton;
  int moveDay = -1, hrDay = -1;
  Places.City newCity;
  Identities.Address newHome;
  IpTable.Prefix newPrefix;
  String newIp, newBssid;
  double newLat, newLon;
  int replaceDay = -1;
  String newSerial, newLaptopId;
  Space coworking;
  boolean nightOwl, jiggler, ssh, homelabKvm, slow, teamViewer;
  String kvmSerial;

  // Pay.
  String account, holder, bankCountry = "US";
  final List<PayChange> payroll = new ArrayList<>();

  Hire hire() {
    return new Hire(id, applicationId, applicationDay, hireDay, name.full(), email, phone,
        declared.name(), declared.region(), declared.country(), declared.lat(), declared.lon(), declared.zone(),
        links, agency, fraud ? scheme : null, fraud ? difficulty : null, fraud ? crew : null);
  }

  Truth.Label label() {
    return new Truth.Label(fraud, behaviour, fraud ? difficulty : null, new ArrayList<>(traits), applicationId);
  }

  boolean has(String trait) {
    return traits.contains(trait);
  }
}
