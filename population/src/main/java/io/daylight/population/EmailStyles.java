package io.daylight.population;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Personal e-mail addresses as people make them. Provider shares are assumed (Gmail holds most
 * consumer mailboxes in each market listed; the national providers — GMX and WEB.DE in Germany,
 * WP and Onet in Poland, Rediffmail in India, ukr.net in Ukraine — are the well-known local ones).
 * Local-part styles are assumed shares of the usual patterns (first.last, firstlast, flast, ...).
 */
final class EmailStyles {
  private static final Map<String, Map<String, Double>> PROVIDERS = new LinkedHashMap<>();

  static {
    PROVIDERS.put("US", w("gmail.com", 0.58, "yahoo.com", 0.10, "outlook.com", 0.08, "hotmail.com", 0.06,
        "icloud.com", 0.09, "aol.com", 0.02, "proton.me", 0.03, "comcast.net", 0.02, "att.net", 0.02));
    PROVIDERS.put("CA", w("gmail.com", 0.6, "hotmail.com", 0.1, "outlook.com", 0.1, "yahoo.ca", 0.1, "icloud.com", 0.1));
    PROVIDERS.put("GB", w("gmail.com", 0.5, "hotmail.co.uk", 0.15, "outlook.com", 0.1, "yahoo.co.uk", 0.1,
        "btinternet.com", 0.05, "icloud.com", 0.1));
    PROVIDERS.put("IN", w("gmail.com", 0.8, "yahoo.co.in", 0.08, "rediffmail.com", 0.05, "outlook.com", 0.07));
    PROVIDERS.put("DE", w("gmx.de", 0.3, "web.de", 0.25, "gmail.com", 0.35, "t-online.de", 0.1));
    PROVIDERS.put("PL", w("gmail.com", 0.5, "wp.pl", 0.2, "onet.pl", 0.15, "o2.pl", 0.15));
    PROVIDERS.put("BR", w("gmail.com", 0.7, "hotmail.com", 0.15, "outlook.com", 0.1, "yahoo.com.br", 0.05));
    PROVIDERS.put("UA", w("gmail.com", 0.7, "ukr.net", 0.3));
    PROVIDERS.put("NG", w("gmail.com", 0.8, "yahoo.com", 0.2));
    PROVIDERS.put("MX", w("gmail.com", 0.6, "hotmail.com", 0.3, "outlook.com", 0.1));
    PROVIDERS.put("PH", w("gmail.com", 0.8, "yahoo.com", 0.2));
  }

  private static final Map<String, Double> STYLES = w("first.last", 0.25, "firstlast", 0.15, "flast", 0.12,
      "first.last.nn", 0.12, "firstlast.yy", 0.12, "first_last", 0.06, "firstl", 0.05, "firstmlast", 0.04,
      "lastfirst", 0.04, "first.word", 0.05);

  private static final String[] WORDS = {"codes", "dev", "tech", "builds", "io", "writes", "online", "hq", "works", "mail"};

  private final Set<String> used = new HashSet<>();

  private static Map<String, Double> w(Object... kv) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
    return m;
  }

  /** A fresh address (never one handed out before by this instance). */
  String personal(Names.Name n, String country, SplittableRandom r) {
    String provider = Names.weighted(PROVIDERS.getOrDefault(country, PROVIDERS.get("US")), r);
    return unique(local(n, Names.weighted(STYLES, r), r), provider, r);
  }

  /** An address following a crew's pattern, e.g. {@code firstname.lastname.dev{NN}@gmail.com}. */
  String patterned(Names.Name n, String suffix, String provider, SplittableRandom r) {
    return unique(Names.ascii(n.first()) + "." + Names.ascii(n.last()) + "." + suffix + (10 + r.nextInt(90)), provider, r);
  }

  /** Another address of the same person (a new mailbox, months later). */
  String another(Names.Name n, String country, SplittableRandom r) {
    return personal(n, country, r);
  }

  String unique(String local, String provider, SplittableRandom r) {
    String email = local + "@" + provider;
    while (!used.add(email)) email = local + (1 + r.nextInt(99)) + "@" + provider;
    return email;
  }

  void reserve(String email) {
    if (email != null) used.add(email);
  }

  private static String local(Names.Name n, String style, SplittableRandom r) {
    String f = Names.ascii(n.first()), l = Names.ascii(n.last());
    int yy = 80 + r.nextInt(25);
    return switch (style) {
      case "first.last" -> f + "." + l;
      case "firstlast" -> f + l;
      case "flast" -> f.charAt(0) + l;
      case "first.last.nn" -> f + "." + l + (1 + r.nextInt(99));
      case "firstlast.yy" -> f + l + String.format("%02d", yy % 100);
      case "first_last" -> f + "_" + l;
      case "firstl" -> f + l.charAt(0);
      case "firstmlast" -> f + (char) ('a' + r.nextInt(26)) + l;
      case "lastfirst" -> l + f;
      default -> f + "." + WORDS[r.nextInt(WORDS.length)];
    };
  }

  /** A mistyped address: a dropped or doubled letter in the local part, or a misspelt provider. */
  static String typo(String email, SplittableRandom r) {
    int at = email.indexOf('@');
    String local = email.substring(0, at), domain = email.substring(at + 1);
    if (r.nextBoolean() && domain.equals("gmail.com")) return local + "@" + (r.nextBoolean() ? "gmial.com" : "gmail.co");
    int i = 1 + r.nextInt(Math.max(1, local.length() - 1));
    i = Math.min(i, local.length() - 1);
    return r.nextBoolean()
        ? local.substring(0, i) + local.substring(i + 1) + "@" + domain
        : local.substring(0, i) + local.charAt(i) + local.substring(i) + "@" + domain;
  }
}
