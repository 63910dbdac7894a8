package io.daylight.population;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Identity material: names, personal e-mail, phone numbers, postal addresses, bank-account
 * fingerprints. One name pool serves everyone, honest or not, in any country: name origin is never
 * a signal (house rule), and the stolen identities of the schemes are ordinary US persons' names.
 * Phone numbers are in fiction ranges where one exists (NANP 555-0100..0199, Ofcom 07700 900xxx).
 */
final class Identities {
  private static final List<String> FIRST = List.of(
      "James", "Maria", "Wei", "Aisha", "Daniel", "Sofia", "Jonathan", "Priya", "Michael", "Olga", "David", "Fatima",
      "Chris", "Elena", "Kevin", "Grace", "Brian", "Ana", "Jason", "Mei", "Robert", "Chloe", "Samuel", "Nadia",
      "Andrew", "Laura", "Carlos", "Hannah", "Tyler", "Yuki", "Ethan", "Zoe", "Marcus", "Irene", "Luis", "Emily",
      "Ahmed", "Julia", "Ryan", "Rosa", "Joshua", "Tanya", "Victor", "Megan", "Kenji", "Sarah", "Omar", "Rachel",
      "Patrick", "Lucia", "Derek", "Amara", "Steven", "Nina", "Eric", "Isabel", "Jamal", "Claire", "Ivan", "Diana",
      "Gabriel", "Keiko", "Anthony", "Leah", "Raj", "Monica", "Sean", "Paula", "Tomasz", "Jessica", "Diego", "Amy");
  private static final List<String> LAST = List.of(
      "Miller", "Garcia", "Chen", "Johnson", "Nguyen", "Smith", "Patel", "Kowalski", "Brown", "Lopez", "Kim", "Davis",
      "Rodriguez", "Wilson", "Singh", "Martinez", "Anderson", "Taylor", "Thomas", "Hernandez", "Moore", "Martin",
      "Jackson", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
      "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
      "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Novak", "Okafor", "Reyes", "Santos", "Ivanova", "Murphy",
      "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Cruz", "Wang", "Li",
      "Sharma", "Dubois", "Schmidt", "Ali", "Costa", "Silva", "Mendoza", "Fischer", "Brooks", "Price", "Bennett");
  private static final List<String> STREETS = List.of(
      "Oak", "Maple", "Cedar", "Pine", "Elm", "Willow", "Lakeview", "Hillcrest", "Sunset", "Park", "Washington",
      "Lincoln", "Jefferson", "Madison", "Franklin", "Highland", "Riverside", "Meadow", "Forest", "Spring", "Valley",
      "Church", "Mill", "Palm", "Desert", "Harbor", "Prairie", "Birch", "Aspen", "Juniper");
  private static final List<String> STREET_TYPES = List.of("St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way", "Pl");
  private static final Map<String, String> LONG_TYPE = Map.of(
      "St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Court", "Blvd", "Boulevard",
      "Way", "Way", "Pl", "Place");
  private static final List<String> MAIL = List.of("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com");

  private final SplittableRandom random;
  private final Set<String> names = new HashSet<>(), emails = new HashSet<>(), phones = new HashSet<>(),
      mailboxes = new HashSet<>(), accounts = new HashSet<>(), serials = new HashSet<>();

  Identities(SplittableRandom random) {
    this.random = random;
  }

  record Name(String first, String last) {
    String full() {
      return first + " " + last;
    }
  }

