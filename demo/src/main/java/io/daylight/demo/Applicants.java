package io.daylight.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Job applications: the hires' own (dated before their hire), an applicant ring, benign look-alike
 * clusters (a bootcamp's CV template, a university career centre's network, siblings, a shared
 * family phone, applicants on a consumer VPN), and an honest majority.
 */
final class Applicants {
  static final int RING_SIZE = 10, RING_HIRED_INDEX = 3;
  static final int BOOTCAMP = 15, CAREER_CENTRE = 10;
  /** The ring applies from one /24 of a commercial VPN range (the second /24 of vpn-chi). */
  private static final int RING_SUBNET = 1;
  /** The career centre's NAT sits in one /24 of the university's block. */
  private static final int CAREER_CENTRE_SUBNET = 5;
  private static final String[] USER_AGENTS = {
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"};
  private static final String[] CHANNELS = {"careers_site", "careers_site", "careers_site", "linkedin", "linkedin",
      "job_board", "job_board", "referral", "agency", "agency"};
  private static final String[] CAPSTONES = {"a recipe-sharing app", "a budgeting dashboard", "a pet-adoption marketplace",
      "a volunteer scheduling tool", "a local-events finder"};

  /** One application as the ATS records it. */
  record App(String id, long time, String position, String name, String email, String phone, Place location,
             Address address, List<String> links, String ip, String userAgent, String deviceId, int offsetMin,
             String resume, List<Resumes.Education> education, List<Resumes.Employer> employers, String phash,
             String channel, String agency, String referrer) {}

  final Map<String, List<String>> labels = new LinkedHashMap<>();
  final List<App> apps = new ArrayList<>();
  private final SplittableRandom r;
  private final Population pop;
  private final int days;
  private int next = 1;

  Applicants(SplittableRandom r, Population pop, int total, int days) {
    this.r = r;
    this.pop = pop;
    this.days = days;
    int hires = pop.people.size() - 1;
    int special = RING_SIZE + BOOTCAMP + CAREER_CENTRE + 4;
    if (total < hires + special + 10) {
      throw new IllegalArgumentException("need at least " + (hires + special + 10) + " applications for " + pop.people.size() + " workers");
    }
    ring();
    for (Person p : pop.people) if (p.applicationId == null) hireApplication(p);
    bootcamp();
    careerCentre();
    siblings();
    familyPhone();
    while (apps.size() < total) {
      boolean onVpn = r.nextInt(100) < 3;
      App a = honest(Population.weightedHome(r), windowDay(), onVpn ? vpnIp() : null);
      if (onVpn) label(a.id(), "consumer_vpn_applicant");
    }
  }

  private String newId() {
    return String.format("app-%05d", next++);
  }

  private void label(String id, String l) {
    labels.computeIfAbsent(id, k -> new ArrayList<>()).add(l);
  }

  private int offset(String tz, long t) {
    return ZoneId.of(tz).getRules().getOffset(Instant.ofEpochSecond(t)).getTotalSeconds() / 60;
  }

  /** A day of the window; applicants apply during their own waking hours (08-22) of it. */
  private LocalDate windowDay() {
    return DemoOrganisation.START.plusDays(r.nextInt(days));
  }

  private long localTime(LocalDate date, String tz, int fromHour, int spanHours) {
    return ZonedDateTime.of(date, LocalTime.of(fromHour, 0), ZoneId.of(tz)).toEpochSecond() + r.nextInt(spanHours * 3600);
  }

  private String phash() {
    return Mix.hex(r.nextLong(), 16);
  }

  private String device() {
    return "fp-" + Mix.hex(r.nextLong(), 6);
  }

  private String ua() {
    return USER_AGENTS[r.nextInt(USER_AGENTS.length)];
  }

  private String homeIp(Place place) {
    return IpPrefix.byId(place.homePrefixes().get(r.nextInt(place.homePrefixes().size()))).host(r.nextLong());
  }

  private String vpnIp() {
    return IpPrefix.byId(r.nextBoolean() ? "vpn-nyc" : "vpn-chi").host(r.nextLong());
  }

  /**
   * GitHub handles are unique site-wide, so a handle already taken gets a number. Every call is a
   * new person (re-applications copy their earlier links), so namesakes get different handles too.
   */
  private final java.util.Set<String> takenHandles = new java.util.HashSet<>();

  private String githubHandle(String given, String family) {
    String base = Names.ascii(given).charAt(0) + Names.ascii(family) + (r.nextInt(3) == 0 ? "-dev" : "");
    String handle = base;
    for (int n = 2; !takenHandles.add(handle); n++) handle = base + n;
    return handle;
  }

  private List<String> links(String given, String family) {
    List<String> l = new ArrayList<>();
    if (r.nextBoolean()) l.add("https://github.com/" + githubHandle(given, family));
    if (r.nextInt(3) == 0) l.add("https://www.linkedin.com/in/" + Names.ascii(given) + "-" + Names.ascii(family) + "-" + Mix.hex(r.nextLong(), 4));
    return l;
  }

  private String[] source() {
    String channel = CHANNELS[r.nextInt(CHANNELS.length)];
    String agency = channel.equals("agency") ? Population.AGENCIES[r.nextInt(Population.AGENCIES.length)] : null;
    String referrer = channel.equals("referral") ? pop.people.get(r.nextInt(pop.people.size())).id : null;
    return new String[] {channel, agency, referrer};
  }

  private App add(App a) {
    apps.add(a);
    return a;
  }

  /** An honest applicant: their own identity, home network (or a consumer VPN) and device. */
  private App honest(Place place, LocalDate day, String ipOverride) {
    return honest(place, localTime(day, place.tz(), 8, 14), ipOverride);
  }

  private App honest(Place place, long t, String ipOverride) {
    String[] n = Names.person(r);
    Resumes.Cv cv = Resumes.compose(r, n[0] + " " + n[1], place.country(), r.nextInt(Resumes.POSITIONS.length));
    String[] s = source();
    return add(new App(newId(), t, cv.position(), n[0] + " " + n[1], Names.personalEmail(r, n[0], n[1]),
        Phones.format(place.country(), pop.phones.fresh(r, place), r.nextInt(5)), place,
        r.nextInt(10) < 3 ? Names.address(r, place) : null, links(n[0], n[1]),
        ipOverride != null ? ipOverride : homeIp(place), ua(), device(), offset(place.tz(), t),
        cv.text(), cv.education(), cv.employers(), r.nextInt(100) < 85 ? phash() : null, s[0], s[1], s[2]));
  }

  /** The application a hire made before joining, from wherever they (or their operators) were. */
  private void hireApplication(Person p) {
    LocalDate applied = p.hired.minusDays(14 + r.nextInt(47));
    String[] name = p.name.split(" ", 2);
    Resumes.Cv cv = Resumes.compose(r, p.name, p.declared.country(), r.nextInt(Resumes.POSITIONS.length));
    String ip;
    String tz;
    long t;
    if ("laptop_farm".equals(p.scheme)) {
      boolean fromFarm = r.nextBoolean();
      ip = fromFarm ? p.household.publicIp(0) : IpPrefix.byId("vpn-chi").host(r.nextLong());
      tz = fromFarm ? "America/Phoenix" : "Asia/Shanghai";
      t = localTime(applied, "Asia/Shanghai", 9, 9);
    } else if ("vpn_worker".equals(p.scheme)) {
      ip = IpPrefix.byId("vpn-nyc").host(r.nextLong());
      tz = p.declared.tz();
      t = localTime(applied, p.household.place().tz(), 9, 9);
    } else {
      ip = p.household.prefix().host(r.nextLong());
      tz = p.household.place().tz();
      t = localTime(applied, tz, 8, 14);
    }
    String[] s = source();
    App a = add(new App(newId(), t, cv.position(), p.name, Names.personalEmail(r, name[0], name[name.length - 1]),
        p.phone, p.declared, p.homeAddress, links(name[0], name[name.length - 1]), ip, ua(), device(), offset(tz, t),
        cv.text(), cv.education(), cv.employers(), phash(), s[0], s[1], s[2]));
    p.applicationId = a.id();
    label(a.id(), "hire:" + p.id);
    if (p.scheme != null) label(a.id(), p.scheme);
  }

  /**
   * One team applying as ten people: varied names, a few phones written differently or one digit
   * apart, three browsers, one CV with the name swapped, one /24, working in its own daytime.
   */
  private void ring() {
    List<Place> us = new ArrayList<>();
    for (Place p : Place.ALL) if (p.country().equals("US") && !p.homePrefixes().isEmpty()) us.add(p);
    String[] devices = {device(), device(), device()};
    String[] basePhones = new String[3];
    Place[] phonePlaces = new Place[3];
    for (int k = 0; k < 3; k++) {
      phonePlaces[k] = us.get(r.nextInt(us.size()));
      basePhones[k] = pop.phones.fresh(r, phonePlaces[k]);
    }
    Resumes.Cv base = Resumes.compose(r, "NAME", "US", 1);
    String photo = phash();
    IpPrefix vpn = IpPrefix.byId("vpn-chi");
    Person hire = null;
    for (Person p : pop.people) if (p.labels.contains("ring_hire")) hire = p;
    for (int i = 0; i < RING_SIZE; i++) {
      boolean isHire = i == RING_HIRED_INDEX && hire != null;
      Place claimed = isHire ? hire.declared : us.get(r.nextInt(us.size()));
      String[] n = isHire ? hire.name.split(" ", 2) : Names.person(r);
      String fullName = isHire ? hire.name : n[0] + " " + n[1];
      String nsn = basePhones[i % 3];
      if (i >= 8) nsn = nsn.substring(0, nsn.length() - 1) + (char) ('0' + (nsn.charAt(nsn.length() - 1) - '0' + 1) % 10);
      String phone = isHire ? hire.phone : Phones.format(phonePlaces[i % 3].country(), nsn, i % 5);
      long t = localTime(DemoOrganisation.START.plusDays(r.nextInt(15)), "Asia/Shanghai", 9, 9);
      String text = base.text().replace("NAME", fullName);
      if (i % 2 == 1) text = text.replace("Skills: ", "Core skills: ");
      String ph = i < 5 ? Mix.hex(Long.parseUnsignedLong(photo, 16) ^ (i == 0 ? 0 : (1L << r.nextInt(64)) | (1L << r.nextInt(64))), 16) : phash();
      int offsetMin = i % 5 < 3 ? offset("Asia/Shanghai", t) : offset(claimed.tz(), t);
      String channel = i % 4 == 0 ? "agency" : (i % 2 == 0 ? "job_board" : "linkedin");
      String first = n[0], last = n[n.length - 1];
      App a = add(new App(newId(), t, base.position(), fullName, Names.personalEmail(r, first, last), phone, claimed,
          null, links(first, last), vpn.host(RING_SUBNET * 254L + r.nextInt(254)), USER_AGENTS[i % 3], devices[i % 3], offsetMin,
          text, base.education(), base.employers(), ph, channel, channel.equals("agency") ? Population.AGENCIES[0] : null, null));
      label(a.id(), "applicant_ring");
      if (isHire) {
        hire.applicationId = a.id();
        label(a.id(), "hire:" + hire.id);
        label(a.id(), "ring_hire");
      }
    }
  }

  private void bootcamp() {
    String[] skillA = {"React", "Vue.js", "Angular"}, skillB = {"Node.js", "Express", "MongoDB", "PostgreSQL"};
    List<Place> us = new ArrayList<>();
    for (Place p : Place.ALL) if (p.country().equals("US") && !p.homePrefixes().isEmpty()) us.add(p);
    for (int i = 0; i < BOOTCAMP; i++) {
      Place place = us.get(r.nextInt(us.size()));
      App h = honest(place, windowDay(), null);
      String text = Resumes.bootcampTemplate(h.name(), place.city(), skillA[r.nextInt(3)], skillB[r.nextInt(4)],
          CAPSTONES[r.nextInt(CAPSTONES.length)]);
      List<Resumes.Education> edu = List.of(new Resumes.Education("LaunchPad Coding Bootcamp", "US",
          "Certificate, Full-Stack Web Development", 2025));
      List<Resumes.Employer> jobs = List.of(new Resumes.Employer(Resumes.employerName(r, "US"), "US",
          new String[] {"Retail Associate", "Barista", "Office Administrator", "Warehouse Lead"}[r.nextInt(4)], "2021-03", "2025-01"));
      replaceLast(new App(h.id(), h.time(), "Full-Stack Developer (remote)", h.name(), h.email(), h.phone(), h.location(),
          h.address(), h.links(), h.ip(), h.userAgent(), h.deviceId(), h.offsetMin(), text, edu, jobs, h.phash(),
          h.channel(), h.agency(), h.referrer()));
      label(h.id(), "bootcamp_template");
    }
  }

  private void replaceLast(App a) {
    apps.set(apps.size() - 1, a);
  }

  private void careerCentre() {
    Place austin = Place.byId("austin");
    IpPrefix campus = IpPrefix.byId("univ-austin");
    int day = 20 + r.nextInt(Math.max(1, days - 40));
    for (int i = 0; i < CAREER_CENTRE; i++) {
      long t = localTime(DemoOrganisation.START.plusDays(day + r.nextInt(10)), austin.tz(), 10, 7);
      App h = honest(austin, t, campus.host(CAREER_CENTRE_SUBNET * 254L + r.nextInt(254)));
      List<Resumes.Education> edu = List.of(new Resumes.Education("University of Texas at Austin", "US", Resumes.degree(r), 2026));
      replaceLast(new App(h.id(), t, h.position(), h.name(), h.email(), h.phone(), h.location(), h.address(), h.links(),
          h.ip(), h.userAgent(), h.deviceId(), offset(austin.tz(), t), h.resume(), edu, List.of(), h.phash(), "careers_site", null, null));
      label(h.id(), "career_centre_ip");
    }
  }

  private void siblings() {
    Place place = Population.weightedHome(r);
    String family = Names.person(r)[1];
    String university = Resumes.university(r, place.country());
    int year = 2018 + r.nextInt(6);
    for (int i = 0; i < 2; i++) {
      App h = honest(place, windowDay(), null);
      String given = Names.givenLike(r, family);
      String name = given + " " + family;
      List<Resumes.Education> edu = List.of(new Resumes.Education(university, place.country(), Resumes.degree(r), year + 2 * i));
      replaceLast(new App(h.id(), h.time(), h.position(), name, Names.personalEmail(r, given, family), h.phone(), place,
          h.address(), h.links(), h.ip(), h.userAgent(), h.deviceId(), h.offsetMin(), h.resume().replace(h.name(), name),
          edu, h.employers(), h.phash(), h.channel(), h.agency(), h.referrer()));
      label(h.id(), "siblings");
    }
  }

  private void familyPhone() {
    Place place = Population.weightedHome(r);
    String nsn = pop.phones.fresh(r, place);
    String family = Names.person(r)[1];
    Address home = Names.address(r, place);
    for (int i = 0; i < 2; i++) {
      App h = honest(place, windowDay(), null);
      String given = Names.givenLike(r, family);
      String name = given + " " + family;
      replaceLast(new App(h.id(), h.time(), h.position(), name, Names.personalEmail(r, given, family),
          Phones.format(place.country(), nsn, i * 2), place, home, h.links(), h.ip(), h.userAgent(), h.deviceId(),
          h.offsetMin(), h.resume().replace(h.name(), name), h.education(), h.employers(), h.phash(), h.channel(),
          h.agency(), h.referrer()));
      label(h.id(), "shared_family_phone");
    }
  }

  void write(EventLog log) {
    for (App a : apps) {
      log.addWithId(a.time(), "application", a.id(), g -> body(g, a));
    }
  }

  private static void body(JsonGenerator g, App a) throws IOException {
    g.writeStringField("position", a.position());
    g.writeObjectFieldStart("candidate");
    g.writeStringField("name", a.name());
    g.writeStringField("email", a.email());
    g.writeStringField("phone", a.phone());
    g.writeObjectFieldStart("location");
    g.writeStringField("city", a.location().city());
    g.writeStringField("region", a.location().region());
    g.writeStringField("country", a.location().country());
    g.writeEndObject();
    g.writeArrayFieldStart("links");
    for (String l : a.links()) g.writeString(l);
    g.writeEndArray();
    if (a.address() != null) {
      g.writeObjectFieldStart("address");
      g.writeStringField("line1", a.address().line1());
      g.writeStringField("city", a.address().city());
      g.writeStringField("region", a.address().region());
      g.writeStringField("postal", a.address().postal());
      g.writeStringField("country", a.address().country());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeStringField("ip", a.ip());
    g.writeStringField("user_agent", a.userAgent());
    g.writeStringField("device_id", a.deviceId());
    g.writeNumberField("client_utc_offset_min", a.offsetMin());
    g.writeStringField("resume_text", a.resume());
    g.writeArrayFieldStart("education");
    for (Resumes.Education e : a.education()) {
      g.writeStartObject();
      g.writeStringField("institution", e.institution());
      g.writeStringField("country", e.country());
      g.writeStringField("degree", e.degree());
      g.writeNumberField("end_year", e.endYear());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("employers");
    for (Resumes.Employer e : a.employers()) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeStringField("country", e.country());
      g.writeStringField("title", e.title());
      g.writeStringField("start", e.start());
      if (e.end() != null) g.writeStringField("end", e.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (a.phash() != null) g.writeStringField("photo_phash", a.phash());
    g.writeObjectFieldStart("source");
    g.writeStringField("channel", a.channel());
    if (a.agency() != null) g.writeStringField("agency", a.agency());
    if (a.referrer() != null) g.writeStringField("referrer", a.referrer());
    g.writeEndObject();
  }
}
