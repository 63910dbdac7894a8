package io.daylight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who works for the demo organisation and how they really live: an honest majority spread over
 * several countries, benign look-alikes that resemble fraud to a naive eye, and a handful of
 * planted schemes. Scheme sizes are fixed; look-alike counts scale with the workforce (their
 * default-size counts are stated beside each).
 */
final class Population {
  static final String FARM_HOUSEHOLD = "hh-farm";
  static final String SHARED_PAYROLL_ACCOUNT = "acct-5d21c7";
  static final String[] AGENCIES = {"Apex Talent Partners LLC", "StaffPro LLC", "Nearshore Connect", "Global Dev Staffing Inc."};

  /** Residence weights of honest workers (per 100): a US-majority workforce with staff in nine other countries. */
  private static final Object[][] HOME_WEIGHTS = {
      {"phoenix", 6}, {"denver", 5}, {"seattle", 6}, {"austin", 5}, {"chicago", 6}, {"atlanta", 5}, {"boston", 5},
      {"newyork", 7}, {"sanfrancisco", 5}, {"portland", 3}, {"minneapolis", 3}, {"toronto", 5}, {"london", 8},
      {"berlin", 5}, {"paris", 4}, {"warsaw", 5}, {"bengaluru", 7}, {"makati", 5}, {"saopaulo", 4}, {"mexicocity", 2}};
  private static final String[] TRAVEL_DESTINATIONS = {"lisbon", "tokyo", "mexicocity", "london", "paris", "berlin"};
  private static final String[] FARM_DECLARED = {"seattle", "austin", "chicago", "atlanta", "boston", "denver"};
  /** Which farm laptop is the hire whose application came from the applicant ring. */
  static final int RING_HIRE_FARM_INDEX = 4;

  final List<Person> people = new ArrayList<>();
  final List<Household> households = new ArrayList<>();
  final Phones phones = new Phones();
  private final SplittableRandom r;
  private final int days;
  private int nextHousehold = 1;

