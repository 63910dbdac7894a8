package io.daylight.population;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Every application over the window: the hires' own, the honest crowd with its look-alikes, the
 * applicant rings and the reused identities. Class sizes scale with {@code applications} (given
 * here for 3,000); each is an assumption about a mid-size employer hiring remote engineers, not a
 * measurement.
 *
 * <table>
 *   <caption>What is planted (sizes at 3,000 applications)</caption>
 *   <tr><th>class</th><th>fraud</th><th>size</th><th>from</th></tr>
 *   <tr><td>the hires' own applications</td><td>if the hire's scheme</td><td>one per hire</td><td>the workforce hand-off</td></tr>
 *   <tr><td>applicant_ring</td><td>yes</td><td>one ring per ring crew hired + one per difficulty unhired; 10-40 filings</td>
 *       <td>Mandiant UNC5267 2024, Microsoft Jasper Sleet 2025, Amazon 2025 (1,800+ blocked), issue 15 item 8</td></tr>
 *   <tr><td>identity_reuse</td><td>yes</td><td>3 borrowed employee identities, 3 shared-GitHub pairs, 3 recycled pairs</td>
 *       <td>DoJ v. Chapman 2024/2025, RevGen 2025, Jasper Sleet 2025, issue 15 items 11-12</td></tr>
 *   <tr><td>staffing_agency</td><td>no</td><td>8 batches of 8-15 (30 % offshore office) + agency hires</td><td>FBI PSA I-012325, issue 15 item 1</td></tr>
 *   <tr><td>reapplicant</td><td>no</td><td>35 pairs + 10 % of honest hires' earlier application</td><td>issue 15 item 6</td></tr>
 *   <tr><td>bootcamp_cohort, career_centre</td><td>no</td><td>3 cohorts of 8-12; 2 universities, 12-20 students</td><td>issue 15 item 8</td></tr>
 *   <tr><td>family_household, namesake</td><td>no</td><td>15 pairs; 10 pairs + 6 namesakes of employees</td><td>public-reporting.md (households)</td></tr>
 *   <tr><td>consumer_vpn_applicant, mobile_data_applicant</td><td>no</td><td>90; 300</td><td>public-reporting.md, issue 15 item 2</td></tr>
 *   <tr><td>typo_contact, international_applicant, honest</td><td>no</td><td>40; 300; the rest</td><td>assumed</td></tr>
 * </table>
 */
final class Applications {
  static final List<String> POSITIONS = List.of("Senior Backend Engineer (remote)", "Frontend Engineer (remote)",
      "Full Stack Developer (remote, US)", "Data Engineer (remote)", "DevOps Engineer (remote)",
      "Mobile Developer, iOS/Android (remote)", "QA Automation Engineer (contract, remote)",
      "Machine Learning Engineer (remote)", "Blockchain Developer (contract)", "Site Reliability Engineer (remote)");

  /** Fictional staffing agencies: real agencies' names do not belong in a fraud data set. */
  static final List<String> AGENCIES = List.of("Brightpath Staffing LLC", "Keystone Talent Partners",
      "Summit Tech Staffing Inc.", "Bluewater Consulting Group", "Apex IT Resources", "Meridian Talent Solutions",
      "TalentBridge Global", "Northstar Contract Services");

  /** Coding bootcamps (real programmes; the cohort's shared template is the model's). */
  static final List<String> BOOTCAMPS = List.of("App Academy", "Hack Reactor", "General Assembly", "Flatiron School",
      "Tech Elevator", "Coding Dojo");

  private static final List<String> STREETS = List.of("Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake",
      "Hill", "Park", "Main", "Sunset", "Highland", "Meadow", "Ridge", "Willow", "Church", "Mill", "Spring");
  private static final List<String> STREET_KIND = List.of("St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way", "Blvd");

  /** Where a person says they are. */
  record Loc(String city, String region, String country, double lat, double lon, String zone) {
    static Loc of(Place p) {
      return new Loc(p.city(), p.region(), p.country(), p.lat(), p.lon(), p.zone());
    }

    static Loc of(Hire h) {
      String zone = h.zone();
      if (zone == null) { // a hand-off without a zone: the table's city, else US Eastern
        zone = Place.ALL.stream().filter(p -> p.city().equals(h.city())).map(Place::zone).findFirst().orElse("America/New_York");
      }
      return new Loc(h.city(), h.region(), h.country(), h.lat(), h.lon(), zone);
    }
  }

  /** One application being built, with its label. */
  static final class App {
    String id, position, email, phone, ip, userAgent, device, resume, phash, channel = "job_board", agency, referrer;
    String name, birthDate, behaviour = "honest", difficulty, link;
    Names.Name parts;
    Instant time;
    Loc loc;
    Integer offset;
    List<String> links = new ArrayList<>();
    List<Map<String, Object>> education = List.of(), employers = List.of();
    Map<String, Object> address;
    Resumes.Cv cv;
    boolean fraud;
    String elsewhereIp; // the home address when its block geolocates to another city
    final List<String> traits = new ArrayList<>();

