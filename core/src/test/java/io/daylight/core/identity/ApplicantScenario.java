package io.daylight.core.identity;

import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Labelled applicant population: honest applicants (some re-applying), benign look-alikes planted
 * next to them, and fraud rings. Every application carries its label in {@link #label}.
 *
 * <p>Look-alikes (what must NOT be flagged): siblings with one surname, one address, one university
 * and one family phone; spouses sharing a phone; a bootcamp cohort whose CVs share one template; a
 * university career centre's students applying from one IP in one week; workers applying
 * internally from their corporate mailbox; honest people applying twice, and eager ones applying
 * to three to six roles within three weeks.
 *
 * <p>Rings (what must be flagged): 3–7 personas run by one team, each persona sharing some of the
 * team's artefacts — a browser device, a VoIP phone typed in the team's habitual format, one CV
 * with the names swapped, one photo re-encoded (a few pHash bits flipped) — applying within weeks;
 * in some rings one borrowed identity applies again and again with fresh contacts, and in some a
 * persona re-uses a hired worker's identity with new contacts. Not every persona
 * shares something, so ring recall below 1 is expected.
 */
final class ApplicantScenario {
  static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
  static final long DAY = 86_400_000L;

  final List<Event> events = new ArrayList<>();
  /** application/worker id → "honest", "lookalike:<kind>:<n>", "ring:<n>". */
  final Map<String, String> label = new HashMap<>();
  private final SplittableRandom rnd;
  private int seq;
  private final boolean withResumes;
  private String idPrefix = "";

  private static final String[] GIVEN = ("james mary robert patricia john jennifer michael linda david elizabeth william "
      + "barbara richard susan joseph jessica thomas sarah charles karen christopher lisa daniel nancy matthew betty "
      + "anthony margaret mark sandra donald ashley steven kimberly paul emily andrew donna joshua michelle kenneth "
      + "carol kevin amanda brian dorothy george melissa timothy deborah ronald stephanie edward rebecca jason sharon "
      + "jeffrey laura ryan cynthia jacob kathleen gary amy nicholas angela eric shirley jonathan anna stephen brenda "
      + "larry pamela justin emma scott nicole brandon helen benjamin samantha samuel katherine gregory christine "
      + "alexander debra frank rachel patrick carolyn raymond janet jack catherine dennis maria jerry heather tyler "
      + "diane aaron ruth jose julie adam olivia nathan joyce henry virginia douglas victoria zachary kelly peter lauren "
      + "kyle christina ethan joan walter evelyn noah judith jeremy megan christian andrea keith cheryl roger hannah "
      + "terry jacqueline gerald martha harold gloria sean teresa austin ann carl sara arthur madison lawrence frances "
      + "dylan kathryn jesse janice jordan jean bryan abigail billy alice joe judy bruce sophia gabriel grace logan "
      + "denise albert amber willie doris alan marilyn juan danielle wayne beverly elijah isabella randy theresa roy "
      + "diana vincent natalie ralph brittany eugene charlotte russell marie bobby kayla mason alexis philip lori "
      + "minjun seoyeon jiho hana wei jing arjun priya mohammed fatima ahmed aisha carlos sofia luis camila").split(" ");
  private static final String[] SURNAMES = ("smith johnson williams brown jones garcia miller davis rodriguez martinez "
      + "hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris "
      + "sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green "
      + "adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz "
      + "edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey "
      + "reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz "
      + "hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell "
      + "sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson "
      + "alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran "
      + "medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy "
      + "wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez "
      + "silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar "
      + "fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne "
      + "grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott "
      + "park choi jung kang cho yoon wang li zhang liu singh kumar khan ali").split(" ");
  private static final String[] STREETS = ("oak maple cedar pine elm washington lake hill park main view sunset "
      + "ridge river spring highland forest meadow valley church mill jefferson lincoln madison franklin willow "
      + "cherry walnut chestnut hickory aspen birch palm desert canyon mesa").split(" ");
  private static final String[] STREET_TYPES = {"street", "avenue", "road", "drive", "lane", "court", "place", "boulevard"};
  private static final String[][] CITIES = {
      {"Phoenix", "AZ", "-420"}, {"Seattle", "WA", "-480"}, {"Austin", "TX", "-360"}, {"Denver", "CO", "-420"},
      {"Chicago", "IL", "-360"}, {"Atlanta", "GA", "-300"}, {"Boston", "MA", "-300"}, {"Miami", "FL", "-300"},
      {"San Diego", "CA", "-480"}, {"Portland", "OR", "-480"}, {"Columbus", "OH", "-300"}, {"Raleigh", "NC", "-300"}};
  private static final String[] UNIVERSITIES = {"Arizona State University", "University of Washington",
      "University of Texas at Austin", "Georgia Institute of Technology", "Ohio State University",
      "University of Florida", "Purdue University", "University of Michigan", "Boston University"};
  private static final String[] EMPLOYERS = {"Acme Cloud Inc", "Bluebird Software", "Northwind Traders",
      "Contoso Ltd", "Fabrikam Inc", "Initech", "Globex Corporation", "Umbrella Health", "Stark Logistics"};
  private static final String[] US_FORMATS = {"(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "%s%s%s", "+1-%s-%s-%s"};
  private static final String[] TEMPLATE = ("professional summary results driven software engineer with a passion "
      + "for building scalable web applications core skills javascript react node sql git agile scrum teamwork "
      + "communication projects capstone project built a full stack application using modern tools and deployed it "
      + "to the cloud education full stack web development immersive certificate").split(" ");

  private final String[] vocabulary;

  ApplicantScenario(long seed, boolean withResumes) {
    this.rnd = new SplittableRandom(seed);
    this.withResumes = withResumes;
    vocabulary = new String[4000];
    String[] syll = {"ka", "lo", "mi", "ten", "ver", "sa", "ri", "on", "del", "ta", "pro", "gen", "ux", "dat", "ops",
        "ser", "vi", "ce", "ma", "nage", "de", "ploy", "cli", "ent", "lead", "ar", "chi", "tect", "qu", "ery"};
    SplittableRandom v = new SplittableRandom(7);
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder b = new StringBuilder();
      int n = 2 + v.nextInt(3);
      for (int k = 0; k < n; k++) b.append(syll[v.nextInt(syll.length)]);
      vocabulary[i] = b.toString();
    }
  }

  /** A population: honest applicants with look-alikes interleaved, and {@code rings} rings. */
  static ApplicantScenario generate(long seed, int honest, int rings, boolean withResumes) {
    return generate(seed, honest, rings, withResumes, "");
  }

  /** As above, with ids prefixed so that several generated chunks can be linked together. */
  static ApplicantScenario generate(long seed, int honest, int rings, boolean withResumes, String idPrefix) {
    ApplicantScenario s = new ApplicantScenario(seed, withResumes);
    s.idPrefix = idPrefix;
    int groups = 0;
    for (int i = 0; i < honest; i++) {
      int roll = s.rnd.nextInt(1000);
      if (roll < 5) s.siblings(groups++);
      else if (roll < 8) s.spouses(groups++);
      else if (roll == 8) s.bootcamp(groups++, 12);
      else if (roll == 9) s.careerCentre(groups++, 25);
      else if (roll < 13) s.internalMove(groups++);
      else if (roll < 23) s.manyRoles(groups++);
      else if (roll < 73) s.reapplies();
      else s.honestOne();
    }
    for (int r = 0; r < rings; r++) s.ring(r);
    return s;
  }

  // ---- honest people ----

  private final class Person {
    String given = pick(GIVEN);
    String surname = rnd.nextInt(3) == 0 ? synthetic() : pick(SURNAMES);
    String birth = String.format(Locale.ROOT, "%04d-%02d-%02d", 1960 + rnd.nextInt(45), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    String[] city = CITIES[rnd.nextInt(CITIES.length)];
    Address address = new Address((1 + rnd.nextInt(9999)) + " " + cap(pick(STREETS)) + " " + cap(pick(STREET_TYPES)),
        null, city[0], city[1], String.format(Locale.ROOT, "%05d", 10000 + rnd.nextInt(89999)), "US");
    String phone = usPhone();
    String email = given + (rnd.nextBoolean() ? "." : "") + surname + (rnd.nextBoolean() ? "" : Integer.toString(rnd.nextInt(100)))
        + "@" + (rnd.nextBoolean() ? "gmail.com" : rnd.nextBoolean() ? "outlook.com" : "yahoo.com");
    String university = pick(UNIVERSITIES);
    String resume = resume();
    /** The CV this person's was copied from, if any: a copied CV carries its work history along. */
    String cvOrigin;
    String device = hex(12);
    String photo = hex(16);
    String ip = "198.51." + rnd.nextInt(256) + "." + rnd.nextInt(256);

    String name() {
      return cap(given) + " " + cap(surname);
    }
  }

  private void honestOne() {
    Person p = new Person();
    app(p, T0 + rnd.nextLong(180 * DAY), "honest");
  }

  /** One person applying twice, weeks apart; a third of them with a new phone the second time. */
  private void reapplies() {
    Person p = new Person();
    long t = T0 + rnd.nextLong(150 * DAY);
    app(p, t, "honest");
    if (rnd.nextInt(3) == 0) p.phone = usPhone();
    p.device = hex(12);
    app(p, t + (10 + rnd.nextInt(50)) * DAY, "honest");
  }

  /** An eager applicant: 3–6 roles at one company within three weeks, same contacts. */
  private void manyRoles(int group) {
    Person p = new Person();
    long t = T0 + rnd.nextLong(150 * DAY);
    int n = 3 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(5) == 0) p.device = hex(12);
      app(p, t + rnd.nextLong(21 * DAY), "lookalike:many-roles:" + group);
    }
  }

  private void siblings(int group) {
    Person a = new Person();
    Person b = new Person();
    b.surname = a.surname;
    b.address = a.address;
    b.city = a.city;
    b.university = a.university;
    b.phone = a.phone;
    long t = T0 + rnd.nextLong(170 * DAY);
    app(a, t, "lookalike:siblings:" + group);
    app(b, t + rnd.nextLong(10 * DAY), "lookalike:siblings:" + group);
  }

  private void spouses(int group) {
    Person a = new Person();
    Person b = new Person();
    b.address = a.address;
    b.city = a.city;
    b.phone = a.phone;
    long t = T0 + rnd.nextLong(170 * DAY);
    app(a, t, "lookalike:spouses:" + group);
    app(b, t + rnd.nextLong(30 * DAY), "lookalike:spouses:" + group);
  }

  private void bootcamp(int group, int n) {
    long t = T0 + rnd.nextLong(150 * DAY);
    for (int i = 0; i < n; i++) {
      Person p = new Person();
      p.resume = templated();
      app(p, t + rnd.nextLong(20 * DAY), "lookalike:bootcamp:" + group);
    }
  }

  private void careerCentre(int group, int n) {
    long t = T0 + rnd.nextLong(150 * DAY);
    String ip = "192.0.2." + rnd.nextInt(256);
    String uni = pick(UNIVERSITIES);
    for (int i = 0; i < n; i++) {
      Person p = new Person();
      p.ip = ip;
      p.university = uni;
      p.birth = String.format(Locale.ROOT, "%04d-%02d-%02d", 2001 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      app(p, t + rnd.nextLong(7 * DAY), "lookalike:career-centre:" + group);
    }
  }

  /** A hired worker who later applies to another internal role from the corporate mailbox. */
  private void internalMove(int group) {
    Person p = new Person();
    long t = T0 + rnd.nextLong(60 * DAY);
    String appId = app(p, t, "lookalike:internal:" + group);
    String wid = "w-" + (++seq);
    p.email = p.given + "." + p.surname + "@corp.example";
    worker(wid, p, t + 20 * DAY, appId, "lookalike:internal:" + group);
    app(p, t + (60 + rnd.nextInt(60)) * DAY, "lookalike:internal:" + group);
  }

  // ---- rings ----

  private void ring(int ringNo) {
    String label = "ring:" + ringNo;
    int k = 3 + rnd.nextInt(5);
    long t = T0 + rnd.nextLong(150 * DAY);
    String[] devices = {hex(12), hex(12)};
    String[] phones = {foreignFormatted(usDigits()), foreignFormatted(usDigits())};
    String baseResume = resume();
    long photo = rnd.nextLong();
    for (int i = 0; i < k; i++) {
      Person p = new Person();
      p.ip = "203.0.113." + rnd.nextInt(256);
      if (rnd.nextInt(10) < 6) p.device = devices[rnd.nextInt(2)];
      if (rnd.nextInt(10) < 5) p.phone = phones[rnd.nextInt(2)];
      if (rnd.nextInt(10) < 6) {
        p.resume = mutate(baseResume, 0.015);
        p.cvOrigin = baseResume;
      }
      if (rnd.nextInt(10) < 3) p.photo = String.format("%016x", photo ^ flips(rnd.nextInt(3)));
      app(p, t + rnd.nextLong(25 * DAY), label);
    }
    if (rnd.nextInt(10) < 3) {
      // One borrowed identity applying again and again with fresh contacts after each rejection.
      Person p = new Person();
      int n = 3 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        p.phone = rnd.nextBoolean() ? foreignFormatted(usDigits()) : usPhone();
        p.email = p.given.charAt(0) + p.surname + rnd.nextInt(10000) + (rnd.nextBoolean() ? "@gmail.com" : "@outlook.com");
        p.device = rnd.nextBoolean() ? devices[rnd.nextInt(2)] : hex(12);
        app(p, t + rnd.nextLong(40 * DAY), label);
      }
    }
    if (rnd.nextInt(10) < 3) {
      // A persona already hired re-used, with new contacts, for a second seat.
      Person hired = new Person();
      long hiredAt = t - 120 * DAY;
      String own = app(hired, hiredAt - 30 * DAY, label);
      worker(idPrefix + "w-" + (++seq), hired, hiredAt, own, label);
      hired.email = "x" + hired.surname + rnd.nextInt(1000) + "@proton.me";
      hired.phone = phones[0];
      hired.device = devices[0];
      app(hired, t + rnd.nextLong(25 * DAY), label);
    }
  }

  // ---- events ----

  /**
   * The employer on the application. A CV copied from a ring's base CV names the base CV's employer
   * (the work history travels with the text); anyone else has their own. The draw is made either way
   * so the scenario's random stream, and every figure measured on it, stays as it was.
   */
  private String employer(Person p) {
    String drawn = pick(EMPLOYERS);
    return p.cvOrigin == null ? drawn : EMPLOYERS[Math.floorMod(p.cvOrigin.hashCode(), EMPLOYERS.length)];
  }

  private String app(Person p, long time, String lbl) {
    String id = idPrefix + String.format(Locale.ROOT, "app-%07d", ++seq);
    String[] city = p.city;
    Application.Candidate c = new Application.Candidate(p.name(), p.email, p.phone,
        new Place(city[0], city[1], "US", Double.NaN, Double.NaN), List.of(), p.address, p.birth, null);
    events.add(new Application(id, time, "Software Engineer (remote)", c, p.ip, "Mozilla/5.0", p.device,
        Integer.parseInt(city[2]), withResumes ? p.resume : null,
        List.of(new Application.Education(p.university, "US", "BSc", 2015)),
        List.of(new Application.Employer(employer(p), "US", "Developer", "2018-01", "2022-06")),
        p.photo, new Application.Source("web", null, null)));
    label.put(id, lbl);
    return id;
  }

  private void worker(String wid, Person p, long time, String ownApp, String lbl) {
    events.add(new Worker("evt-" + wid, time, wid, p.name(), p.email, p.phone,
        new Place(p.city[0], p.city[1], "US", Double.NaN, Double.NaN), null, null, ownApp, p.address, null,
        new Worker.PayrollAccount("acct-" + hex(8), p.name(), "US"), new Worker.Engagement("employee", null)));
    label.put(wid, lbl);
  }

  // ---- text and numbers ----

  private String resume() {
    if (!withResumes) return null;
    StringBuilder b = new StringBuilder();
    int n = 80 + rnd.nextInt(60);
    for (int i = 0; i < n; i++) b.append(vocabulary[zipf()]).append(i % 12 == 11 ? ". " : " ");
    return b.toString();
  }

  /** Bootcamp template: the cohort's headings and stock phrases with one's own project sentences. */
  private String templated() {
    if (!withResumes) return null;
    StringBuilder b = new StringBuilder();
    for (String w : TEMPLATE) {
      b.append(w).append(' ');
      if (rnd.nextInt(3) == 0) for (int k = 0; k < 3; k++) b.append(vocabulary[zipf()]).append(' ');
    }
    for (int i = 0; i < 50; i++) b.append(vocabulary[zipf()]).append(' ');
    return b.toString();
  }

  private String mutate(String text, double rate) {
    if (text == null) return null;
    String[] w = text.split(" ");
    for (int i = 0; i < w.length; i++) if (rnd.nextDouble() < rate) w[i] = vocabulary[zipf()];
    return String.join(" ", w);
  }

  /** Word ranks roughly Zipf-distributed, as word use is. */
  private int zipf() {
    return (int) Math.min(vocabulary.length - 1, Math.floor(Math.exp(rnd.nextDouble() * Math.log(vocabulary.length))) - 1);
  }

  private String usDigits() {
    return String.format(Locale.ROOT, "%03d%03d%04d", 201 + rnd.nextInt(780), 201 + rnd.nextInt(780), rnd.nextInt(10000));
  }

  private String usPhone() {
    String d = usDigits();
    return String.format(US_FORMATS[rnd.nextInt(US_FORMATS.length)], d.substring(0, 3), d.substring(3, 6), d.substring(6));
  }

  /** A US number typed the way the team types numbers at home: groups of 3-4-3 or 2-4-4. */
  private String foreignFormatted(String d) {
    return rnd.nextBoolean() ? "+1 " + d.substring(0, 3) + "-" + d.substring(3, 7) + "-" + d.substring(7)
        : "+1-" + d.substring(0, 2) + "-" + d.substring(2, 6) + "-" + d.substring(6);
  }

  private long flips(int n) {
    long m = 0;
    for (int i = 0; i < n; i++) m |= 1L << rnd.nextInt(64);
    return m;
  }

  private String synthetic() {
    String[] syll = {"bar", "ton", "wel", "ford", "ing", "ham", "ley", "den", "ker", "son", "ro", "vik", "ash", "mor", "tal", "ven"};
    StringBuilder b = new StringBuilder();
    int n = 2 + rnd.nextInt(2);
    for (int i = 0; i < n; i++) b.append(syll[rnd.nextInt(syll.length)]);
    return b.toString();
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private String hex(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) b.append(Character.forDigit(rnd.nextInt(16), 16));
    return b.toString();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