  Population(SplittableRandom r, int workers, int days) {
    this.r = r;
    this.days = days;
    if (workers < 30) throw new IllegalArgumentException("the demo organisation needs at least 30 workers");
    for (int i = 0; i < workers; i++) people.add(newHonest(i));
    // Scheme members are ordinary roster positions chosen at random, like anyone else.
    int[] order = new int[workers];
    for (int i = 0; i < workers; i++) order[i] = i;
    for (int i = workers - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    plantSchemes(order);
    plantLookAlikes(workers);
  }

  static Place weightedHome(SplittableRandom r) {
    int total = 0;
    for (Object[] w : HOME_WEIGHTS) total += (Integer) w[1];
    int x = r.nextInt(total);
    for (Object[] w : HOME_WEIGHTS) {
      x -= (Integer) w[1];
      if (x < 0) return Place.byId((String) w[0]);
    }
    throw new IllegalStateException();
  }

  Household household(Place place, LatLon at, Address address, IpPrefix prefix) {
    long seed = r.nextLong();
    Household h = new Household("hh-" + (nextHousehold++), place, at, address, prefix, seed,
        14 + r.nextInt(47), Names.bssid(seed), 3 + r.nextDouble() * 22);
    households.add(h);
    return h;
  }

  private Person newHonest(int i) {
    Person p = new Person("w-" + (1001 + i), r.nextLong());
    Place home = weightedHome(r);
    String[] n = Names.person(r);
    p.name = n[0] + " " + n[1];
    p.email = Names.corporateEmail(n[0], n[1], p.id);
    p.declared = home;
    p.homeAddress = Names.address(r, home);
    p.shipTo = p.homeAddress;
    IpPrefix isp = IpPrefix.byId(home.homePrefixes().get(r.nextInt(home.homePrefixes().size())));
    // People live across the metro, not at its centre: up to 15 km out.
    p.household = household(home, home.at().offset(r.nextDouble() * 15, r.nextDouble() * 2 * Math.PI), p.homeAddress, isp);
    p.phone = Phones.format(home.country(), phones.fresh(r, home), r.nextInt(4));
    p.deviceId = "dev-" + Mix.hex(r.nextLong(), 6);
    p.serial = (r.nextBoolean() ? "C02" : "PF") + Mix.hex(r.nextLong(), 7).toUpperCase();
    p.os = r.nextInt(3) == 0 ? "macos" : "windows";
    p.laptopTz = home.tz();
    p.reactionMedianMs = HumanTiming.personReactionMedianMs(r);
    p.hireDay = -(30 + r.nextInt(1000));
    p.hired = DemoOrganisation.START.plusDays(p.hireDay);
    boolean contractor = r.nextInt(4) == 0;
    p.engagementKind = contractor ? "contractor" : "employee";
    p.agency = contractor && r.nextInt(5) < 3 ? AGENCIES[r.nextInt(AGENCIES.length)] : null;
    p.payrollAccount = "acct-" + Mix.hex(r.nextLong(), 6);
    p.payrollHolder = p.name;
    p.payrollBankCountry = home.country();
    return p;
  }

  /** Remote-desktop input tick. Policy assumption: a 60 Hz send loop (16.7 ms), the usual frame rate of such tools. */
  static final double REMOTE_DESKTOP_TICK_MS = 16.7;
  /** IP-KVM web client tick and injected hold. Policy assumption: 10 ms batches; releases 25 ms after presses. */
  static final double KVM_TICK_MS = 10, KVM_HOLD_MS = 25;

  private void plantSchemes(int[] order) {
    // A laptop farm: six hires "declared" in six US cities; all six laptops were shipped to one
    // Phoenix living room, share its line and Wi-Fi, and are driven from north-east China.
    Place phoenix = Place.byId("phoenix");
    Address farmAddress = new Address("3318 W Cactus Rd", "Phoenix", "AZ", "85029", "US");
    Household farm = new Household(FARM_HOUSEHOLD, phoenix, new LatLon(33.5975, -112.1298), farmAddress,
        IpPrefix.byId("phx-cox"), r.nextLong(), 45, Names.bssid(r.nextLong()), 12.0);
    households.add(farm);
    for (int k = 0; k < FARM_DECLARED.length; k++) {
      Person p = people.get(order[k]);
      Place declared = Place.byId(FARM_DECLARED[k]);
      redeclare(p, declared);
      p.shipTo = farmAddress;
      p.household = farm;
      p.laptopTz = phoenix.tz();
      p.os = "windows";
      boolean kvm = k >= 4;
      p.operator = kvm
          ? new RemoteOperation(RemoteOperation.Kind.IP_KVM, Place.byId("dandong"), "PiKVM", KVM_TICK_MS, KVM_HOLD_MS)
          : new RemoteOperation(RemoteOperation.Kind.REMOTE_DESKTOP, Place.byId("shenyang"), "AnyDesk", REMOTE_DESKTOP_TICK_MS, 0);
      if (kvm) p.kvmHardware = true;
      else p.extraProcesses.add("AnyDesk");
      if (k % 2 == 0) {
        p.engagementKind = "contractor";
        p.agency = AGENCIES[0];
      }
      p.scheme = "laptop_farm";
      p.labels.add("laptop_farm");
      p.labels.add(kvm ? "ip_kvm" : "remote_desktop");
      if (k == RING_HIRE_FARM_INDEX) {
        p.hireDay = 30;
        p.hired = DemoOrganisation.START.plusDays(30);
        p.labels.add("ring_hire");
      }
    }
    // A worker behind a commercial VPN: declared Atlanta; laptop and human in Vladivostok; the
    // tunnel exits in New York, so every sign-in looks domestic.
    Person vpn = people.get(order[6]);
    redeclare(vpn, Place.byId("atlanta"));
    Place vlad = Place.byId("vladivostok");
    vpn.household = household(vlad, vlad.at().offset(4, 1.0), Names.address(r, vlad), null);
    vpn.tunnel = Person.Tunnel.COMMERCIAL_VPN;
    vpn.tunnelExit = IpPrefix.byId("vpn-nyc");
    vpn.laptopTz = vpn.declared.tz();
    vpn.scheme = "vpn_worker";
    vpn.labels.add("vpn_worker");
    // A shared payroll account: three hires in three cities, paid to one account.
    int[] payees = {order[7], order[8], order[9]};
    for (int k = 0; k < payees.length; k++) {
      Person p = people.get(payees[k]);
      p.scheme = "shared_payroll";
      p.labels.add("shared_payroll");
      if (k == 0) {
        p.payrollAccount = SHARED_PAYROLL_ACCOUNT;
        p.payrollHolder = "R. Delgado";
        p.payrollBankCountry = "US";
      } else {
        p.bankChangeDay = 15 + 26 * (k - 1);
        p.bankChangeAccount = SHARED_PAYROLL_ACCOUNT;
        p.bankChangeHolder = "R. Delgado";
      }
    }
  }

  /** Moves a person's declared life (address, phone, household) to another US city. */
  private void redeclare(Person p, Place declared) {
    p.declared = declared;
    p.homeAddress = Names.address(r, declared);
    p.shipTo = p.homeAddress;
    p.phone = Phones.format(declared.country(), phones.fresh(r, declared), r.nextInt(4));
    p.laptopTz = declared.tz();
    p.payrollBankCountry = declared.country();
    IpPrefix isp = declared.homePrefixes().isEmpty() ? null : IpPrefix.byId(declared.homePrefixes().get(0));
    p.household = household(declared, declared.at().offset(r.nextDouble() * 15, r.nextDouble() * 6.28), p.homeAddress, isp);
  }

  private int scaled(int workers, int atDefault) {
    return Math.max(1, Math.round(atDefault * workers / 300f));
  }

  private void plantLookAlikes(int workers) {
    List<Person> honest = new ArrayList<>();
    for (Person p : people) if (p.honest()) honest.add(p);
    // Deterministic shuffle, then hand out disjoint look-alike roles from the front.
    for (int i = honest.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Person t = honest.get(i);
      honest.set(i, honest.get(j));
      honest.set(j, t);
    }
    int next = 0;
    for (int k = 0; k < scaled(workers, 36) && next < honest.size(); k++) {
      Person p = honest.get(next++);
      if (!p.declared.country().equals("US")) continue;
      p.tunnel = Person.Tunnel.CORPORATE_VPN;
      p.tunnelExit = IpPrefix.byId("corp-egress-chi");
      p.labels.add("corporate_vpn");
    }
    for (int k = 0; k < scaled(workers, 12); k++) {
      Person p = honest.get(next++);
      Place dest;
      do {
        dest = Place.byId(TRAVEL_DESTINATIONS[r.nextInt(TRAVEL_DESTINATIONS.length)]);
      } while (dest.country().equals(p.declared.country()));
      int start = 5 + r.nextInt(Math.max(1, days - 30));
      int length = 4 + r.nextInt(18);
      p.trip = new Person.Trip(start, Math.min(days - 1, start + length), dest,
          IpPrefix.byId(dest.homePrefixes().get(0)), r.nextLong());
      p.labels.add("traveller");
    }
    for (int k = 0; k < scaled(workers, 5); k++) {
      Person p = honest.get(next++);
      boolean geo = k == 0;
      Place home = Place.byId(geo ? "bozeman" : (k % 2 == 0 ? "austin" : "seattle"));
      redeclare(p, home);
      IpPrefix sat = IpPrefix.byId(geo ? "geo-hughes" : (home.id().equals("austin") ? "starlink-dfw" : "starlink-sea"));
      // Satellite customers live out of town: 40-80 km from the city they name.
      p.household = household(home, home.at().offset(40 + r.nextDouble() * 40, r.nextDouble() * 6.28), p.homeAddress, sat);
      p.satellite = geo ? Person.Satellite.GEO : Person.Satellite.LEO;
      p.labels.add(geo ? "satellite_geo" : "satellite_leo");
    }
    // Spouses (or flatmates) at one address, both on the payroll.
    Person a = honest.get(next++), b = honest.get(next++);
    redeclare(b, a.declared);
    b.homeAddress = a.homeAddress;
    b.shipTo = a.homeAddress;
    b.household = a.household;
    a.labels.add("shared_address");
    b.labels.add("shared_address");
    for (int k = 0; k < scaled(workers, 8); k++) {
      Person p = honest.get(next++);
      p.nightOwl = true;
      p.labels.add("night_owl");
    }
    for (int k = 0; k < scaled(workers, 3); k++) {
      Person p = honest.get(next++);
      p.consumerVpnDay = 3 + r.nextInt(days - 6);
      p.labels.add("consumer_vpn_once");
    }
    for (int k = 0; k < scaled(workers, 4); k++) {
      Person p = honest.get(next++);
      p.bankChangeDay = 5 + r.nextInt(days - 10);
      p.bankChangeAccount = "acct-" + Mix.hex(r.nextLong(), 6);
      p.bankChangeHolder = p.name;
      p.labels.add("bank_changed_once");
    }
    for (int k = 0; k < scaled(workers, 5); k++) {
      Person p = honest.get(next++);
      // Laptop sent to the office or a relative's address in another city.
      Place other = weightedHome(r);
      p.shipTo = Names.address(r, other);
      p.labels.add("laptop_shipped_elsewhere");
    }
    for (int k = 0; k < scaled(workers, 10); k++) {
      Person p = honest.get(next++);
      p.hireDay = 10 + r.nextInt(Math.max(1, days - 20));
      p.hired = DemoOrganisation.START.plusDays(p.hireDay);
      p.labels.add("hired_mid_window");
    }
    // The sanctioned remote-support tool: installed widely, used now and then by the help desk.
    int installs = scaled(workers, 24);
    for (int k = 0; k < installs; k++) {
      Person p = honest.get((next + k * 3) % honest.size());
      if (p.sanctionedSupportTool) continue;
      p.sanctionedSupportTool = true;
      p.extraProcesses.add("TeamViewer");
      p.labels.add("sanctioned_remote_support");
      if (k < scaled(workers, 6)) {
        int first = Math.max(p.hireDay, 0) + 2 + r.nextInt(Math.max(1, days - Math.max(p.hireDay, 0) - 4));
        p.supportDays.add(Math.min(days - 1, first));
      }
    }
    // Honest contractors placed through the same agency as part of the farm.
    for (Person p : people) {
      if (p.honest() && AGENCIES[0].equals(p.agency)) p.labels.add("contractor_via_agency");
    }
  }
}