    Map<String, Object> event() {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("type", "application");
      e.put("id", id);
      e.put("time", time);
      e.put("position", position);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", name);
      c.put("email", email);
      c.put("phone", phone);
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("city", loc.city);
      l.put("region", loc.region);
      l.put("country", loc.country);
      l.put("lat", loc.lat);
      l.put("lon", loc.lon);
      c.put("location", l);
      c.put("links", links);
      if (address != null) c.put("address", address);
      if (birthDate != null) c.put("birth_date", birthDate);
      e.put("candidate", c);
      e.put("ip", ip);
      e.put("user_agent", userAgent);
      e.put("device_id", device);
      // The browser's clock: the declared place's offset unless the filing says otherwise.
      e.put("client_utc_offset_min", offset != null ? offset : Applications.offset(loc.zone, time));
      e.put("resume_text", resume);
      e.put("education", education);
      e.put("employers", employers);
      if (phash != null) e.put("photo_phash", phash);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("channel", channel);
      if (agency != null) s.put("agency", agency);
      if (referrer != null) s.put("referrer", referrer);
      e.put("source", s);
      return e;
    }

    Truth.Label label() {
      return new Truth.Label(fraud, behaviour, fraud ? difficulty : null, traits, link);
    }
  }

  private final SplittableRandom r;
  private final List<Hire> hires;
  private final int total, days;
  private final double scale;
  private final EmailStyles emails = new EmailStyles();
  private final Phones phones = new Phones();
  private final Set<String> handles = new HashSet<>();
  private final Set<String> hireIds = new HashSet<>();
  private final Set<String> borrowed = new HashSet<>();
  private final List<App> apps = new ArrayList<>();
  private int nextId = 1, nextCrew = 1, nextCohort = 1;

  Applications(SplittableRandom random, List<Hire> hires, int applications, int days) {
    this.r = random;
    this.hires = List.copyOf(hires);
    this.total = applications;
    this.days = days;
    this.scale = applications / 3000.0;
    for (Hire h : hires) {
      hireIds.add(h.applicationId());
      emails.reserve(h.email());
      phones.reserve(h.phone());
      // A hire's profile handles are theirs: no other applicant may draw them (one account per handle).
      for (String link : h.links()) handles.add(link.substring(link.replaceAll("/+$", "").lastIndexOf('/') + 1).replaceAll("/+$", ""));
    }
  }

  /** Generates everything (once) and writes it. */
  void write(Events events, Truth truth) {
    if (apps.isEmpty()) generate();
    for (App a : apps) {
      events.add(a.event());
      truth.application(a.id, a.label());
    }
  }

  /** The applications as built (for tests). */
  List<App> generated() {
    if (apps.isEmpty()) generate();
    return apps;
  }

  private int n(double at3000) {
    return (int) Math.round(at3000 * scale);
  }

  private void generate() {
    Map<String, List<Hire>> ringCrews = new TreeMap<>();
    Map<String, List<Hire>> otherCrews = new TreeMap<>();
    List<Hire> agencyHires = new ArrayList<>();
    for (Hire h : hires) {
      if ("applicant_ring".equals(h.scheme())) ringCrews.computeIfAbsent(h.crew(), k -> new ArrayList<>()).add(h);
      else if (!h.honest()) otherCrews.computeIfAbsent(h.crew() == null ? h.workerId() : h.crew(), k -> new ArrayList<>()).add(h);
      else if (h.agency() == null) honestHire(h);
      if (h.agency() != null && !"applicant_ring".equals(h.scheme())) agencyHires.add(h);
    }
    for (List<Hire> crew : otherCrews.values()) schemeHires(crew);
    for (Map.Entry<String, List<Hire>> e : ringCrews.entrySet()) {
      String d = e.getValue().get(0).difficulty();
      ring(e.getKey(), d == null ? "moderate" : d, e.getValue());
    }
    // Rings that got nobody hired: most filings are rejected (Amazon: 1,800+ DPRK applications blocked).
    for (String d : List.of("obvious", "moderate", "subtle")) ring("crew-app-" + nextCrew++, d, List.of());
    for (String d : List.of("obvious", "moderate", "subtle")) {
      borrowedIdentity(d);
      sharedGithub(d);
      recycledIdentity(d);
    }
    agencies(agencyHires);
    for (int i = 0; i < n(35); i++) reapplicant();
    for (int i = 0, c = Math.max(1, n(3)); i < c; i++) bootcamp();
    List<String> unis = new ArrayList<>(Networks.UNIVERSITIES.keySet());
    unis.sort(null);
    for (int i = 0, c = Math.max(1, n(2)); i < c; i++) careerCentre(unis.get(i % unis.size()));
    for (int i = 0; i < n(15); i++) family();
    for (int i = 0; i < n(10); i++) namesakes();
    for (int i = 0; i < n(6); i++) hireNamesake();
    for (int i = 0; i < n(40); i++) typoContact();
    for (int i = 0; i < n(90); i++) single("consumer_vpn_applicant");
    for (int i = 0; i < n(300); i++) single("mobile_data_applicant");
    for (int i = 0; i < n(300); i++) international();
    while (apps.size() < total) single("honest");
  }

  // ---------------------------------------------------------------- building blocks

  private String newId() {
    String id;
    do id = String.format("app-%05d", nextId++); while (hireIds.contains(id));
    return id;
  }

