package io.daylight.core.scenario;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.testkit.MapIpIntel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A labelled organisation for measuring the post-hire detectors. Its truth comes from a behaviour
 * model, not from the detectors: who is an impostor (a farm laptop with an operator abroad, or a
 * solo operator behind VPNs) and what honest people do that looks similar (households of two,
 * travel, consumer VPNs, phones on carrier NAT, mis-geolocated home IPs, sanctioned TeamViewer,
 * bank changes, spouses' accounts, laptop replacements HR never recorded, agency recruiters).
 * The rates below are the model's assumptions, written down so the measured detection and
 * false-positive rates can be read against them; none is read from a detector.
 */
public final class PostHireScenario {
  public static final long START = Instant.parse("2026-01-15T00:00:00Z").toEpochMilli();
  static final long DAY = 86_400_000L;
  static final long HOUR = 3_600_000L;

  public final List<Event> events = new ArrayList<>();
  /** worker → "honest", "farm" or "solo". */
  public final Map<String, String> truth = new LinkedHashMap<>();
  /** worker → the honest look-alike traits it was given (for reading false positives). */
  public final Map<String, Set<String>> traits = new LinkedHashMap<>();
  public final MapIpIntel ip = new MapIpIntel();
  public final DeploymentContext context = new DeploymentContext(CidrSet.of(List.of("203.0.113.0/24")),
      Set.of("TeamViewer"), List.of(), List.of());
  public final String badAgency = "Shady Staffing LLC";

  private final Random rnd;
  private final int days;
  private int ipSeq;
  private final Set<String> misgeolocated = new java.util.HashSet<>();
  private int addrSeq;

  record City(String name, String region, String country, double lat, double lon) {}

  static final City[] US = {
      new City("Phoenix", "AZ", "US", 33.45, -112.07), new City("Denver", "CO", "US", 39.74, -104.99),
      new City("Dallas", "TX", "US", 32.78, -96.80), new City("Chicago", "IL", "US", 41.88, -87.63),
      new City("Atlanta", "GA", "US", 33.75, -84.39), new City("New York", "NY", "US", 40.71, -74.00),
      new City("Seattle", "WA", "US", 47.61, -122.33), new City("Miami", "FL", "US", 25.76, -80.19),
      new City("Boston", "MA", "US", 42.36, -71.06), new City("Los Angeles", "CA", "US", 34.05, -118.24),
      new City("Minneapolis", "MN", "US", 44.98, -93.27), new City("Nashville", "TN", "US", 36.16, -86.78)};
  static final City[] ABROAD = {
      new City("Shenyang", null, "CN", 41.80, 123.43), new City("Vladivostok", null, "RU", 43.12, 131.89),
      new City("Dubai", null, "AE", 25.20, 55.27)};
  static final City[] TRIPS_ABROAD = {new City("London", null, "GB", 51.51, -0.13), new City("Toronto", null, "CA", 43.65, -79.38)};

  private final String[] vpnExits = new String[20];
  private final String[] hostingExits = new String[10];
  private final String[] mobileExits = new String[60];
  private final String[] corporate = {"203.0.113.10", "203.0.113.11", "203.0.113.12"};

  private PostHireScenario(long seed, int days) {
    this.rnd = new Random(seed);
    this.days = days;
    for (int i = 0; i < vpnExits.length; i++) {
      vpnExits[i] = "192.0.2." + i;
      ip.network(vpnExits[i], "NL", IpIntel.NetworkClass.VPN, "Consumer VPN " + (i % 4));
    }
    for (int i = 0; i < hostingExits.length; i++) {
      hostingExits[i] = "192.0.2." + (100 + i);
      ip.network(hostingExits[i], "US", IpIntel.NetworkClass.HOSTING, "Cloud Host " + (i % 3));
    }
    for (int i = 0; i < mobileExits.length; i++) {
      mobileExits[i] = "100.64.0." + i;
      ip.mobile(mobileExits[i], "US");
    }
  }

  /** An organisation of {@code workers} over {@code days} days; about 4 % are impostors. */
  public static PostHireScenario generate(long seed, int workers, int days) {
    PostHireScenario s = new PostHireScenario(seed, days);
    s.build(workers);
    return s;
  }

  private boolean p(double prob) {
    return rnd.nextDouble() < prob;
  }

  private <T> T pick(T[] a) {
    return a[rnd.nextInt(a.length)];
  }

  /** A residential IP geolocated to {@code c}; 3 % of ISPs' ranges geolocate to a far city instead. */
  private String residentialIp(City c) {
    String a = "198.18." + (ipSeq / 250) + "." + (ipSeq % 250);
    ipSeq++;
    City shown = c;
    if (p(0.03)) {
      shown = pick(US);
      if (shown != c) misgeolocated.add(a);
    }
    ip.residential(a, c.country(), shown.name(), shown.lat(), shown.lon());
    return a;
  }

  private Address address(City c) {
    addrSeq++;
    return new Address(addrSeq + " " + pick(new String[] {"Palm St", "Oak Avenue", "Elm Rd", "Main Street"}), null,
        c.name(), c.region(), String.format("%05d", 10000 + addrSeq), c.country());
  }

  private String bssid() {
    return String.format("02:00:%02x:%02x:%02x:%02x", rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256));
  }

  /** A person: what HR records and where they really are. */
  static final class Person {
    String id, name, mode, account, holder, bankCountry = "US", agency, shipChangeTo;
    City home;
    Address homeAddr, shipTo;
    String homeIp, homeBssid, serial;
    Set<String> traits = new TreeSet<>();
  }

  private void build(int n) {
    List<Person> people = new ArrayList<>();
    int i = 0;
    String[] honestAgencies = {"StaffPro LLC", "Good Talent Inc", "DevBridge Partners", "Remote Experts"};
    while (i < n) {
      if (p(0.008) && n - i >= 8) {
        i += farm(people, i, 3 + rnd.nextInt(6));
      } else if (p(0.01)) {
        people.add(solo("w-" + i++));
      } else {
        Person h = honest("w-" + i++, honestAgencies);
        people.add(h);
        if (p(0.04) && i < n) {
          Person partner = honest("w-" + i++, honestAgencies);
          partner.home = h.home;
          partner.homeAddr = h.homeAddr;
          partner.shipTo = h.homeAddr;
          partner.homeIp = h.homeIp;
          partner.homeBssid = h.homeBssid;
          h.traits.add("household-of-two");
          partner.traits.add("household-of-two");
          if (p(0.5)) {
            partner.account = h.account;
            h.holder = partner.holder = h.name + " and " + partner.name;
            h.traits.add("joint-account");
            partner.traits.add("joint-account");
          }
          people.add(partner);
        }
      }
    }
    for (Person p : people) {
      truth.put(p.id, p.mode);
      traits.put(p.id, p.traits);
      emit(p);
    }
  }

  private Person honest(String id, String[] agencies) {
    Person p = new Person();
    p.id = id;
    p.mode = "honest";
    p.name = "Given" + id.substring(2) + " Family" + id.substring(2);
    p.home = pick(US);
    p.homeAddr = address(p.home);
    p.shipTo = p.homeAddr;
    if (p(0.10)) {
      p.shipTo = address(pick(US));
      p.traits.add("laptop-to-office");
    }
    p.homeIp = residentialIp(p.home);
    p.homeBssid = bssid();
    p.serial = "SN" + id;
    p.account = "acct-" + id;
    p.holder = p(0.3) ? p.name.charAt(0) + ". " + p.name.substring(p.name.indexOf(' ') + 1) : p.name;
    if (p(0.02)) {
      p.holder = "Partner Otherfamily";
      p.traits.add("spouse-named-account");
    }
    if (p(0.01)) {
      p.bankCountry = "CA";
      p.traits.add("bank-abroad");
    }
    if (p(0.3)) p.agency = pick(agencies);
    return p;
  }

  private int farm(List<Person> people, int first, int k) {
    City where = pick(US);
    Address farmAddr = address(where);
    String[] farmIps = {residentialIp(where), residentialIp(where)};
    String farmBssid = bssid();
    String shared = "acct-farm-" + first;
    boolean twoLines = p(0.2);
    for (int j = 0; j < k; j++) {
      Person p = new Person();
      p.id = "w-" + (first + j);
      p.mode = "farm";
      p.name = "Given" + (first + j) + " Family" + (first + j);
      p.home = pick(US);
      p.homeAddr = address(p.home);
      p.shipTo = farmAddr;
      if (p(0.15)) p.homeAddr = farmAddr;
      if (p(0.3)) {
        p.shipTo = p.homeAddr;
        p.shipChangeTo = "farm";
      }
      p.homeIp = twoLines && j % 2 == 1 ? farmIps[1] : farmIps[0];
      p.homeBssid = farmBssid;
      p.serial = "SN" + p.id;
      p.account = p(0.4) ? shared : "acct-" + p.id;
      p.holder = p(0.35) ? "Facilitator Person" + first : p.name;
      if (p(0.15)) p.bankCountry = pick(new String[] {"HK", "AE", "CN"});
      p.agency = p(0.5) ? badAgency : p(0.4) ? "StaffPro LLC" : null;
      people.add(p);
      shipToFarm.put(p.id, farmAddr);
    }
    return k;
  }

  private final Map<String, Address> shipToFarm = new LinkedHashMap<>();

  private Person solo(String id) {
    Person p = new Person();
    p.id = id;
    p.mode = "solo";
    p.name = "Given" + id.substring(2) + " Family" + id.substring(2);
    p.home = pick(US);
    p.homeAddr = address(p.home);
    p.shipTo = p(0.5) ? address(pick(US)) : p.homeAddr;
    p.homeIp = null;
    p.serial = "SN" + id;
    p.account = "acct-" + id;
    p.holder = p(0.35) ? "Someone Else" + id : p.name;
    if (p(0.15)) p.bankCountry = pick(new String[] {"HK", "AE"});
    p.agency = p(0.5) ? badAgency : null;
    return p;
  }

  private static Place place(City c) {
    return new Place(c.name(), c.region(), c.country(), c.lat(), c.lon());
  }

  private Worker worker(Person p, long time, Address shipTo) {
    return new Worker("wk-" + p.id + "-" + time, time, p.id, p.name, p.id + "@corp.example", null, place(p.home),
        null, "2026-01-15", "app-" + p.id, p.homeAddr, new Worker.Laptop(p.serial, shipTo),
        new Worker.PayrollAccount(p.account, p.holder, p.bankCountry),
        new Worker.Engagement(p.agency == null ? "employee" : "contractor", p.agency));
  }

  private int seq;

  private String eid(String kind, String w) {
    return kind + "-" + w + "-" + (seq++);
  }

  private void emit(Person p) {
    boolean fraud = !p.mode.equals("honest");
    events.add(worker(p, START - 5 * DAY, p.shipTo));
    if (p.shipChangeTo != null) events.add(worker(p, START - 2 * DAY, shipToFarm.get(p.id)));
    application(p, fraud);
    boolean honest = !fraud;
    // Honest traits.
    boolean traveller = honest && p(0.10);
    boolean tripAbroad = honest && p(0.02);
    boolean occasionalVpn = honest && p(0.20);
    boolean alwaysVpn = honest && p(0.04);
    boolean phone = p(0.5);
    boolean corpVpn = honest && p(0.30);
    boolean firstOnPhone = honest ? p(0.10) : p(0.5);
    boolean byod = honest && p(0.03);
    boolean replacedLaptop = honest && p(0.01);
    if (traveller) p.traits.add("traveller");
    if (tripAbroad) p.traits.add("trip-abroad");
    if (occasionalVpn) p.traits.add("consumer-vpn-sometimes");
    if (alwaysVpn) p.traits.add("vpn-always");
    if (phone) p.traits.add("phone-on-carrier-nat");
    if (corpVpn) p.traits.add("corporate-vpn");
    if (byod) p.traits.add("byod-several-devices");
    if (honest && firstOnPhone) p.traits.add("first-sign-in-on-phone");
    if (replacedLaptop) p.traits.add("unrecorded-laptop-replacement");
    if (honest && misgeolocated.contains(p.homeIp)) p.traits.add("home-ip-misgeolocated");
    // Endpoint software and hardware.
    List<Inventory.Process> procs = new ArrayList<>(List.of(
        new Inventory.Process("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC"),
        new Inventory.Process("Teams.exe", "C:\\Program Files\\Teams\\Teams.exe", "Microsoft Corporation")));
    List<Inventory.UsbDevice> usb = new ArrayList<>(List.of(new Inventory.UsbDevice("046d", "c52b", "Logitech", "USB Receiver", null)));
    if (honest) {
      if (p(0.05)) { procs.add(tool("TeamViewer")); p.traits.add("sanctioned-teamviewer"); }
      if (p(0.02)) { procs.add(tool("AnyDesk")); p.traits.add("own-remote-tool"); }
      if (p(0.003)) { usb.add(jiggler()); p.traits.add("mouse-jiggler"); }
      if (p(0.001)) { usb.add(pikvm(true)); p.traits.add("homelab-kvm"); }
    } else {
      if (p(0.6)) procs.add(tool(pick(new String[] {"AnyDesk", "RustDesk", "Chrome Remote Desktop"})));
      else if (p(0.25)) procs.add(tool("TeamViewer"));
      if (p.mode.equals("farm") && p(0.3)) usb.add(pikvm(p(0.67)));
      if (p(0.3)) usb.add(jiggler());
    }
    String inventorySerial = replacedLaptop || (fraud && p(0.10)) ? "OTHER-" + p.id : p.serial;
    City abroad = pick(ABROAD);
    String abroadIp = fraud ? residentialIp(abroad) : null;
    String operatorVpn = pick(p(0.7) ? vpnExits : hostingExits);
    boolean operatorUsesVpn = fraud && p(p.mode.equals("solo") ? 0.7 : 0.6);
    boolean operatorDirect = fraud && p(0.25);
    int unmanagedDevices = byod ? 3 + rnd.nextInt(2) : fraud ? 1 + rnd.nextInt(4) : 1;
    String mobileIp = pick(mobileExits);
    // Trips: honest travellers spend 15–30 % of days away; a trip abroad is one week.
    boolean[] away = new boolean[days];
    City[] awayCity = new City[days];
    if (traveller) {
      for (int d = 0; d < days; d++) {
        if (p(0.06)) {
          City dest = pick(US);
          int len = 2 + rnd.nextInt(3);
          for (int k = d; k < Math.min(days, d + len); k++) { away[k] = true; awayCity[k] = dest; }
          d += len + 3;
        }
      }
    }
    if (tripAbroad) {
      int start = rnd.nextInt(Math.max(1, days - 8));
      City dest = pick(TRIPS_ABROAD);
      for (int k = start; k < start + 7 && k < days; k++) { away[k] = true; awayCity[k] = dest; }
    }
    Map<City, String> hotelIps = new LinkedHashMap<>();
    boolean firstDone = false;
    for (int d = 0; d < days; d++) {
      long base = START + d * DAY + 15 * HOUR;
      boolean weekend = d % 7 >= 5;
      if (weekend && !p(0.2)) continue;
      // Where the laptop is and which network it uses today.
      String laptopIp;
      String bssid;
      if (p.mode.equals("solo")) {
        laptopIp = operatorUsesVpn ? operatorVpn : abroadIp;
        bssid = null;
      } else if (away[d]) {
        laptopIp = hotelIps.computeIfAbsent(awayCity[d], this::residentialIp);
        bssid = null;
      } else {
        laptopIp = p.homeIp;
        bssid = p.homeBssid;
      }
      if (honest && corpVpn && p(0.5)) laptopIp = pick(corporate);
      if (honest && occasionalVpn && p(0.03)) laptopIp = pick(vpnExits);
      if (honest && alwaysVpn && p(0.7)) laptopIp = pick(vpnExits);
      events.add(new Inventory(eid("inv", p.id), base, p.id, "dev-" + p.id, inventorySerial, null, laptopIp, bssid,
          procs, usb, List.of()));
      boolean flightDay = away[d] && (d == 0 || !away[d - 1]);
      if (!firstDone && firstOnPhone) {
        events.add(auth(p, base - 2 * HOUR, mobileIp, "phone-" + p.id, false));
      }
      firstDone = true;
      if (flightDay) {
        // Morning at home, evening at the destination: a real flight.
        events.add(auth(p, base - 6 * HOUR, p.homeIp, "dev-" + p.id, true));
      }
      events.add(auth(p, base, laptopIp, "dev-" + p.id, true));
      if (phone && p(0.4)) events.add(auth(p, base + 3 * HOUR, pick(mobileExits), "phone-" + p.id, false));
      if (byod && p(0.5)) events.add(auth(p, base + 2 * HOUR, p.homeIp, "pc-" + p.id + "-" + rnd.nextInt(unmanagedDevices), false));
      if (fraud) {
        String dev = "own-" + p.id + "-" + rnd.nextInt(unmanagedDevices);
        if (operatorUsesVpn && p(0.5)) events.add(auth(p, base + 5 * 60_000, operatorVpn, dev, false));
        if (operatorDirect && p(0.3)) events.add(auth(p, base + 5 * 60_000, abroadIp, dev, false));
      }
    }
    payroll(p, fraud);
  }

  private Auth auth(Person p, long t, String srcIp, String device, boolean managed) {
    return new Auth(eid("auth", p.id), t, p.id, srcIp, device, managed, "success", "push", "ua", null);
  }

  private void payroll(Person p, boolean fraud) {
    int changes = fraud ? (p(0.2) ? 3 : p(0.3) ? 1 : 0) : (p(0.01) ? 3 : p(0.10) ? 1 : 0);
    if (!fraud && changes == 3) p.traits.add("bank-changed-three-times");
    else if (!fraud && changes == 1) p.traits.add("bank-changed-once");
    String method = fraud && p(0.25) ? pick(new String[] {"crypto", "payment_platform"}) : !fraud && p(0.005) ? "payment_platform" : "ach";
    if (!fraud && method.equals("payment_platform")) p.traits.add("payment-platform");
    for (int c = 0; c < changes; c++) {
      long t = START + (10 + c * 15) * DAY;
      String account = "acct-" + p.id + "-" + c;
      events.add(new Payroll(eid("pay", p.id), t, p.id, account, p.holder, p.bankCountry, c == changes - 1 ? method : "ach"));
    }
    if (changes == 0 && !method.equals("ach")) {
      events.add(new Payroll(eid("pay", p.id), START + 20 * DAY, p.id, p.account, p.holder, p.bankCountry, method));
    }
  }

  private void application(Person p, boolean fraud) {
    long t = START - 40 * DAY + rnd.nextInt(20) * DAY;
    String device;
    String appIp;
    String channel;
    if (fraud && badAgency.equals(p.agency)) {
      device = "fp-operator-" + rnd.nextInt(3);
      appIp = pick(vpnExits);
      channel = "job_board";
    } else if (p.agency != null && p(0.6)) {
      device = "fp-office-" + p.agency.hashCode();
      appIp = "203.0.113.200";
      channel = "agency";
    } else {
      device = "fp-" + p.id;
      appIp = p.homeIp == null ? pick(vpnExits) : p.homeIp;
      channel = "direct";
    }
    events.add(new Application("app-" + p.id, t, "Engineer", new Application.Candidate(p.name, p.id + "@mail.example",
        null, place(p.home), null, null, null, null), appIp, "ua", device, null, null, null, null, null,
        new Application.Source(channel, p.agency, null)));
  }

  private static Inventory.Process tool(String name) {
    switch (name) {
      case "AnyDesk": return new Inventory.Process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH");
      case "RustDesk": return new Inventory.Process("rustdesk.exe", "C:\\Program Files\\RustDesk\\rustdesk.exe", null);
      case "Chrome Remote Desktop": return new Inventory.Process("remoting_host.exe",
          "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\remoting_host.exe", "Google LLC");
      default: return new Inventory.Process("TeamViewer.exe", "C:\\Program Files\\TeamViewer\\TeamViewer.exe", "TeamViewer Germany GmbH");
    }
  }

  private Inventory.UsbDevice pikvm(boolean branded) {
    return branded ? new Inventory.UsbDevice("1d6b", "0104", "PiKVM", "PiKVM Composite Device", "CAFEBABE")
        : new Inventory.UsbDevice("1d6b", "0104", "Dell", "Dell Keyboard", "X1");
  }

  private static Inventory.UsbDevice jiggler() {
    return new Inventory.UsbDevice("0000", "0001", "Vaydeer", "USB Mouse Mover", null);
  }
}