  /** A postal address; {@code line2} may be null. */
  record Address(String line1, String line2, String city, String region, String postal, String country) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line1", line1);
      if (line2 != null) m.put("line2", line2);
      m.put("city", city);
      m.put("region", region);
      m.put("postal", postal);
      m.put("country", country);
      return m;
    }
  }

  Name name() {
    for (int i = 0; ; i++) {
      Name n = new Name(pick(FIRST), pick(LAST));
      if (names.add(n.full()) || i > 50) return n;
    }
  }

  Name nameWithLast(String last) {
    for (int i = 0; ; i++) {
      Name n = new Name(pick(FIRST), last);
      if (names.add(n.full()) || i > 50) return n;
    }
  }

  /** Ordinary personal addresses: the shapes honest people use. */
  String personalEmail(Name n) {
    String f = ascii(n.first()), l = ascii(n.last());
    for (int i = 0; ; i++) {
      String local = switch (random.nextInt(6)) {
        case 0 -> f + "." + l;
        case 1 -> f + l + (10 + random.nextInt(90));
        case 2 -> f.charAt(0) + "." + l;
        case 3 -> f + "_" + l.charAt(0) + (random.nextInt(3) == 0 ? String.valueOf(1970 + random.nextInt(35)) : "");
        case 4 -> l + "." + f;
        default -> f + "." + l + random.nextInt(1000);
      };
      String e = local + "@" + pick(MAIL);
      if (emails.add(e)) return e;
    }
  }

  /** A crew's e-mail pattern (Google TI 2025: "e-mail addresses following patterns"): one template per crew. */
  String crewEmail(Name n, int template) {
    String f = ascii(n.first()), l = ascii(n.last());
    for (int i = 0; ; i++) {
      String local = switch (template % 3) {
        case 0 -> f + l + ".dev" + (10 + random.nextInt(90));
        case 1 -> l + f.charAt(0) + ".tech" + (100 + random.nextInt(900));
        default -> f + "." + l + ".eng" + (1 + random.nextInt(9));
      };
      String e = local + "@" + (template % 2 == 0 ? "gmail.com" : "outlook.com");
      if (emails.add(e)) return e;
    }
  }

  /** A company mailbox (first initial + last name, numbered on collision): not an identity key. */
  String mailbox(Name n) {
    String base = (ascii(n.first()).charAt(0) + ascii(n.last())).toLowerCase(Locale.ROOT);
    for (int i = 1; ; i++) {
      String m = base + (i == 1 ? "" : String.valueOf(i)) + "@corp.example";
      if (mailboxes.add(m)) return m;
    }
  }

  /** E.164 for a city: NANP fiction range 555-0100..0199 in the city's area codes; Ofcom drama range in the UK. */
  String phone(Places.City c) {
    for (int i = 0; ; i++) {
      String p;
      if (c.country().equals("US")) {
        p = "+1" + c.dial().get(random.nextInt(c.dial().size())) + "5550" + (100 + random.nextInt(100));
      } else if (c.country().equals("CA")) {
        p = c.dial().get(random.nextInt(c.dial().size())) + "5550" + (100 + random.nextInt(100));
      } else if (c.country().equals("GB")) {
        p = "+447700900" + String.format("%03d", random.nextInt(1000));
      } else {
        String prefix = c.dial().get(random.nextInt(c.dial().size()));
        int total = switch (c.country()) { case "IN" -> 13; case "PH" -> 13; case "BR" -> 14; case "MX" -> 13; case "PL" -> 12; default -> 12; };
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < total) b.append(random.nextInt(10));
        p = b.toString();
      }
      if (phones.add(p)) return p;
    }
  }

  Address address(Places.City c) {
    String line1 = (10 + random.nextInt(9800)) + " " + pick(STREETS) + " " + pick(STREET_TYPES);
    String line2 = random.nextInt(4) == 0 ? "Apt " + (1 + random.nextInt(30)) + (char) ('A' + random.nextInt(4)) : null;
    return new Address(line1, line2, c.name(), c.region(), postal(c), c.country());
  }

  String postal(Places.City c) {
    if (c.country().equals("US")) return c.postal() + String.format("%02d", random.nextInt(100));
    return switch (c.country()) {
      case "CA" -> c.postal() + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + random.nextInt(10);
      case "GB" -> c.postal() + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
      case "PL" -> c.postal() + String.format("%03d", random.nextInt(1000));
      case "IN" -> c.postal() + String.format("%03d", random.nextInt(100));
      case "BR" -> c.postal() + String.format("%03d-%03d", random.nextInt(1000), random.nextInt(1000));
      default -> c.postal() + String.format("%03d", random.nextInt(1000));
    };
  }

  /**
   * The same place written another way, as people and forms do: a unit written differently, the
   * long street type, ZIP+4, or a one-letter typo in the street name.
   */
  Address variant(Address a, int kind) {
    String[] w = a.line1().split(" ");
    return switch (kind % 4) {
      case 0 -> new Address(a.line1(), a.line2() == null ? "Unit " + (1 + random.nextInt(4)) : a.line2().replace("Apt ", "#"),
          a.city(), a.region(), a.postal(), a.country());
      case 1 -> new Address(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)) + " " + LONG_TYPE.getOrDefault(w[w.length - 1], w[w.length - 1]),
          a.line2(), a.city(), a.region(), a.postal(), a.country());
      case 2 -> new Address(a.line1(), a.line2(), a.city(), a.region(),
          a.country().equals("US") ? a.postal() + "-" + String.format("%04d", random.nextInt(10000)) : a.postal(), a.country());
      default -> {
        char[] s = w[1].toCharArray();
        int i = 1 + random.nextInt(Math.max(1, s.length - 2));
        if (i + 1 < s.length && s[i] != s[i + 1]) {
          char t = s[i];
          s[i] = s[i + 1];
          s[i + 1] = t;
        } else {
          s[i] = s[i] == 'e' ? 'a' : 'e';
        }
        String typo = new String(s);
        w[1] = typo;
        yield new Address(String.join(" ", w), a.line2(), a.city(), a.region(), a.postal(), a.country());
      }
    };
  }

  /** An opaque bank-account fingerprint, as the payroll system's keyed hash would give. */
  String account() {
    for (;;) {
      String a = "acct-" + Long.toHexString(0x1000000L + random.nextLong(0xEFFFFFFL));
      if (accounts.add(a)) return a;
    }
  }

  /** A laptop serial in the 12-character Apple/Dell-like shape. */
  String serial() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    for (;;) {
      StringBuilder b = new StringBuilder(random.nextBoolean() ? "C02" : "5CG");
      while (b.length() < 12) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      if (serials.add(b.toString())) return b.toString();
    }
  }

  /**
   * A profile handle for this person, unique in the population: GitHub and LinkedIn give a handle to
   * one account only, so two honest people never share one (the first draw that is free is kept).
   */
  String handle(Name n) {
    String f = ascii(n.first()).toLowerCase(Locale.ROOT), l = ascii(n.last()).toLowerCase(Locale.ROOT);
    String h = switch (random.nextInt(4)) {
      case 0 -> f + "-" + l;
      case 1 -> f.charAt(0) + l + (random.nextInt(90) + 10);
      case 2 -> f + l;
      default -> l + "-dev";
    } + (random.nextInt(3) == 0 ? String.valueOf(random.nextInt(100)) : "");
    while (!handles.add(h)) h = h + random.nextInt(10);
    return h;
  }

  private final java.util.Set<String> handles = new java.util.HashSet<>();

  private String pick(List<String> l) {
    return l.get(random.nextInt(l.size()));
  }

  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