  private App add(App a) {
    if (a.id == null) a.id = newId();
    // Most apply for the opening that matches their résumé; some stretch (assumed 70/30).
    if (a.position == null) {
      a.position = a.cv != null && r.nextDouble() < 0.7 ? POSITIONS.get(Resumes.roleIndex(a.cv)) : Resumes.pick(POSITIONS, r);
    }
    if (a.resume == null && a.cv != null) a.resume = a.cv.text(a.name);
    if (a.cv != null) {
      a.education = a.cv.education();
      a.employers = a.cv.employers();
    }
    // Only while the filing still comes from home (an office, VPN or phone replaces it).
    if (a.elsewhereIp != null && a.elsewhereIp.equals(a.ip)) a.traits.add("ip_geolocates_elsewhere");
    apps.add(a);
    return a;
  }

  /** An instant on {@code day} at a local hour in {@code zone}. */
  private Instant at(int day, String zone, int hour) {
    LocalDateTime t = FieldPopulation.START.plusDays(day).atTime(hour, r.nextInt(60), r.nextInt(60));
    return t.atZone(ZoneId.of(zone)).toInstant();
  }

  /** A waking-hours local time: mostly 8-22 with an evening bump (people apply after work). */
  private Instant waking(int day, String zone) {
    int hour = r.nextDouble() < 0.35 ? 18 + r.nextInt(5) : 8 + r.nextInt(10);
    return at(day, zone, hour);
  }

  private int day() {
    return r.nextInt(days);
  }

  private String handle(Names.Name n) {
    String f = Names.ascii(n.first()), l = Names.ascii(n.last());
    String[] styles = {f + "-" + l, f.charAt(0) + l, f + l, f + "-" + l + "-dev", l + f.charAt(0), f + l.charAt(0) + (1 + r.nextInt(99))};
    String h = styles[r.nextInt(styles.length)];
    while (!handles.add(h)) h = h + (r.nextInt(10));
    return h;
  }

  private List<String> links(Names.Name n) {
    List<String> out = new ArrayList<>();
    if (r.nextDouble() < 0.55) out.add("https://github.com/" + handle(n));
    if (r.nextDouble() < 0.6) out.add("https://www.linkedin.com/in/" + handle(n));
    return out;
  }

  private Map<String, Object> address(Place p) {
    if (!p.country().equals("US")) return null;
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("line1", (10 + r.nextInt(9980)) + " " + Resumes.pick(STREETS, r) + " " + Resumes.pick(STREET_KIND, r));
    if (r.nextDouble() < 0.3) a.put("line2", "Apt " + (1 + r.nextInt(40)));
    a.put("city", p.city());
    a.put("region", p.region());
    a.put("postal", p.zip3() + String.format("%02d", r.nextInt(100)));
    a.put("country", "US");
    return a;
  }

