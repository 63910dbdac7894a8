package io.daylight.population;

import io.daylight.population.HumanTiming.Relay;
import io.daylight.population.IpTable.Kind;
import io.daylight.population.IpTable.Prefix;
import io.daylight.population.NetworkPaths.Access;
import io.daylight.population.NetworkPaths.Landmark;
import io.daylight.population.Persona.Mode;
import io.daylight.population.Places.City;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hired workforce over the window: roster, sign-ins, devices, round trips, input timing,
 * commits and payroll, for honest workers (most of them plain, many planted as look-alikes of fraud)
 * and for the schemes the public reporting describes (see {@code /work/briefs/public-reporting.md}):
 *
 * <ul>
 *   <li>{@code laptop_farm}: US v. Chapman (DoJ 16 May 2024, sentencing 24 Jul 2025), US v. Knoot
 *       (DoJ 8 Aug 2024), DoJ "DPRK RevGen" (30 Jun 2025, remote tools and hardware KVMs);
 *   <li>{@code vpn_worker}: KnowBe4 (23 Jul 2024: VPN, night hours), Mandiant UNC5267 and Google TI
 *       2025 (Astrill and commercial VPNs), Amazon CSO 2025 (keystroke latency);
 *   <li>{@code payroll_diversion}: FBI PSAs I-051622, I-101823, I-012325 (pay to accounts not in the
 *       worker's name or changed often); Chapman (wages deposited to the facilitator);
 *   <li>{@code applicant_ring}: hires produced by a ring of applications (the applications side
 *       writes the ring; here they get a farm's or a VPN operator's telemetry at their difficulty).
 * </ul>
 *
 * <p>Fraud is about 9 % of workers (the population: 400 workers, fraud at three
 * difficulties). Nothing here reads Daylight: the model is written from behaviour and physics.
 */
final class Workforce {
  /** Schemes and how many workers each plants per 400, per difficulty (obvious, moderate, subtle). */
  private static final Map<String, int[]> FRAUD_PER_400 = new LinkedHashMap<>();

  static {
    FRAUD_PER_400.put("laptop_farm", new int[] {4, 4, 3});
    FRAUD_PER_400.put("vpn_worker", new int[] {3, 3, 3});
    FRAUD_PER_400.put("payroll_diversion", new int[] {3, 2, 2});
    FRAUD_PER_400.put("applicant_ring", new int[] {3, 3, 3});
  }

  static final List<String> DIFFICULTIES = List.of("obvious", "moderate", "subtle");

  /**
   * An honest look-alike, planted as a primary behaviour on {@code share} of honest workers (at least
   * {@code min}). Shares are assumptions about a 400-person remote engineering workforce unless a
   * source is given; they are set so that each kind appears several times per seed while plain
   * honest workers stay the majority.
   */
  record LookAlike(String name, double share, int min) {}

  static final List<LookAlike> LOOK_ALIKES = List.of(
      // Honest people living abroad and saying so (nearshore/offshore direct hires): enough that country never explains fraud.
      new LookAlike("foreign_resident", 0.07, 3),
      // Phone and laptop on carrier data; Pew Research Center (Mobile/Internet fact sheets 2021–2024): ~15 % of US
      // adults are smartphone-only internet users. 3 % planted as primary; 15 % more carry it as a trait.
      new LookAlike("mobile_data", 0.03, 2),
      // IT-approved TeamViewer for support, beside an old, idle, unapproved AnyDesk install.
      new LookAlike("remote_support_tool", 0.025, 2),
      // Company or personal VPN on some days only.
      new LookAlike("vpn_some_days", 0.025, 2),
      // Pay into a joint account "A & B Surname".
      new LookAlike("joint_account", 0.02, 1),
      // Two co-workers of one household (planted in pairs).
      new LookAlike("household_coworkers", 0.02, 2),
      // Always-on full-tunnel company VPN: every address is the corporate egress.
      new LookAlike("corporate_vpn", 0.025, 2),
      // Business trips and family visits inside the US.
      new LookAlike("traveller", 0.02, 1),
      // A week working from abroad (holiday extension), some through the company VPN.
      new LookAlike("week_abroad", 0.015, 1),
      // Works evenings and nights local time.
      new LookAlike("night_owl", 0.02, 1),
      // Starlink at home (AS14593; point of presence hundreds of km away, LEO 25–40 ms).
      new LookAlike("satellite_leo", 0.01, 1),
      // Geostationary satellite (Hughes, ViaSat; ~550 ms).
      new LookAlike("satellite_geo", 0.005, 1),
      // Laptop shipped to an office or a relative, not the home address.
      new LookAlike("laptop_shipped_elsewhere", 0.015, 1),
      // Bank account changed once (new bank), sometimes written with initials.
      new LookAlike("bank_changed_once", 0.02, 1),
      // Paid through a payment platform.
      new LookAlike("payment_platform", 0.01, 1),
      // Several personal devices signing in (tablet, personal laptop).
      new LookAlike("several_devices", 0.015, 1),
      // Contractors placed by staffing agencies (one agency has an offshore office).
      new LookAlike("agency_contractor", 0.03, 2),
      // Two employees sharing a coworking space on some days (planted in pairs).
      new LookAlike("coworking_shared", 0.01, 2),
      // Moved city; HR updated 2–4 weeks later.
      new LookAlike("relocation_late_hr", 0.01, 1),
      // Slow or accessibility typists (on-screen keyboards, switch access).
      new LookAlike("slow_typist", 0.01, 1),
      // Works in ssh with ObscureKeystrokeTiming (OpenSSH ≥ 9.5 default).
      new LookAlike("ssh_obscure_timing", 0.01, 1),
      // A software mouse jiggler.
      new LookAlike("mouse_jiggler", 0.01, 1),
      // A home-lab PiKVM attached to the work laptop, driven from the same house.
      new LookAlike("homelab_kvm", 0.01, 1),
      // Laptop replaced (new serial) without a roster update.
      new LookAlike("laptop_replaced", 0.01, 1));

  /** Agencies placing contractors; Meridian Global Talent files from an offshore office too (issue 15, item 1). */
  static final List<String> AGENCIES = List.of("Brightpath Staffing", "Keystone Talent Partners", "Harbor IT Contractors",
      "Meridian Global Talent", "Summit Tech Staffing");

  private static final String[] BSSID_OUI = {"50:c7:bf", "a0:04:60", "f0:9f:c2"}; // TP-Link, NETGEAR, Ubiquiti (IEEE MA-L)
  private static final String APP_SERVER = "iad-1";
  static final String COMPANY = "corp.example";

  private final SplittableRandom random;
  private final int days;
  private final Identities ids;
  private final long salt;
  private final List<Persona> personas = new ArrayList<>();
  private final List<Persona.Farm> farms = new ArrayList<>();
  /** Every written rtt beside the fibre floor to the host that answered it (for the physics test). */
  final List<double[]> rttFloors = new ArrayList<>();
  private long eventSeq;

  Workforce(SplittableRandom random, int workers, int days) {
    if (workers < 40) throw new IllegalArgumentException("at least 40 workers, so every class can be planted");
    this.random = random;
    this.days = days;
    this.ids = new Identities(random.split());
    this.salt = random.nextLong();
    plan(workers);
  }

  List<Hire> hires() {
    return personas.stream().map(Persona::hire).toList();
  }

  List<Persona> personas() {
    return Collections.unmodifiableList(personas);
  }

  /** The organisation's context file: landmarks, corporate egress, sanctioned tools. */
  Map<String, Object> context() {
    Map<String, Object> c = new LinkedHashMap<>();
    List<Map<String, Object>> lm = new ArrayList<>();
    for (Landmark l : NetworkPaths.LANDMARKS) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("lat", l.lat());
      m.put("lon", l.lon());
      lm.add(m);
    }
    c.put("landmarks", lm);
    c.put("corporate_egress", IpTable.of(Kind.CORPORATE).stream().map(Prefix::cidr).toList());
    c.put("sanctioned_tools", List.of("TeamViewer", "BeyondTrust"));
    return c;
  }

  // ---------------------------------------------------------------- planning

  private void plan(int workers) {
    double scale = workers / 400.0;
    List<Persona> fraud = new ArrayList<>();
    for (int d = 0; d < 3; d++) farms.add(farm(DIFFICULTIES.get(d), d));
    int ring = 0;
    for (Map.Entry<String, int[]> e : FRAUD_PER_400.entrySet()) {
      for (int d = 0; d < 3; d++) {
        int n = Math.max(e.getKey().equals("payroll_diversion") && d == 1 ? 2 : 1, (int) Math.round(e.getValue()[d] * scale));
        String difficulty = DIFFICULTIES.get(d);
        if (e.getKey().equals("applicant_ring")) ring++;
        for (int i = 0; i < n; i++) fraud.add(fraudster(e.getKey(), difficulty, d, i, ring));
      }
    }
    for (Persona.Farm f : farms) {
      if (!f.difficulty.equals("subtle")) continue;
      // Issue 15 item 13: a member hired late, on a wire behind the corporate VPN (no BSSID).
      f.members.stream().filter(m -> m.scheme.equals("laptop_farm")).reduce((a, b) -> b).ifPresent(m -> {
        m.hireDay = days / 4 + random.nextInt(Math.max(1, days / 4));
        m.applicationDay = m.hireDay - 14 - random.nextInt(20);
        m.corporateEgress = true;
        m.wired = true;
        m.traits.add("hired_late");
        m.traits.add("behind_corporate_egress");
      });
    }
    payrollSchemes(fraud);
    int honest = workers - fraud.size();
    List<Persona> plain = new ArrayList<>();
    for (int i = 0; i < honest; i++) plain.add(honestWorker());
    plantLookAlikes(plain);
    secondaryTraits(plain, fraud);
    personas.addAll(plain);
    personas.addAll(fraud);
    // Ids in a random order, so roster order says nothing.
    for (int i = personas.size() - 1; i > 0; i--) Collections.swap(personas, i, random.nextInt(i + 1));
    for (int i = 0; i < personas.size(); i++) {
      Persona p = personas.get(i);
      p.id = String.format("w-%04d", i + 1);
      p.applicationId = String.format("app-h%04d", i + 1);
    }
  }

  private Persona.Farm farm(String difficulty, int index) {
    Persona.Farm f = new Persona.Farm();
    f.id = "farm-" + (index + 1);
    f.difficulty = difficulty;
    // Chapman's farm was in Litchfield Park (Phoenix metro), Knoot's in Nashville; the third is anywhere.
    f.city = index == 0 ? Places.named("Phoenix") : index == 1 ? Places.named("Nashville") : Places.weighted(Places.US, random);
    double[] at = near(f.city, 30);
    f.lat = at[0];
    f.lon = at[1];
    f.address = ids.address(f.city);
    f.prefix = IpTable.pick(IpTable.in(Kind.RESIDENTIAL, f.city.name()), random);
    f.ip = f.prefix.address(random);
    f.bssidBase = bssid();
    f.facilitator = ids.name().full();
    return f;
  }

  private Persona base(City declared, boolean foreign) {
    Persona p = new Persona();
    p.name = ids.name();
    p.declared = declared;
    p.homeCity = declared;
    double[] at = near(declared, 25);
    p.lat = at[0];
    p.lon = at[1];
    p.email = ids.personalEmail(p.name);
    p.phone = ids.phone(declared);
    p.mailbox = ids.mailbox(p.name);
    if (random.nextInt(10) < 7) p.links.add("https://github.com/" + ids.handle(p.name));
    if (random.nextInt(10) < 5) p.links.add("https://www.linkedin.com/in/" + ids.handle(p.name));
    p.home = ids.address(declared);
    p.shipTo = p.home;
    List<Prefix> isp = IpTable.in(Kind.RESIDENTIAL, declared.name());
    p.homePrefix = IpTable.pick(isp, random);
    p.homeIp = p.homePrefix.address(random);
    p.bssid = bssid();
    p.accessU = random.nextDouble();
    p.icmpAnswers = random.nextInt(10) < 7; // assumed: about 3 in 10 home routers drop unsolicited ICMP
    p.mac = random.nextInt(10) < 4;
    p.laptopId = "lt-" + hex(6);
    p.serial = ids.serial();
    p.phoneId = "ph-" + hex(6);
    p.typist = HumanTiming.typist(random, false);
    p.engineer = random.nextInt(100) < 85;
    p.account = ids.account();
    p.holder = p.name.full();
    p.bankCountry = declared.country();
    p.carrier = nearestCarrier(p.lat, p.lon, foreign);
    p.hireDay = random.nextInt(100) < 8 ? 5 + random.nextInt(Math.max(1, days - 25)) : -10 - random.nextInt(1500);
    p.applicationDay = p.hireDay - 14 - random.nextInt(47);
    return p;
  }

  private Persona honestWorker() {
    return base(Places.weighted(Places.US, random), false);
  }

  private Persona fraudster(String scheme, String difficulty, int d, int i, int ring) {
    Persona.Farm farm = farms.get(d);
    boolean farmMode = scheme.equals("laptop_farm") || (scheme.equals("applicant_ring") && i % 2 == 0);
    City declared;
    if (farmMode) {
      // Obvious members declare cities far from the farm; subtle ones live "in" its metro.
      declared = switch (difficulty) {
        case "obvious" -> farthestOf(farm.city, 3);
        case "moderate" -> random.nextBoolean() ? farm.city : Places.weighted(Places.US, random);
        default -> farm.city;
      };
    } else {
      declared = Places.weighted(Places.US, random);
    }
    Persona p = base(declared, false);
    p.fraud = true;
    p.scheme = scheme;
    p.behaviour = scheme;
    p.difficulty = difficulty;
    p.hireDay = -5 - random.nextInt(300);
    if (scheme.equals("applicant_ring")) {
      p.crew = "ring-" + ring;
      p.hireDay = -60 + random.nextInt(60 + days / 2);
      p.email = ids.crewEmail(p.name, ring);
    } else if (scheme.equals("laptop_farm")) {
      p.crew = "crew-" + farm.id;
    } else if (scheme.equals("vpn_worker")) {
      p.crew = "crew-vpn-" + difficulty + (difficulty.equals("obvious") ? "" : "-" + (i / 2));
    } else {
      p.crew = "crew-pay-" + difficulty + (difficulty.equals("subtle") ? "-" + i : "");
    }
    p.applicationDay = p.hireDay - 14 - random.nextInt(30);
    // Several personas of one crew list the same GitHub profile (Microsoft "Jasper Sleet", 2025); two at most here.
    if (!difficulty.equals("subtle") && i % 2 == 1) {
      Persona mate = crewFirst.get(p.crew);
      if (mate != null && !mate.links.isEmpty() && mate.links.get(0).contains("github")) {
        p.links.removeIf(l -> l.contains("github"));
        p.links.add(0, mate.links.get(0));
        p.traits.add("shared_github_profile");
      }
    }
    crewFirst.putIfAbsent(p.crew, p);
    // Staffing agencies as entry (FBI PSA I-012325): a quarter of scheme hires.
    if (random.nextInt(4) == 0) {
      p.agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
      p.traits.add("agency_contractor");
    }
    p.operator = Places.weighted(Places.OPERATORS.subList(0, scheme.equals("vpn_worker") || scheme.equals("payroll_diversion") ? 4 : 7), random);
    double[] op = near(p.operator, 15);
    p.opLat = op[0];
    p.opLon = op[1];
    String egressCity = p.operator.name().equals("Pyongyang") ? "Shenyang" : p.operator.name();
    p.operatorPrefix = IpTable.pick(IpTable.in(Kind.RESIDENTIAL, egressCity), random);
    p.traits.add("operator_in_" + p.operator.name());
    // The operator's own VPN, for the phone and whatever else they run at home.
    p.vpnExit = IpTable.pick(IpTable.of(Kind.HOSTING).stream().filter(x -> x.country().equals("US")).toList(), random);
    p.vpnIp = p.vpnExit.address(random);
    if (farmMode) joinFarm(p, farm, difficulty);
    else operateByVpn(p, scheme.equals("payroll_diversion") ? "subtle" : difficulty);
    return p;
  }

  private final Map<String, Persona> crewFirst = new LinkedHashMap<>();
  private int foreignPlanted, agencyPlanted;

  private void joinFarm(Persona p, Persona.Farm farm, String difficulty) {
    p.mode = Mode.FARM;
    p.farm = farm;
    farm.members.add(p);
    p.lat = farm.lat;
    p.lon = farm.lon;
    p.homeIp = farm.ip;
    p.homePrefix = farm.prefix;
    p.traits.add("laptop_farm:" + farm.id);
    int n = farm.members.size();
    switch (difficulty) {
      case "obvious" -> {
        // One Wi-Fi, the facilitator's address on every laptop, unsanctioned remote tools, some commits from abroad.
        p.bssid = farm.bssidBase;
        p.shipTo = farm.address;
        p.relay = n % 3 == 0 ? Relay.IP_KVM : Relay.REMOTE_DESKTOP;
        p.commitShare = 0.3 + 0.2 * random.nextDouble();
        p.clockShare = 0.15;
        p.nightShiftSlip = 0.25;
        p.traits.add("ship_to_facilitator");
      }
      case "moderate" -> {
        // Mesh Wi-Fi: sibling BSSIDs differing in the last octet; the ship-to written with unit variants.
        p.bssid = meshSibling(farm.bssidBase, n);
        p.shipTo = ids.variant(farm.address, 0);
        p.relay = Relay.REMOTE_DESKTOP;
        p.commitShare = 0.1 + 0.1 * random.nextDouble();
        p.nightShiftSlip = 0.08;
        p.traits.add("mesh_bssid");
        p.traits.add("ship_to_facilitator_variant");
      }
      default -> {
        // Members "live" at the farm, their home written with typos, unit variants or ZIP+4; the IP-KVM shows a
        // generic USB gadget; the last hired sits behind the corporate VPN on a wire (no BSSID).
        p.bssid = meshSibling(farm.bssidBase, n);
        p.home = ids.variant(farm.address, 1 + n);
        p.shipTo = p.home;
        p.relay = Relay.IP_KVM;
        p.traits.add("address_variant");
      }
    }
    p.traits.add("relay_" + p.relay.name().toLowerCase());
  }

  private void operateByVpn(Persona p, String difficulty) {
    p.mode = Mode.VPN_ABROAD;
    p.lat = p.opLat;
    p.lon = p.opLon;
    p.homeCity = p.operator;
    p.bssid = bssid();
    p.icmpAnswers = true;
    p.homePrefix = p.operatorPrefix;
    p.homeIp = p.operatorPrefix.address(random);
    Landmark declaredLandmark = NetworkPaths.nearest(p.declared.lat(), p.declared.lon());
    switch (difficulty) {
      case "obvious" -> {
        // A consumer VPN (Astrill) exit anywhere in the US; the clock mostly in the operator's zone; leaks.
        p.vpnExit = IpTable.pick(IpTable.of(Kind.HOSTING).stream().filter(x -> x.country().equals("US")).toList(), random);
        p.clockShare = 0.7 + 0.25 * random.nextDouble();
        p.nightShiftSlip = 0.3;
        p.traits.add("astrill_vpn");
      }
      case "moderate" -> {
        // A rented server near the declared city, reached by WireGuard; the clock slips on about half the days.
        p.vpnExit = IpTable.nearest(Kind.HOSTING, declaredLandmark.lat(), declaredLandmark.lon());
        p.clockShare = 0.4 + 0.2 * random.nextDouble();
        p.nightShiftSlip = 0.1;
        p.traits.add("rented_server");
      }
      default -> {
        // Issue 15 item 9: a rented server near the declared city's landmark (ICMP 1–66 ms, TCP/app 200–310 ms);
        // clock and commit offsets UTC+8/+9 on 5–35 % of days; Astrill in the process list.
        p.vpnExit = IpTable.nearest(Kind.HOSTING, declaredLandmark.lat(), declaredLandmark.lon());
        p.clockShare = 0.05 + 0.30 * random.nextDouble();
        p.traits.add("rented_server");
        p.traits.add("astrill_vpn");
      }
    }
    p.vpnIp = p.vpnExit.address(random);
    p.traits.add("vpn_exit_" + p.vpnExit.city().replace(' ', '_'));
  }

  /**
   * Payroll diversion (FBI PSAs; Chapman): obvious — the crew's pay lands in one facilitator account,
   * changed often, once to crypto; moderate — pay moved into a co-worker's own account (the co-worker
   * is the same crew); subtle — one change to an account held by someone else.
   */
  private void payrollSchemes(List<Persona> fraud) {
    List<Persona> obvious = fraud.stream().filter(p -> p.scheme.equals("payroll_diversion") && p.difficulty.equals("obvious")).toList();
    String facilitator = ids.name().full(), shared = ids.account();
    for (Persona p : obvious) {
      int day = 3 + random.nextInt(20);
      p.payroll.add(new Persona.PayChange(day, ids.account(), p.holder, "US", "ach"));
      p.payroll.add(new Persona.PayChange(day + 12 + random.nextInt(15), shared, facilitator, "US", "ach"));
      if (random.nextBoolean()) p.payroll.add(new Persona.PayChange(day + 40 + random.nextInt(20), "acct-" + hex(7), facilitator, "US", "crypto"));
      p.traits.add("pay_to_facilitator");
      p.traits.add("frequent_pay_changes");
    }
    List<Persona> moderate = fraud.stream().filter(p -> p.scheme.equals("payroll_diversion") && p.difficulty.equals("moderate")).toList();
    for (int i = 0; i + 1 < moderate.size(); i += 2) {
      Persona mover = moderate.get(i), owner = moderate.get(i + 1);
      owner.crew = mover.crew;
      mover.payroll.add(new Persona.PayChange(10 + random.nextInt(30), owner.account, owner.holder, "US", "ach"));
      mover.traits.add("pay_to_coworker");
      owner.traits.add("receives_coworker_pay");
    }
    if (moderate.size() % 2 == 1) {
      Persona odd = moderate.get(moderate.size() - 1);
      odd.payroll.add(new Persona.PayChange(10 + random.nextInt(30), moderate.get(0).account, moderate.get(0).holder, "US", "ach"));
      odd.traits.add("pay_to_coworker");
    }
    for (Persona p : fraud) {
      if (!p.scheme.equals("payroll_diversion") || !p.difficulty.equals("subtle")) continue;
      p.payroll.add(new Persona.PayChange(15 + random.nextInt(50), ids.account(), ids.name().full(), "US", "ach"));
      p.traits.add("pay_holder_mismatch");
    }
  }

  private void plantLookAlikes(List<Persona> honest) {
    List<Persona> pool = new ArrayList<>(honest);
    for (int i = pool.size() - 1; i > 0; i--) Collections.swap(pool, i, random.nextInt(i + 1));
    int next = 0;
    for (LookAlike l : LOOK_ALIKES) {
      int n = Math.max(l.min(), (int) Math.round(l.share() * honest.size()));
      boolean pairs = l.name().equals("household_coworkers") || l.name().equals("coworking_shared");
      if (pairs && n % 2 == 1) n++;
      for (int k = 0; k < n && next < pool.size(); k++) {
        Persona p = pool.get(next++);
        p.behaviour = l.name();
        p.traits.add(l.name());
        if (pairs && k % 2 == 1) pair(l.name(), pool.get(next - 2), p);
        else if (!pairs) apply(l.name(), p, true);
      }
    }
  }

  private void secondaryTraits(List<Persona> honest, List<Persona> fraud) {
    List<Persona> all = new ArrayList<>(honest);
    all.addAll(fraud);
    for (Persona p : all) {
      if (p.mode != Mode.LOCAL) continue;
      // Phones often on carrier data (Pew: ~15 % smartphone-only; more use data away from home).
      if (!p.has("mobile_data") && random.nextInt(100) < 15) apply("mobile_data", p, false);
      if (!p.has("several_devices") && random.nextInt(100) < 5) apply("several_devices", p, false);
      if (!p.fraud && !p.has("bank_changed_once") && p.payroll.isEmpty() && random.nextInt(100) < 3) apply("bank_changed_once", p, false);
      if (!p.fraud && p.mode == Mode.LOCAL && !p.nightOwl && random.nextInt(100) < 3) apply("night_owl", p, false);
    }
  }

  /** Plants one look-alike's mechanics on {@code p}; {@code primary} is false for a secondary trait. */
  private void apply(String kind, Persona p, boolean primary) {
    p.traits.add(kind);
    switch (kind) {
      case "foreign_resident" -> {
        // Every country at least once, then in proportion to the cities' weights.
        List<String> countries = Places.FOREIGN.stream().map(City::country).distinct().toList();
        City c = foreignPlanted < countries.size()
            ? Places.FOREIGN.stream().filter(x -> x.country().equals(countries.get(foreignPlanted))).findFirst().orElseThrow()
            : Places.weighted(Places.FOREIGN, random);
        foreignPlanted++;
        Persona fresh = base(c, true);
        p.declared = c;
        p.homeCity = c;
        p.lat = fresh.lat;
        p.lon = fresh.lon;
        p.phone = fresh.phone;
        p.home = fresh.home;
        p.shipTo = fresh.home;
        p.homePrefix = fresh.homePrefix;
        p.homeIp = fresh.homeIp;
        p.bankCountry = c.country();
        p.carrier = null;
        if (random.nextInt(3) == 0) {
          p.agency = AGENCIES.get(3);
          p.traits.add("agency_contractor");
        }
      }
      case "mobile_data" -> {
        // The carrier's gateway 1,000–4,000 km away (issue 15 item 2).
        if (p.declared.country().equals("US")) p.carrier = farCarrier(p.lat, p.lon);
      }
      case "remote_support_tool" -> p.teamViewer = true;
      case "vpn_some_days" -> {
        p.vpnDayShare = 0.1 + 0.25 * random.nextDouble();
        p.vpnCompany = random.nextBoolean();
        p.vpnProton = random.nextBoolean();
        if (!p.vpnCompany) {
          // Consumer VPN apps pick a "fastest" nearby server most of the time.
          p.vpnExit = random.nextInt(10) < 7 ? IpTable.nearest(Kind.HOSTING, p.lat, p.lon)
              : IpTable.pick(IpTable.of(Kind.HOSTING).stream().filter(x -> x.country().equals("US")).toList(), random);
          p.vpnIp = p.vpnExit.address(random);
        }
      }
      case "joint_account" -> {
        Identities.Name partner = ids.nameWithLast(p.name.last());
        p.holder = random.nextBoolean() ? partner.first() + " & " + p.name.first() + " " + p.name.last()
            : p.name.first() + " & " + partner.first() + " " + p.name.last();
      }
      case "corporate_vpn" -> {
        p.corporateEgress = true;
        p.wired = random.nextInt(10) < 3;
      }
      case "traveller" -> {
        int trips = 1 + random.nextInt(3);
        for (int t = 0; t < trips; t++) {
          City to = Places.weighted(Places.US, random);
          if (to == p.declared) continue;
          int start = random.nextInt(Math.max(1, days - 6)), len = 2 + random.nextInt(4);
          for (int d = start; d < start + len; d++) p.away.put(d, to);
        }
      }
      case "week_abroad" -> {
        City to = Places.FOREIGN.get(random.nextInt(Places.FOREIGN.size()));
        int start = 7 + random.nextInt(Math.max(1, days - 20)), len = 5 + random.nextInt(5);
        for (int d = start; d < start + len; d++) p.away.put(d, to);
        p.awayUsesCompanyVpn = random.nextBoolean();
      }
      case "night_owl" -> p.nightOwl = true;
      case "satellite_leo" -> {
        // Rural outskirts: 40–120 km from the declared metro; the Starlink PoP is another city.
        double[] at = near(p.declared, 40 + 80 * random.nextDouble(), true);
        p.lat = at[0];
        p.lon = at[1];
        p.access = Access.LEO;
        p.homePrefix = IpTable.of(Kind.SATELLITE).stream().filter(x -> x.asn() == 14593)
            .filter(x -> !x.city().equals(p.declared.name()))
            .min(Comparator.comparingDouble(x -> Places.km(p.lat, p.lon, x.lat(), x.lon()))).orElseThrow();
        p.homeIp = p.homePrefix.address(random);
        p.icmpAnswers = true;
      }
      case "satellite_geo" -> {
        double[] at = near(p.declared, 60 + 100 * random.nextDouble(), true);
        p.lat = at[0];
        p.lon = at[1];
        p.access = Access.GEO;
        p.homePrefix = IpTable.pick(IpTable.of(Kind.SATELLITE).stream().filter(x -> x.asn() != 14593).toList(), random);
        p.homeIp = p.homePrefix.address(random);
      }
      case "laptop_shipped_elsewhere" -> {
        if (random.nextBoolean()) {
          p.shipTo = new Identities.Address((100 + random.nextInt(900)) + " Market St", "Fl " + (2 + random.nextInt(20)),
              p.declared.name(), p.declared.region(), ids.postal(p.declared), p.declared.country());
          p.traits.add("shipped_to_office");
        } else {
          City rel = Places.weighted(Places.US, random);
          p.shipTo = ids.address(rel);
          p.traits.add("shipped_to_relative");
        }
      }
      case "bank_changed_once" -> {
        String holder = random.nextInt(3) == 0 ? p.name.first().charAt(0) + ". " + p.name.last() : p.holder;
        p.payroll.add(new Persona.PayChange(5 + random.nextInt(Math.max(1, days - 10)), ids.account(), holder, p.bankCountry, "ach"));
      }
      case "payment_platform" -> p.payroll.add(new Persona.PayChange(2 + random.nextInt(20), ids.account(), p.holder,
          random.nextBoolean() ? p.bankCountry : "GB", "payment_platform"));
      case "several_devices" -> {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) p.personalDevices.add("pd-" + hex(6));
      }
      case "agency_contractor" -> {
        // Every third placed by the agency with an offshore office, so that case is always planted.
        p.agency = agencyPlanted++ % 3 == 0 ? AGENCIES.get(3) : AGENCIES.get(random.nextInt(AGENCIES.size()));
      }
      case "relocation_late_hr" -> {
        City to = Places.weighted(Places.US, random);
        if (to == p.declared) to = Places.US.get((Places.US.indexOf(to) + 5) % Places.US.size());
        p.newCity = to;
        p.moveDay = 10 + random.nextInt(Math.max(1, days / 2));
        p.hrDay = p.moveDay + 14 + random.nextInt(15);
        double[] at = near(to, 25);
        p.newLat = at[0];
        p.newLon = at[1];
        p.newHome = ids.address(to);
        p.newPrefix = IpTable.pick(IpTable.in(Kind.RESIDENTIAL, to.name()), random);
        p.newIp = p.newPrefix.address(random);
        p.newBssid = p.bssid; // the router moves with them
      }
      case "slow_typist" -> {
        p.slow = true;
        p.typist = HumanTiming.typist(random, true);
      }
      case "ssh_obscure_timing" -> p.ssh = true;
      case "mouse_jiggler" -> p.jiggler = true;
      case "homelab_kvm" -> {
        p.homelabKvm = true;
        p.kvmSerial = hex(8).toUpperCase();
      }
      case "laptop_replaced" -> {
        p.replaceDay = 10 + random.nextInt(Math.max(1, days - 20));
        p.newSerial = ids.serial();
        p.newLaptopId = "lt-" + hex(6);
      }
      default -> throw new IllegalStateException("no look-alike named " + kind);
    }
  }

  private void pair(String kind, Persona a, Persona b) {
    if (kind.equals("household_coworkers")) {
      // One home: same address (sometimes written differently), same router, same public address.
      b.declared = a.declared;
      b.homeCity = a.homeCity;
      b.lat = a.lat;
      b.lon = a.lon;
      b.home = random.nextBoolean() ? a.home : ids.variant(a.home, 0);
      b.shipTo = b.home;
      b.homePrefix = a.homePrefix;
      b.homeIp = a.homeIp;
      b.bssid = a.bssid;
      b.phone = ids.phone(a.declared);
      b.carrier = a.carrier;
      b.bankCountry = a.bankCountry;
      if (random.nextBoolean()) {
        // A couple: the surname is shared; the roster keeps the name b applied with.
        b.traits.add("same_surname_household");
      }
      b.traits.add("household_with_" + "peer");
      a.traits.add("household_with_" + "peer");
    } else {
      // A coworking space in a's city; b lives in the same metro.
      if (!b.declared.equals(a.declared)) {
        Persona fresh = base(a.declared, false);
        b.declared = a.declared;
        b.homeCity = a.homeCity;
        b.lat = fresh.lat;
        b.lon = fresh.lon;
        b.home = fresh.home;
        b.shipTo = fresh.home;
        b.homePrefix = fresh.homePrefix;
        b.homeIp = fresh.homeIp;
        b.phone = fresh.phone;
        b.carrier = fresh.carrier;
      }
      double[] at = near(a.declared, 8);
      Prefix pr = IpTable.pick(IpTable.in(Kind.RESIDENTIAL, a.declared.name()), random);
      Persona.Space s = new Persona.Space(pr, pr.address(random), bssid(), at[0], at[1]);
      a.coworking = s;
      b.coworking = s;
    }
  }

  // ---------------------------------------------------------------- writing

  void write(Events events, Truth truth) {
    for (Persona p : personas) {
      truth.worker(p.id, p.label());
      roster(events, p);
      payroll(events, p);
    }
    for (int d = 0; d < days; d++) {
      LocalDate date = FieldPopulation.START.plusDays(d);
      for (Persona p : personas) {
        if (d <= p.hireDay) continue;
        SplittableRandom r = new SplittableRandom(salt ^ (p.id.hashCode() * 0x9E3779B97F4A7C15L) ^ (d * 0xBF58476D1CE4E5B9L));
        day(events, p, d, date, r);
      }
    }
  }

  private void roster(Events events, Persona p) {
    Instant t = p.hireDay >= 0 ? at(p.hireDay - 3, 15, "UTC") : FieldPopulation.START.atStartOfDay(ZoneId.of("UTC")).minusHours(6).toInstant();
    events.add(worker(p, t, p.declared, p.home));
    if (p.hrDay >= 0 && p.hrDay < days) events.add(worker(p, at(p.hrDay, 16, "UTC"), p.newCity, p.newHome));
  }

  private Map<String, Object> worker(Persona p, Instant t, City c, Identities.Address home) {
    Map<String, Object> e = event("worker", t, p.id);
    e.put("name", p.name.full());
    e.put("email", p.mailbox);
    e.put("phone", p.phone);
    Map<String, Object> loc = new LinkedHashMap<>();
    loc.put("city", c.name());
    loc.put("region", c.region());
    loc.put("country", c.country());
    loc.put("lat", c.lat());
    loc.put("lon", c.lon());
    e.put("declared_location", loc);
    e.put("declared_tz", c.zone());
    e.put("hired", FieldPopulation.START.plusDays(p.hireDay).toString());
    e.put("application", p.applicationId);
    e.put("home_address", home.json());
    Map<String, Object> laptop = new LinkedHashMap<>();
    laptop.put("serial", p.serial);
    laptop.put("ship_to", (home == p.home ? p.shipTo : home).json());
    e.put("laptop", laptop);
    Map<String, Object> pay = new LinkedHashMap<>();
    pay.put("account", p.account);
    pay.put("holder", p.holder);
    pay.put("bank_country", p.bankCountry);
    e.put("payroll", pay);
    Map<String, Object> eng = new LinkedHashMap<>();
    eng.put("kind", p.agency == null ? "employee" : "contractor");
    if (p.agency != null) eng.put("agency", p.agency);
    e.put("engagement", eng);
    return e;
  }

  private void payroll(Events events, Persona p) {
    for (Persona.PayChange c : p.payroll) {
      int day = Math.max(c.day(), p.hireDay + 5);
      if (day >= days) continue;
      Map<String, Object> e = event("payroll", at(day, 14, "UTC"), p.id);
      e.put("account", c.account());
      e.put("holder", c.holder());
      e.put("bank_country", c.bankCountry());
      e.put("method", c.method());
      events.add(e);
    }
  }

  /** Where the laptop is and how its traffic leaves, on one day. */
  private record Situation(double devLat, double devLon, Access access, double accessU, String ip, double egLat, double egLon,
                           boolean tunnel, boolean icmp, String bssid, String osZone, String commitZone, String workZone,
                           boolean operatorDaytime, boolean vpnClient, boolean companyVpn, String serial, String laptopId,
                           boolean congested) {}

  private void day(Events events, Persona p, int d, LocalDate date, SplittableRandom r) {
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    // Paid time off about 4 % of weekdays (~11 paid vacation days a year after one year of service: BLS National
    // Compensation Survey, private industry);
    // operators holding several jobs rarely take any; about 6 % of weekend days see some work (assumed).
    if (weekend ? r.nextInt(100) >= 6 : r.nextInt(100) < (p.fraud ? 1 : 4)) return;
    Situation s = situation(p, d, r);
    ZoneId work = ZoneId.of(s.workZone());
    int startMin, lenMin;
    if (s.operatorDaytime()) {
      startMin = 9 * 60 + r.nextInt(120);
      lenMin = 7 * 60 + r.nextInt(120);
    } else if (p.nightOwl && r.nextInt(10) < 6) {
      startMin = 19 * 60 + r.nextInt(120);
      lenMin = 5 * 60 + r.nextInt(120);
    } else {
      startMin = 8 * 60 + r.nextInt(120);
      lenMin = (weekend ? 2 * 60 : 8 * 60) + r.nextInt(60);
    }
    ZonedDateTime origin = date.atStartOfDay(work).plusMinutes(startMin);
    int scale = weekend ? 3 : 1;
    // Sign-ins: the laptop once or twice, the phone most days, personal devices now and then.
    int logins = 1 + (r.nextInt(10) < 4 ? 1 : 0);
    for (int i = 0; i < logins; i++) laptopAuth(events, p, s, origin.plusMinutes(i == 0 ? r.nextInt(20) : r.nextInt(lenMin)).toInstant(), r);
    if (r.nextInt(10) < 6 / scale) phoneAuth(events, p, s, d, origin.plusMinutes(r.nextInt(lenMin + 120) - 60).toInstant(), r);
    for (String dev : p.personalDevices)
      if (r.nextInt(10) < 3) personalAuth(events, p, dev, origin.plusMinutes(lenMin + r.nextInt(180)).toInstant(), r);
    if (weekend) {
      commits(events, p, s, origin, lenMin, 1, r);
      return;
    }
    inventory(events, p, s, origin.plusMinutes(20 + r.nextInt(60)).toInstant(), r);
    rtts(events, p, s, d, origin, lenMin, r);
    int interactions = 1 + r.nextInt(3);
    for (int i = 0; i < interactions; i++) interaction(events, p, s, origin.plusMinutes(r.nextInt(lenMin)).toInstant(), r);
    int batches = 1 + (r.nextInt(2));
    for (int i = 0; i < batches; i++) keystrokes(events, p, s, origin.plusMinutes(r.nextInt(lenMin)).toInstant(), r);
    if (p.engineer) commits(events, p, s, origin, lenMin, r.nextInt(4), r);
  }

  private Situation situation(Persona p, int d, SplittableRandom r) {
    String declaredZone = (p.hrDay >= 0 && d >= p.hrDay ? p.newCity : p.declared).zone();
    String serial = p.replaceDay >= 0 && d >= p.replaceDay ? p.newSerial : p.serial;
    String laptopId = p.replaceDay >= 0 && d >= p.replaceDay ? p.newLaptopId : p.laptopId;
    switch (p.mode) {
      case FARM -> {
        Persona.Farm f = p.farm;
        boolean opClock = r.nextDouble() < p.clockShare;
        boolean opCommit = opClock || r.nextDouble() < p.commitShare;
        String opZone = p.operator.zone();
        boolean slip = r.nextDouble() < p.nightShiftSlip;
        if (p.corporateEgress) {
          Prefix eg = IpTable.nearest(Kind.CORPORATE, f.lat, f.lon);
          return new Situation(f.lat, f.lon, Access.RESIDENTIAL, p.accessU, eg.address(20 + r.nextInt(200)), eg.lat(), eg.lon(), true, true,
              null, opClock ? opZone : declaredZone, opCommit ? opZone : declaredZone, slip ? opZone : declaredZone, slip, false, true, serial, laptopId, false);
        }
        return new Situation(f.lat, f.lon, Access.RESIDENTIAL, p.accessU, f.ip, f.lat, f.lon, false, p.icmpAnswers, p.bssid,
            opClock ? opZone : declaredZone, opCommit ? opZone : declaredZone, slip ? opZone : declaredZone, slip, false, false, serial, laptopId, false);
      }
      case VPN_ABROAD -> {
        boolean opClock = r.nextDouble() < p.clockShare;
        boolean slip = r.nextDouble() < p.nightShiftSlip;
        String opZone = p.operator.zone();
        // Obvious operators' tunnels drop now and then (5 % of days) and the laptop goes out directly.
        if (p.difficulty != null && p.has("astrill_vpn") && !p.has("rented_server") && r.nextInt(100) < 5) {
          return new Situation(p.lat, p.lon, Access.RESIDENTIAL, p.accessU, p.homeIp, p.lat, p.lon, false, true, p.bssid,
              opZone, opZone, slip ? opZone : declaredZone, slip, true, false, serial, laptopId, congested(p));
        }
        return new Situation(p.lat, p.lon, Access.RESIDENTIAL, p.accessU, p.vpnIp, p.vpnExit.lat(), p.vpnExit.lon(), true, true, p.bssid,
            opClock ? opZone : declaredZone, opClock ? opZone : declaredZone, slip ? opZone : declaredZone, slip, true, false, serial, laptopId, congested(p));
      }
      default -> {
        double lat = p.lat, lon = p.lon;
        String ip = p.homeIp, bssid = p.wired ? null : p.bssid, zone = declaredZone;
        Prefix prefix = p.homePrefix;
        Access access = p.access;
        if (p.moveDay >= 0 && d >= p.moveDay) {
          lat = p.newLat;
          lon = p.newLon;
          ip = p.newIp;
          prefix = p.newPrefix;
          bssid = p.newBssid;
          zone = p.newCity.zone();
        }
        City away = p.away.get(d);
        boolean companyVpn = p.corporateEgress, vpnClient = false;
        if (away != null) {
          double[] at = near(away, 10);
          lat = at[0];
          lon = at[1];
          access = r.nextInt(10) < 3 ? Access.MOBILE : Access.RESIDENTIAL;
          if (access == Access.MOBILE && away.country().equals("US")) {
            prefix = nearestCarrier(lat, lon, false);
          } else {
            prefix = IpTable.pick(IpTable.in(Kind.RESIDENTIAL, away.name()), r);
          }
          ip = prefix.address(r);
          bssid = access == Access.MOBILE ? null : bssidFrom(r);
          zone = away.zone();
          if (p.awayUsesCompanyVpn) companyVpn = true;
        } else if (p.coworking != null && (d % 7 == 1 || d % 7 == 2 || d % 7 == 3) && r.nextInt(10) < 8) {
          lat = p.coworking.lat();
          lon = p.coworking.lon();
          ip = p.coworking.ip();
          bssid = p.coworking.bssid();
          access = Access.OFFICE;
          prefix = p.coworking.prefix();
        } else if (p.has("mobile_data") && p.behaviour.equals("mobile_data") && r.nextInt(10) < 3) {
          // Tethered to the phone on some days.
          access = Access.MOBILE;
          prefix = p.carrier;
          ip = p.carrier.address(r);
          bssid = null;
        }
        if (!companyVpn && p.vpnDayShare > 0 && r.nextDouble() < p.vpnDayShare) {
          if (p.vpnCompany) companyVpn = true;
          else {
            return new Situation(lat, lon, access, p.accessU, p.vpnIp, p.vpnExit.lat(), p.vpnExit.lon(), true, true, bssid,
                zone, zone, zone, false, true, false, serial, laptopId, false);
          }
        }
        if (companyVpn) {
          Prefix eg = IpTable.nearest(Kind.CORPORATE, lat, lon);
          return new Situation(lat, lon, access, p.accessU, eg.address(20 + r.nextInt(200)), eg.lat(), eg.lon(), true, true, bssid,
              zone, zone, zone, false, false, true, serial, laptopId, false);
        }
        boolean cgnat = access == Access.MOBILE || access == Access.LEO || access == Access.GEO;
        double egLat = cgnat ? prefix.lat() : lat, egLon = cgnat ? prefix.lon() : lon;
        boolean icmp = cgnat ? r.nextBoolean() : p.icmpAnswers;
        return new Situation(lat, lon, access, p.accessU, ip, egLat, egLon, cgnat, icmp, bssid, zone, zone, zone, false, false, false, serial, laptopId, false);
      }
    }
  }

  private void laptopAuth(Events events, Persona p, Situation s, Instant t, SplittableRandom r) {
    Map<String, Object> e = event("auth", t, p.id);
    e.put("src_ip", s.ip());
    e.put("device_id", s.laptopId());
    e.put("managed", true);
    e.put("outcome", r.nextInt(100) < 2 ? "failure" : "success");
    e.put("mfa", "push");
    e.put("user_agent", p.mac ? "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
        : "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
    e.put("client_utc_offset_min", offsetMin(s.osZone(), t));
    events.add(e);
  }

  private void phoneAuth(Events events, Persona p, Situation s, int d, Instant t, SplittableRandom r) {
    String ip;
    String zone = s.commitZone();
    if (p.mode == Mode.LOCAL) {
      boolean onData = p.carrier != null && (p.away.containsKey(d) || r.nextInt(100) < (p.has("mobile_data") ? 85 : 20));
      ip = onData ? p.carrier.address(r) : s.ip();
      zone = s.workZone();
    } else if (p.difficulty.equals("subtle")) {
      if (p.mode == Mode.FARM) return; // subtle operators keep their own phones off the company's services
      ip = s.ip();
    } else if (p.difficulty.equals("obvious") && r.nextInt(10) < 4) {
      ip = p.operatorPrefix.address(r); // the operator's phone, straight from home
      zone = p.operator.zone();
    } else {
      ip = p.mode == Mode.FARM ? p.vpnExit.address(r) : s.ip();
    }
    Map<String, Object> e = event("auth", t, p.id);
    e.put("src_ip", ip);
    e.put("device_id", p.phoneId);
    e.put("managed", false);
    e.put("outcome", "success");
    e.put("mfa", "push");
    e.put("user_agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");
    e.put("client_utc_offset_min", offsetMin(zone, t));
    events.add(e);
  }

  private void personalAuth(Events events, Persona p, String device, Instant t, SplittableRandom r) {
    Map<String, Object> e = event("auth", t, p.id);
    e.put("src_ip", p.homeIp);
    e.put("device_id", device);
    e.put("managed", false);
    e.put("outcome", "success");
    e.put("mfa", "push");
    e.put("user_agent", "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");
    e.put("client_utc_offset_min", offsetMin(p.declared.zone(), t));
    events.add(e);
  }

  private void inventory(Events events, Persona p, Situation s, Instant t, SplittableRandom r) {
    Map<String, Object> e = event("inventory", t, p.id);
    e.put("device_id", s.laptopId());
    e.put("serial", s.serial());
    e.put("os_tz", s.osZone());
    e.put("public_ip", s.ip());
    e.put("wifi_bssid", s.bssid());
    List<Map<String, Object>> procs = new ArrayList<>(Devices.baseline(p.mac, r));
    List<Map<String, Object>> usb = new ArrayList<>(Devices.ordinaryUsb(r));
    List<Map<String, Object>> displays = Devices.displays(p.mac, r.nextInt(3), r);
    if (s.companyVpn()) procs.add(Devices.globalProtect(p.mac));
    if (p.teamViewer) {
      procs.add(Devices.teamViewer(p.mac));
      procs.add(Devices.anyDesk(p.mac)); // the old install: a service that starts with the OS, idle
    }
    if (p.jiggler) procs.add(Devices.mouseJiggler(p.mac));
    if (p.ssh) procs.add(Devices.sshClient(p.mac));
    if (p.homelabKvm) {
      usb.add(Devices.piKvm(p.kvmSerial));
      displays.add(Devices.display("LNX", "PiKVM"));
    }
    if (s.vpnClient() && p.mode == Mode.LOCAL) procs.add(Devices.personalVpn(p.mac, p.vpnProton));
    if (p.mode == Mode.VPN_ABROAD) {
      if (p.has("astrill_vpn")) procs.add(Devices.astrill(p.mac));
      else procs.add(Devices.wireGuard(p.mac));
    }
    if (p.mode == Mode.FARM) {
      switch (p.difficulty) {
        case "obvious" -> {
          if (p.relay == Relay.IP_KVM) {
            usb.add(Devices.piKvm("PK" + p.id.substring(2)));
            displays.add(Devices.display("LNX", "PiKVM"));
          } else {
            procs.add(Devices.anyDesk(p.mac));
            procs.add(Devices.chromeRemoteDesktop(p.mac));
          }
        }
        case "moderate" -> procs.add(Devices.rustDeskPortable(p.mac));
        default -> {
          // A KVM with a generic USB descriptor and an EDID copied from a Dell monitor (PiKVM allows both).
          usb.add(Devices.genericGadget());
          displays.add(Devices.display("DEL", "DELL P2419H"));
        }
      }
    }
    e.put("processes", procs);
    e.put("usb", usb);
    e.put("displays", displays);
    events.add(e);
  }

  private void rtts(Events events, Persona p, Situation s, int d, ZonedDateTime origin, int lenMin, SplittableRandom r) {
    City declared = p.hrDay >= 0 && d >= p.hrDay ? p.newCity : p.declared;
    Landmark home = NetworkPaths.nearest(declared.lat(), declared.lon());
    int tcp = 1 + r.nextInt(2);
    for (int i = 0; i < tcp; i++) rtt(events, p, s, home, "tcp", origin.plusMinutes(r.nextInt(lenMin)).toInstant(), r);
    rtt(events, p, s, home, "app", origin.plusMinutes(r.nextInt(lenMin)).toInstant(), r);
    if (s.icmp() && r.nextInt(10) < 6) rtt(events, p, s, home, "icmp", origin.plusMinutes(r.nextInt(lenMin)).toInstant(), r);
    if (r.nextBoolean()) {
      Landmark other = NetworkPaths.LANDMARKS.get(r.nextInt(NetworkPaths.LANDMARKS.size()));
      rtt(events, p, s, other, r.nextInt(3) == 0 ? "icmp" : "tcp", origin.plusMinutes(r.nextInt(lenMin)).toInstant(), r);
    }
  }

  private void rtt(Events events, Persona p, Situation s, Landmark l, String method, Instant t, SplittableRandom r) {
    if (method.equals("icmp") && !s.icmp()) method = "tcp";
    double ms = pathMs(l.lat(), l.lon(), s, method, r);
    double floor = method.equals("icmp") ? NetworkPaths.floorMs(Places.km(l.lat(), l.lon(), s.egLat(), s.egLon()))
        : NetworkPaths.floorMs(Places.km(l.lat(), l.lon(), s.devLat(), s.devLon()));
    rttFloors.add(new double[] {ms, floor});
    Map<String, Object> e = event("rtt", t, p.id);
    e.put("device_id", s.laptopId());
    Map<String, Object> lm = new LinkedHashMap<>();
    lm.put("id", l.id());
    lm.put("lat", l.lat());
    lm.put("lon", l.lon());
    e.put("landmark", lm);
    e.put("rtt_ms", HumanTiming.round(ms));
    e.put("method", method);
    events.add(e);
  }

  /**
   * Round trip from a point to the laptop. ICMP to the public address is answered where that address
   * lives (the home router, a carrier's CGNAT, a VPN server); TCP and application echoes go on through
   * any tunnel to the laptop itself; the application adds its own 0.3–3 ms (assumed).
   */
  private double pathMs(double lat, double lon, Situation s, String method, SplittableRandom r) {
    double toEgress = leg(lat, lon, s.egLat(), s.egLon(), s.congested() && !s.tunnel());
    if (method.equals("icmp")) {
      double end = s.tunnel() ? Access.SERVER.ms(r.nextDouble()) : s.access().ms(s.accessU());
      return toEgress + end + NetworkPaths.jitterMs(r);
    }
    double ms = toEgress + (s.tunnel() ? leg(s.egLat(), s.egLon(), s.devLat(), s.devLon(), s.congested()) : 0) + s.access().ms(s.accessU()) + NetworkPaths.jitterMs(r);
    return method.equals("app") ? ms + 0.3 + 2.7 * r.nextDouble() : ms;
  }

  /**
   * A leg between two places: floor plus the pair's stable WonderProxy excess (within a metro 1–10 ms).
   * A {@code congested} leg crosses mainland China's international links from a residential line: its
   * quantile is held in 0.45–0.80 of the band (assumed; it puts a US landmark's TCP round trip to an
   * operator behind a server near that landmark at the 200–310 ms issue 15 item 9 reports).
   */
  private double leg(double lat1, double lon1, double lat2, double lon2, boolean congested) {
    double km = Places.km(lat1, lon1, lat2, lon2);
    double u = pairU(lat1, lon1, lat2, lon2);
    return NetworkPaths.legMs(km, congested ? 0.45 + 0.35 * u : u);
  }

  private static boolean congested(Persona p) {
    return p.operator != null && (p.operator.country().equals("CN") || p.operator.country().equals("KP"));
  }

  private double pairU(double lat1, double lon1, double lat2, double lon2) {
    long a = Math.round(lat1 * 100) * 73856093L ^ Math.round(lon1 * 100) * 19349663L;
    long b = Math.round(lat2 * 100) * 83492791L ^ Math.round(lon2 * 100) * 2654435761L;
    long h = mix(salt ^ (a + b) ^ (a * b));
    return (h >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The operator's round trip to the laptop they drive: the leg, their own access, queueing. */
  private double operatorMs(Persona p, Situation s, SplittableRandom r) {
    return leg(s.devLat(), s.devLon(), p.opLat, p.opLon, congested(p)) + Access.RESIDENTIAL.ms(p.accessU) + NetworkPaths.jitterMs(r) * 3;
  }

  private void interaction(Events events, Persona p, Situation s, Instant t, SplittableRandom r) {
    String kind = List.of("typo_correction", "typo_correction", "prompt_response", "dialog_response").get(r.nextInt(4));
    double human = HumanTiming.reactionMs(p.typist, kind, r);
    if (p.mode == Mode.FARM) human += operatorMs(p, s, r) + HumanTiming.encodingMs(r);
    else if (p.homelabKvm && r.nextInt(10) < 3) human += HumanTiming.encodingMs(r) + 1; // driving it through the KVM from the desk
    Map<String, Object> e = event("interaction", t, p.id);
    e.put("device_id", s.laptopId());
    e.put("kind", kind);
    if (r.nextInt(10) < 6) {
      e.put("latency_ms", HumanTiming.round(human));
      e.put("measured_at", "endpoint");
    } else {
      Landmark server = NetworkPaths.LANDMARKS.stream().filter(l -> l.id().equals(APP_SERVER)).findFirst().orElseThrow();
      double path = pathMs(server.lat(), server.lon(), s, "tcp", r);
      e.put("latency_ms", HumanTiming.round(human + path + NetworkPaths.jitterMs(r)));
      e.put("measured_at", "server");
      e.put("path_rtt_ms", HumanTiming.round(path));
    }
    events.add(e);
  }

  private void keystrokes(Events events, Persona p, Situation s, Instant t, SplittableRandom r) {
    Relay relay = p.relay;
    double jitter = 3 + 3 * r.nextDouble();
    String source = r.nextInt(10) < 7 ? "browser" : "endpoint";
    if (p.mode == Mode.LOCAL) {
      relay = Relay.NONE;
      if (p.homelabKvm && r.nextInt(10) < 3) {
        relay = Relay.LOCAL_KVM;
        jitter = 0.2;
      }
      if (p.ssh && r.nextInt(10) < 5) {
        relay = Relay.SSH_OBSCURE;
        source = "ssh";
      }
    }
    HumanTiming.Batch b = HumanTiming.batch(p.typist, relay, 20 + r.nextInt(41), jitter, p.jiggler, r);
    Map<String, Object> e = event("keystrokes", t, p.id);
    e.put("device_id", s.laptopId());
    e.put("source", source);
    e.put("down_ms", b.down());
    if (!b.up().isEmpty()) e.put("up_ms", b.up());
    if (!b.pointer().isEmpty()) e.put("pointer_ms", b.pointer());
    events.add(e);
  }

  private void commits(Events events, Persona p, Situation s, ZonedDateTime origin, int lenMin, int n, SplittableRandom r) {
    for (int i = 0; i < n; i++) {
      Instant t = origin.plusMinutes(r.nextInt(lenMin)).plusSeconds(r.nextInt(60)).toInstant();
      Map<String, Object> e = event("activity", t, p.id);
      e.put("source", "git");
      e.put("utc_offset_min", offsetMin(s.commitZone(), t));
      events.add(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> event(String type, Instant t, String subject) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", type);
    String n = Long.toString(++eventSeq);
    e.put("id", "wf-" + "0000000".substring(Math.min(7, n.length())) + n);
    e.put("time", t);
    e.put("subject", subject);
    return e;
  }

  private static Instant at(int day, int hour, String zone) {
    return FieldPopulation.START.plusDays(day).atStartOfDay(ZoneId.of(zone)).plusHours(hour).toInstant();
  }

  private static int offsetMin(String zone, Instant t) {
    return ZoneId.of(zone).getRules().getOffset(t).getTotalSeconds() / 60;
  }

  private double[] near(City c, double maxKm) {
    return near(c, maxKm * Math.sqrt(random.nextDouble()), false);
  }

  /** A point {@code km} from the city centre (exactly, if {@code exact}) in a random direction. */
  private double[] near(City c, double km, boolean exact) {
    double bearing = 2 * Math.PI * random.nextDouble();
    double dLat = km * Math.cos(bearing) / 111.2;
    double dLon = km * Math.sin(bearing) / (111.2 * Math.cos(Math.toRadians(c.lat())));
    return new double[] {c.lat() + dLat, c.lon() + dLon};
  }

  private City farthestOf(City from, int among) {
    List<City> l = new ArrayList<>(Places.US);
    l.sort(Comparator.comparingDouble(c -> -c.km(from)));
    return l.get(random.nextInt(among));
  }

  private Prefix nearestCarrier(double lat, double lon, boolean foreign) {
    if (foreign) return null;
    List<Prefix> mobile = IpTable.of(Kind.MOBILE);
    int asn = mobile.get(random.nextInt(mobile.size())).asn();
    return mobile.stream().filter(x -> x.asn() == asn)
        .min(Comparator.comparingDouble(x -> Places.km(lat, lon, x.lat(), x.lon()))).orElseThrow();
  }

  /** A carrier gateway 1,000–4,000 km away (issue 15 item 2), else the farthest one within 4,000 km. */
  private Prefix farCarrier(double lat, double lon) {
    List<Prefix> far = IpTable.of(Kind.MOBILE).stream()
        .filter(x -> { double km = Places.km(lat, lon, x.lat(), x.lon()); return km >= 1000 && km <= 4000; }).toList();
    if (!far.isEmpty()) return IpTable.pick(far, random);
    return IpTable.of(Kind.MOBILE).stream().filter(x -> Places.km(lat, lon, x.lat(), x.lon()) <= 4000)
        .max(Comparator.comparingDouble(x -> Places.km(lat, lon, x.lat(), x.lon()))).orElseThrow();
  }

  private String bssid() {
    return bssidFrom(random);
  }

  private static String bssidFrom(SplittableRandom r) {
    return BSSID_OUI[r.nextInt(BSSID_OUI.length)] + String.format(":%02x:%02x:%02x", r.nextInt(256), r.nextInt(256), r.nextInt(256) & 0xF0);
  }

  /** A mesh node of the same system: the base address with another last octet. */
  private static String meshSibling(String base, int node) {
    int last = Integer.parseInt(base.substring(base.length() - 2), 16);
    return base.substring(0, base.length() - 2) + String.format("%02x", (last & 0xF0) | (node & 0x0F));
  }

  private String hex(int n) {
    StringBuilder b = new StringBuilder();
    while (b.length() < n) b.append(Integer.toHexString(random.nextInt(16)));
    return b.toString();
  }
}