  private String birthDate() {
    return String.format("%d-%02d-%02d", 1972 + r.nextInt(32), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private Networks.Prefix homeNetwork(Loc loc) {
    Networks.Prefix p = Networks.residential(loc.city, r);
    if (p != null) return p;
    List<Place> same = Place.ALL.stream().filter(x -> x.country().equals(loc.country) && Networks.hasCity(x.city())).toList();
    if (same.isEmpty()) same = Place.US;
    return Networks.residential(same.get(r.nextInt(same.size())).city(), r);
  }

  /**
   * A home address. For about 1 in 10 (assumed; commercial city-level databases place a sizeable
   * minority of residential addresses in the wrong metro) the ISP's block geolocates to the nearest
   * other city in the table: the person is home, the database is wrong.
   */
  private String homeIp(App a) {
    if (r.nextDouble() < 0.10) {
      Place near = Place.ALL.stream()
          .filter(x -> x.country().equals(a.loc.country()) && !x.city().equals(a.loc.city()) && Networks.hasCity(x.city()))
          .min(java.util.Comparator.comparingDouble(x -> Math.hypot(x.lat() - a.loc.lat(), (x.lon() - a.loc.lon())
              * Math.cos(Math.toRadians(a.loc.lat())))))
          .orElse(null);
      if (near != null) {
        a.elsewhereIp = Networks.residential(near.city(), r).host(r);
        return a.elsewhereIp;
      }
    }
    return homeNetwork(a.loc).host(r);
  }

  /** A person living in {@code p}, applying from home on {@code day}. */
  private App person(Place p, Names.Name n, int day) {
    App a = new App();
    a.parts = n;
    a.name = n.full();
    a.loc = Loc.of(p);
    a.email = emails.personal(n, p.country(), r);
    a.phone = phones.mobile(p, r);
    a.links = links(n);
    a.ip = homeIp(a);
    a.userAgent = Browsers.userAgent(r);
    a.device = Browsers.fingerprint(r);
    a.cv = Resumes.fresh(p.country(), r);
    a.time = waking(day, p.zone());
    if (r.nextDouble() < 0.35) a.phash = Browsers.phash(r);
    double c = r.nextDouble();
    a.channel = c < 0.45 ? "job_board" : c < 0.8 ? "careers_site" : c < 0.9 ? "referral" : "linkedin";
    // Background-check data exists for those who reached a late stage (assumed one in four).
    if (r.nextDouble() < 0.25) {
      a.address = address(p);
      a.birthDate = birthDate();
    }
    return a;
  }

  private App usPerson(int day) {
    return person(Place.us(r), Names.us(r), day);
  }

  // ---------------------------------------------------------------- hires

  private App fromHire(Hire h) {
    App a = new App();
    a.id = h.applicationId();
    String[] parts = h.name().split(" ");
    a.parts = new Names.Name(parts[0], null, parts[parts.length - 1]);
    a.name = h.name();
    a.email = h.email();
    a.phone = h.phone();
    a.loc = Loc.of(h);
    a.links = new ArrayList<>(h.links());
    a.link = h.workerId();
    a.cv = Resumes.fresh(h.country(), r);
    a.time = waking(h.applicationDay(), a.loc.zone());
    a.userAgent = Browsers.userAgent(r);
    a.device = Browsers.fingerprint(r);
    a.ip = homeIp(a);
    if (r.nextDouble() < 0.35) a.phash = Browsers.phash(r);
    if (r.nextDouble() < 0.6) {
      Place p = Place.ALL.stream().filter(x -> x.city().equals(h.city())).findFirst().orElse(null);
      if (p != null) a.address = address(p);
      a.birthDate = birthDate();
    }
    a.channel = "careers_site";
    if (h.agency() != null) {
      a.channel = "agency";
      a.agency = h.agency();
    }
    if (!h.honest()) {
      a.fraud = true;
      a.behaviour = h.scheme();
      a.difficulty = h.difficulty() == null ? "moderate" : h.difficulty();
      a.traits.add("crew:" + h.crew());
    }
    return a;
  }

  private void honestHire(Hire h) {
    App a = add(fromHire(h));
    // Some employees applied before, for another opening, with the same contacts (issue 15 item 6).
    if (r.nextDouble() < 0.10) {
      App e = new App();
      e.parts = a.parts;
      e.name = a.name;
      e.email = r.nextDouble() < 0.8 ? a.email : emails.another(a.parts, h.country(), r);
      e.phone = a.phone;
      e.loc = a.loc;
      e.links = a.links;
      e.cv = Resumes.variant(a.cv, 0.6, 0.3, false, false, h.country(), r);
      e.ip = homeNetwork(a.loc).host(r);
      e.userAgent = Browsers.userAgent(r);
      e.device = r.nextBoolean() ? a.device : Browsers.fingerprint(r);
      e.time = waking(h.applicationDay() - 60 - r.nextInt(150), a.loc.zone());
      e.behaviour = "reapplicant";
      e.traits.add("employee_earlier_application");
      a.behaviour = "reapplicant";
      a.traits.add("employee_earlier_application");
      add(e);
    }
  }

  /** Hires of laptop-farm, VPN and payroll schemes: their own hiring applications. */
  private void schemeHires(List<Hire> crew) {
    String d = crew.get(0).difficulty() == null ? "moderate" : crew.get(0).difficulty();
    String operatorZone = r.nextBoolean() ? "Asia/Shanghai" : "Asia/Pyongyang";
    String device = Browsers.fingerprint(r), ua = Browsers.userAgent("chrome-win", r);
    Networks.Prefix net = switch (d) {
      case "obvious" -> Networks.pick(Networks.VPN_US, r);
      case "moderate" -> Networks.pick(Networks.HOSTING_US, r);
      default -> Networks.pick(Networks.RENTED_US, r);
    };
    for (Hire h : crew) {
      if (h.agency() != null) continue; // filed through an agency batch instead
      App a = fromHire(h);
      a.ip = net.host(r);
      a.traits.add("obvious".equals(d) ? "vpn_exit" : "moderate".equals(d) ? "hosting" : "rented_prefix");
      a.traits.add("asn:" + net.asn());
      if ("obvious".equals(d)) {
        // Operators work their own daytime, US night (KnowBe4 2024), and the browser says so.
        a.time = at(h.applicationDay(), operatorZone, 10 + r.nextInt(8));
        a.offset = ZoneId.of(operatorZone).getRules().getOffset(a.time).getTotalSeconds() / 60;
        a.traits.add("operator_offset");
      }
      if (!"subtle".equals(d) && crew.size() > 1) {
        a.device = device;
        a.userAgent = ua;
        a.traits.add("crew_device");
      }
      add(a);
    }
  }

  // ---------------------------------------------------------------- rings

  /**
   * One crew filing many personas (Mandiant UNC5267; Microsoft "Jasper Sleet": personas sharing
   * GitHub, e-mail, phone; VoIP numbers; Astrill VPN). Obvious: one device, one CV, one phone.
   * Moderate: a few devices, GitHub and phones shared in groups, CVs lightly edited. Subtle: one CV
   * template rewritten per persona, bursts from one rented /24, a patterned e-mail, VoIP phones,
   * the operators' UTC+8/+9 on some filings.
   */
  private void ring(String crew, String d, List<Hire> hired) {
    int size = switch (d) {
      case "obvious" -> 10 + r.nextInt(8);
      case "moderate" -> 15 + r.nextInt(11);
      default -> 20 + r.nextInt(21);
    };
    size = Math.max(size, hired.size() + 5);
    int span = switch (d) {
      case "obvious" -> 14 + r.nextInt(15);
      case "moderate" -> 21 + r.nextInt(22);
      default -> 42 + r.nextInt(29);
    };
    int start = hired.isEmpty() ? r.nextInt(Math.max(1, days - span))
        : hired.stream().mapToInt(Hire::applicationDay).min().getAsInt() - r.nextInt(Math.min(10, span));
    String operatorZone = r.nextBoolean() ? "Asia/Shanghai" : "Asia/Pyongyang";
    Resumes.Cv template = Resumes.fresh("US", r);
    String ua = Browsers.userAgent("chrome-win", r);
    List<String> devices = new ArrayList<>();
    for (int i = 0; i < ("obvious".equals(d) ? 1 : 3); i++) devices.add(Browsers.fingerprint(r));
    List<String> sharedPhones = new ArrayList<>();
    if ("obvious".equals(d)) sharedPhones.add(hired.isEmpty() ? phones.voip(r) : hired.get(0).phone());
    else for (int i = 0; i < 2 + r.nextInt(2); i++) sharedPhones.add(phones.voip(r));
    List<String> githubs = new ArrayList<>();
    for (int i = 0; i < 3; i++) githubs.add("https://github.com/" + handle(Names.us(r)));
    if ("moderate".equals(d)) {
      // The hired persona's own phone and profile turn up on some of the crew's other filings.
      for (Hire h : hired) {
        sharedPhones.add(h.phone());
        h.links().stream().filter(l -> l.contains("github.com")).findFirst().ifPresent(githubs::add);
      }
    }
    List<Networks.Prefix> nets = switch (d) {
      case "obvious" -> List.of(Networks.pick(Networks.VPN_US, r));
      case "moderate" -> List.of(Networks.pick(Networks.HOSTING_US, r), Networks.pick(Networks.VPN_US, r));
      default -> List.of(Networks.pick(Networks.RENTED_US, r));
    };
    String phash = Browsers.phash(r);
    // A crew works a couple of openings at a time (assumed; the reporting names no number).
    List<String> openings = List.of(Resumes.pick(POSITIONS, r), Resumes.pick(POSITIONS, r));
    String suffix = Resumes.pick(List.of("dev", "eng", "codes", "tech"), r);
    String provider = Resumes.pick(List.of("gmail.com", "outlook.com"), r);
    // Subtle rings file in bursts: a handful of days, several filings within hours.
    List<Integer> burstDays = new ArrayList<>();
    for (int i = 0; i < 4 + r.nextInt(3); i++) burstDays.add(start + r.nextInt(span));
    for (int i = 0; i < size; i++) {
      Hire h = i < hired.size() ? hired.get(i) : null;
      Place p = Place.us(r);
      Names.Name n = Names.us(r);
      int day = "subtle".equals(d) ? burstDays.get(r.nextInt(burstDays.size())) : start + r.nextInt(span);
      App a;
      if (h != null) {
        a = fromHire(h);
        day = h.applicationDay();
      } else {
        a = new App();
        a.parts = n;
        a.name = n.full();
        a.loc = Loc.of(p);
        a.email = "subtle".equals(d) ? emails.patterned(n, suffix, provider, r)
            : emails.unique(Names.ascii(n.first()) + Names.ascii(n.last()) + (10 + r.nextInt(90)), "gmail.com", r);
        a.channel = Resumes.pick(List.of("job_board", "careers_site", "linkedin"), r);
        // Stolen identities come with real birth dates and addresses, which a background check returns.
        if (!"obvious".equals(d) && r.nextDouble() < 0.25) {
          a.address = address(p);
          a.birthDate = birthDate();
        }
      }
      a.fraud = true;
      a.behaviour = "applicant_ring";
      a.difficulty = d;
      if (!a.traits.contains("crew:" + crew)) a.traits.add("crew:" + crew);
      Networks.Prefix net = nets.get(r.nextInt(nets.size()));
      a.ip = net.host(r);
      a.userAgent = ua;
      switch (d) {
        case "obvious" -> {
          a.device = devices.get(0);
          if (h == null) a.phone = sharedPhones.get(0);
          a.cv = template;
          a.phash = phash;
          a.time = at(day, operatorZone, 9 + r.nextInt(10));
          a.offset = offset(operatorZone, a.time);
          if (r.nextDouble() < 0.1) {
            a.ip = Networks.pick(Networks.OVERSEAS_DIRECT, r).host(r);
            a.traits.add("tunnel_dropped");
          }
          a.traits.addAll(List.of("shared_device", "copied_cv", "shared_phone", "vpn_exit", "operator_offset", "shared_photo"));
        }
        case "moderate" -> {
          a.device = devices.get(r.nextInt(devices.size()));
          if (h == null) {
            a.phone = r.nextDouble() < 0.7 ? sharedPhones.get(r.nextInt(sharedPhones.size())) : phones.voip(r);
            a.links = new ArrayList<>(List.of(githubs.get(r.nextInt(githubs.size()))));
          }
          a.cv = Resumes.variant(template, 0.7, 0.3, false, false, "US", r);
          a.phash = Browsers.nearPhash(phash, r);
          a.time = at(day, operatorZone, 9 + r.nextInt(10));
          if (r.nextBoolean()) {
            a.offset = offset(operatorZone, a.time);
            a.traits.add("operator_offset");
          }
          a.traits.addAll(List.of("few_devices", "shared_github", "voip_phone", "edited_cv", "hosting_or_vpn", "similar_photo"));
        }
        default -> {
          a.device = Browsers.fingerprint(r);
          if (h == null) {
            a.phone = phones.voip(r);
            a.links = new ArrayList<>(List.of("https://github.com/" + handle(n)));
          }
          a.cv = Resumes.variant(template, 0.4, 0.35, true, true, "US", r);
          a.time = at(day, operatorZone, 9 + r.nextInt(3));
          if (r.nextDouble() < 0.25) {
            a.offset = offset(operatorZone, a.time);
            a.traits.add("operator_offset");
          }
          a.traits.addAll(List.of("cv_template_rewritten", "burst_filing", "rented_prefix", "patterned_email", "voip_phone"));
        }
      }
      a.resume = null;
      a.position = Resumes.pick(openings, r);
      add(a);
    }
  }

  static int offset(String zone, Instant at) {
    return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
  }

  // ---------------------------------------------------------------- identity reuse

  private App fraudApp(String crew, String d, App a) {
    a.fraud = true;
    a.behaviour = "identity_reuse";
    a.difficulty = d;
    a.traits.add("crew:" + crew);
    return a;
  }

  /** A current employee's name and phone in a new application, a new e-mail, another state (issue 15 item 11). */
  private void borrowedIdentity(String d) {
    List<Hire> honest = hires.stream().filter(Hire::honest)
        .filter(h -> h.country().equals("US") && h.hireDay() < days - 15 && !borrowed.contains(h.workerId())).toList();
    if (honest.isEmpty()) return;
    Hire h = honest.get(r.nextInt(honest.size()));
    borrowed.add(h.workerId());
    Place elsewhere;
    do elsewhere = Place.us(r); while (elsewhere.region().equals(h.region()));
    int day = Math.max(0, h.hireDay()) + 3 + r.nextInt(Math.max(1, days - Math.max(0, h.hireDay()) - 5));
    String[] parts = h.name().split(" ");
    Names.Name n = new Names.Name(parts[0], null, parts[parts.length - 1]);
    App a = person(elsewhere, n, Math.min(day, days - 1));
    a.name = h.name();
    a.phone = h.phone();
    a.address = null;
    a.birthDate = null;
    a.phash = null;
    switch (d) {
      case "obvious" -> a.ip = Networks.pick(Networks.VPN_US, r).host(r);
      case "moderate" -> {
        a.phone = Phones.national(h.phone()); // the same number, typed as (NPA) NXX-XXXX
        a.ip = Networks.pick(Networks.HOSTING_US, r).host(r);
      }
      default -> {
        a.name = Names.NICKNAMES.getOrDefault(n.first(), n.first()) + " " + n.last();
        a.ip = Networks.pick(Networks.RENTED_US, r).host(r);
      }
    }
    a.traits.addAll(List.of("borrowed_identity_of:" + h.workerId(), "new_email", "other_state"));
    add(fraudApp("crew-id-" + nextCrew++, d, a));
  }

  /** Two names listing one GitHub profile (issue 15 item 12; Jasper Sleet: GitHub reused across personas). */
  private void sharedGithub(String d) {
    String crew = "crew-id-" + nextCrew++;
    int day = r.nextInt(Math.max(1, days - 45));
    App first = usPerson(day);
    String gh = "https://github.com/" + handle(Names.us(r));
    first.links = new ArrayList<>(List.of(gh));
    int gap = switch (d) {
      case "obvious" -> 0;
      case "moderate" -> 5 + r.nextInt(5);
      default -> 20 + r.nextInt(22);
    };
    App second = usPerson(Math.min(days - 1, day + gap));
    second.links = new ArrayList<>(List.of(switch (d) {
      case "subtle" -> gh.replace("https://github.com/", "https://GitHub.com/") + "/";
      default -> gh;
    }));
    Networks.Prefix net = Networks.pick(Networks.VPN_US, r);
    if ("obvious".equals(d)) {
      second.device = first.device;
      second.userAgent = first.userAgent;
      first.ip = net.host(r);
      second.ip = net.host(r);
    } else if ("moderate".equals(d)) {
      first.ip = net.host(r);
      second.ip = net.host(r);
    } else {
      first.ip = Networks.pick(Networks.RENTED_US, r).host(r);
    }
    for (App a : List.of(first, second)) {
      a.traits.add("shared_github");
      add(fraudApp(crew, d, a));
    }
  }

  /** A previously rejected applicant's identity, filed again with small edits. */
  private void recycledIdentity(String d) {
    String crew = "crew-id-" + nextCrew++;
    Place p = Place.us(r);
    Names.Name n = Names.us(r);
    int d2 = 10 + r.nextInt(Math.max(1, days - 10));
    App first = person(p, n, d2 - 30 - r.nextInt(30));
    first.address = address(p);
    first.birthDate = birthDate();
    first.ip = Networks.pick(Networks.VPN_US, r).host(r);
    first.traits.add("rejected_identity");
    App second = person(p, n, d2);
    // The materials are reused: the CV lightly edited, or (subtle) rewritten around the same template.
    second.cv = "subtle".equals(d) ? Resumes.variant(first.cv, 0.4, 0.35, true, true, "US", r)
        : Resumes.variant(first.cv, 0.8, 0.2, false, false, "US", r);
    second.birthDate = first.birthDate;
    second.address = new LinkedHashMap<>(first.address);
    second.ip = Networks.pick(d.equals("subtle") ? Networks.RENTED_US : Networks.HOSTING_US, r).host(r);
    switch (d) {
      case "obvious" -> {
        second.name = first.name;
        second.phone = first.phone;
      }
      case "moderate" -> {
        second.name = n.first() + " " + (char) ('A' + r.nextInt(26)) + ". " + n.last();
        second.phone = Phones.typo(first.phone, r);
      }
      default -> {
        second.name = Names.NICKNAMES.getOrDefault(n.first(), n.first().substring(0, 1) + ".") + " " + n.last();
        Object line2 = second.address.remove("line2");
        second.address.put("line1", second.address.get("line1") + (line2 == null ? " #" + (1 + r.nextInt(30))
            : " #" + line2.toString().replace("Apt ", "")));
        second.address.put("postal", second.address.get("postal") + "-" + String.format("%04d", r.nextInt(10000)));
      }
    }
    second.traits.add("recycled_identity");
    add(fraudApp(crew, d, first));
    add(fraudApp(crew, d, second));
  }

  // ---------------------------------------------------------------- honest look-alikes

  /**
   * Staffing agencies: a recruiter's office machine files a batch of candidates within days,
   * sometimes from an offshore office (FBI PSA I-012325: agencies are a common entry; issue 15
   * item 1). Each candidate has their own contacts, CV and profile.
   */
  private void agencies(List<Hire> agencyHires) {
    int batches = Math.max(1, n(8));
    List<Hire> pending = new ArrayList<>(agencyHires);
    for (int b = 0; b < batches || !pending.isEmpty(); b++) {
      Hire anchor = pending.isEmpty() ? null : pending.remove(0);
      String agency = anchor != null ? anchor.agency() : AGENCIES.get(b % AGENCIES.size());
      boolean offshore = r.nextDouble() < 0.3;
      Networks.Prefix office;
      String officeZone;
      if (offshore) {
        office = Networks.pick(Networks.OFFSHORE_OFFICES, r);
        officeZone = office.place().equals("Bengaluru") ? "Asia/Kolkata" : "Asia/Manila";
      } else {
        Place p = Place.us(r);
        office = Networks.residential(p.city(), r);
        officeZone = p.zone();
      }
      String device = Browsers.fingerprint(r), ua = Browsers.userAgent("chrome-win", r);
      String officeIp = office.host(r); // the office's one public address (its router's NAT)
      String recruiter = "recruiter-" + (100 + r.nextInt(900));
      String requisition = Resumes.pick(POSITIONS, r); // a recruiter fills one requisition with a slate
      int start = anchor != null ? anchor.applicationDay() - r.nextInt(3) : day();
      // Past the quota of full batches, an agency hire still comes through its agency, alone.
      int size = b < batches ? 8 + r.nextInt(8) : 1;
      for (int i = 0; i < size; i++) {
        App a;
        int filedDay;
        if (i == 0 && anchor != null) {
          a = fromHire(anchor);
          filedDay = anchor.applicationDay();
          if (!a.fraud) a.behaviour = size > 1 ? "staffing_agency" : "honest";
        } else {
          filedDay = start + r.nextInt(4);
          a = usPerson(filedDay);
          a.behaviour = "staffing_agency";
        }
        a.time = at(filedDay, officeZone, 9 + r.nextInt(9));
        a.offset = offset(officeZone, a.time);
        a.ip = officeIp;
        a.device = device;
        a.userAgent = ua;
        a.channel = "agency";
        a.agency = agency;
        a.referrer = recruiter;
        if (size > 1) a.traits.add("agency_batch");
        if (r.nextDouble() < 0.75) a.position = requisition;
        if (offshore) a.traits.add("offshore_office");
        add(a);
      }
    }
  }

  /** The same person applying again months later: same contacts, sometimes a corrected phone or a new e-mail. */
  private void reapplicant() {
    int d2 = day();
    Place p = Place.us(r);
    Names.Name n = Names.us(r);
    App second = person(p, n, d2);
    App first = person(p, n, d2 - 60 - r.nextInt(90));
    first.name = second.name;
    first.links = second.links;
    first.cv = Resumes.variant(second.cv, 0.6, 0.3, false, false, "US", r);
    first.email = second.email;
    first.phone = second.phone;
    double x = r.nextDouble();
    if (x < 0.2) {
      first.phone = Phones.typo(second.phone, r);
      second.traits.add("phone_typo_corrected");
    } else if (x < 0.45) {
      second.email = emails.another(n, "US", r);
      second.traits.add("new_email");
    }
    if (r.nextDouble() < 0.5) second.device = first.device;
    for (App a : List.of(first, second)) {
      a.behaviour = "reapplicant";
      add(a);
    }
  }

  /** A bootcamp cohort: one CV template, own stories; applying within two weeks of graduation. */
  private void bootcamp() {
    String cohort = "cohort:" + Resumes.pick(BOOTCAMPS, r);
    String camp = cohort.substring(7);
    Resumes.Cv template = Resumes.bootcampTemplate(camp, r);
    int grad = r.nextInt(Math.max(1, days - 14));
    nextCohort++;
    for (int i = 0, size = 8 + r.nextInt(5); i < size; i++) {
      App a = usPerson(grad + r.nextInt(14));
      a.cv = Resumes.graduate(template, r);
      a.position = r.nextBoolean() ? POSITIONS.get(2) : POSITIONS.get(1);
      a.behaviour = "bootcamp_cohort";
      a.traits.add(cohort + "#" + nextCohort);
      add(a);
    }
  }

  /** Students filing from the university career centre's lab machines and /24. */
  private void careerCentre(String university) {
    Networks.Prefix net = Networks.UNIVERSITIES.get(university);
    Place p = Place.named(net.place());
    List<String> labs = new ArrayList<>();
    for (int i = 0; i < 2 + r.nextInt(3); i++) labs.add(Browsers.fingerprint(r));
    String ua = Browsers.userAgent("chrome-win", r);
    int start = r.nextInt(Math.max(1, days - 42));
    for (int i = 0, size = 12 + r.nextInt(9); i < size; i++) {
      int filed = start + r.nextInt(42);
      App a = person(p, Names.us(r), filed);
      a.time = at(filed, p.zone(), 9 + r.nextInt(8));
      a.ip = net.host(r);
      if (r.nextDouble() < 0.7) {
        a.device = labs.get(r.nextInt(labs.size()));
        a.userAgent = ua;
        a.traits.add("lab_machine");
      }
      a.education = List.of(Resumes.education(university, "US", "BS Computer Science", 2026));
      a.cv = new Resumes.Cv(a.cv.title(), Resumes.studentSummary(university, r), a.cv.bullets().subList(0, 4), a.cv.skills(),
          a.cv.employers().subList(0, 1), a.education);
      a.behaviour = "career_centre";
      add(a);
    }
  }

  /** Siblings or spouses: one address, a family phone, one home connection, their own e-mails and devices. */
  private void family() {
    Place p = Place.us(r);
    Names.Name n1 = Names.us(r);
    Names.Name n2 = Names.us(r);
    if (r.nextDouble() < 0.7) n2 = new Names.Name(n2.first(), null, n1.last());
    int day = day();
    App a = person(p, n1, day);
    App b = person(p, n2, Math.min(days - 1, day + r.nextInt(20)));
    a.address = address(p);
    b.address = a.address;
    a.birthDate = birthDate();
    b.birthDate = birthDate();
    List<String> shared = new ArrayList<>(List.of("shared_address"));
    // One home connection (same public address behind the household's router) for most.
    if (r.nextDouble() < 0.8) {
      b.ip = a.ip;
      shared.add("same_home_ip");
    }
    // About half list the family's one phone (a landline or a parent's mobile), assumed.
    if (r.nextDouble() < 0.5) {
      b.phone = a.phone;
      shared.add("shared_phone");
    }
    for (App x : List.of(a, b)) {
      x.behaviour = "family_household";
      x.traits.addAll(shared);
      add(x);
    }
  }

  /** Two different people with one common name. */
  private void namesakes() {
    List<Names.Name> common = Names.common();
    Names.Name n = common.get(r.nextInt(common.size()));
    for (int i = 0; i < 2; i++) {
      App a = person(Place.us(r), n, day());
      a.behaviour = "namesake";
      add(a);
    }
  }

  /** Someone else with a current employee's name, in another state, with their own contacts. */
  private void hireNamesake() {
    List<Hire> us = hires.stream().filter(h -> h.country().equals("US")).toList();
    if (us.isEmpty()) return;
    Hire h = us.get(r.nextInt(us.size()));
    String[] parts = h.name().split(" ");
    Names.Name n = new Names.Name(parts[0], null, parts[parts.length - 1]);
    Place p;
    do p = Place.us(r); while (p.region().equals(h.region()));
    App a = person(p, n, day());
    a.name = h.name();
    a.behaviour = "namesake";
    a.traits.add("namesake_of_employee");
    add(a);
  }

  private void typoContact() {
    App a = usPerson(day());
    if (r.nextBoolean()) {
      a.phone = Phones.typo(a.phone, r);
      a.traits.add("phone_typo");
    } else {
      a.email = EmailStyles.typo(a.email, r);
      a.traits.add("email_typo");
    }
    a.behaviour = "typo_contact";
    add(a);
  }

  private void international() {
    Place p = Place.abroad(r);
    App a = person(p, Names.of(p.country(), r), day());
    a.behaviour = "international_applicant";
    add(a);
  }

  /** One applicant of a plain kind: honest, on a consumer VPN, or on mobile data. */
  private void single(String kind) {
    App a = usPerson(day());
    a.behaviour = kind;
    switch (kind) {
      case "consumer_vpn_applicant" -> {
        a.ip = Networks.pick(Networks.VPN_US, r).host(r);
        a.traits.add("vpn_exit");
      }
      case "mobile_data_applicant" -> {
        a.ip = Networks.pick(Networks.MOBILE_US, r).host(r);
        a.userAgent = Browsers.mobileUserAgent(r);
        a.traits.add("carrier_gateway");
      }
      default -> {}
    }
    add(a);
  }
}
