package io.daylight.core.identity;

import io.daylight.core.context.DeploymentContext.WatchlistEntry;
import io.daylight.core.event.Application;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches an application against the deployment's watchlists (context {@code watchlists}, and the
 * OFAC SDN list through {@code io.daylight.intel.watchlist.SdnCsv}), fuzzily, with a score:
 *
 * <ul>
 *   <li>employers against kinds {@code employer} and {@code entity}, institutions against
 *       {@code institution} and {@code entity}: names folded, legal forms and stop words dropped
 *       ("LLC", "Co.", "Ltd", "the", "of"), words sorted, Jaro–Winkler ≥ {@link #ORG_THRESHOLD};</li>
 *   <li>the candidate's name against kind {@code person}: words sorted, Jaro–Winkler ≥
 *       {@link #PERSON_THRESHOLD} and the same number of words give or take one;</li>
 *   <li>the e-mail domain against kind {@code domain} (the domain or a subdomain of it), the phone
 *       against kind {@code phone} (E.164 equality).</li>
 * </ul>
 *
 * Thresholds: 0.90 for organisations tolerates one dropped or mistyped word in a 3-word name
 * ("Yanbian Silverstar Network Technology" / "Yanbian Silverstar Network Tech"); 0.92 for people is
 * Splink's upper name level, used by the linker too. Candidates are found through a word-prefix
 * index, so a list of 30,000 SDN names and aliases costs a few comparisons per name.
 */
public final class WatchlistMatcher {
  static final double ORG_THRESHOLD = 0.90;
  static final double PERSON_THRESHOLD = 0.92;
  private static final Set<String> ORG_NOISE = Set.of("llc", "ltd", "inc", "co", "corp", "corporation", "company",
      "limited", "gmbh", "plc", "sa", "the", "of", "and", "group", "jsc", "pte", "bv", "ag");

  /** One hit: the entry, which application field matched, the value there, and the score. */
  public record Hit(WatchlistEntry entry, String field, String value, double score) {}

  private record Keyed(WatchlistEntry entry, String key, int words) {}

  private final Map<String, List<Keyed>> orgIndex = new HashMap<>();
  private final Map<String, List<Keyed>> personIndex = new HashMap<>();
  private final Map<String, WatchlistEntry> domains = new HashMap<>();
  private final Map<String, WatchlistEntry> phones = new HashMap<>();

  public WatchlistMatcher(List<WatchlistEntry> entries) {
    for (WatchlistEntry e : entries) {
      if (e.value() == null || e.kind() == null) continue;
      switch (e.kind().toLowerCase(Locale.ROOT)) {
        case "employer", "institution", "entity" -> index(orgIndex, e, orgKey(e.value()));
        case "person" -> index(personIndex, e, personKey(e.value()));
        case "domain" -> domains.put(e.value().trim().toLowerCase(Locale.ROOT), e);
        case "phone" -> phones.put(digits(e.value()), e);
        default -> { }
      }
    }
  }

  public boolean isEmpty() {
    return orgIndex.isEmpty() && personIndex.isEmpty() && domains.isEmpty() && phones.isEmpty();
  }

  public List<Hit> match(Application a, String phoneE164) {
    List<Hit> hits = new ArrayList<>();
    for (Application.Employer emp : a.employers()) {
      if (emp.name() != null) org(emp.name(), "employer", Set.of("employer", "entity"), hits);
    }
    for (Application.Education edu : a.education()) {
      if (edu.institution() != null) org(edu.institution(), "institution", Set.of("institution", "entity"), hits);
    }
    Application.Candidate c = a.candidate();
    if (c != null && c.name() != null) person(c.name(), hits);
    if (c != null && c.email() != null) {
      String d = Emails.domain(c.email());
      String suffix = d;
      while (!suffix.isEmpty()) {
        WatchlistEntry e = domains.get(suffix);
        if (e != null) {
          hits.add(new Hit(e, "email domain", d, 1));
          break;
        }
        int dot = suffix.indexOf('.');
        suffix = dot < 0 ? "" : suffix.substring(dot + 1);
      }
    }
    if (phoneE164 != null && !phoneE164.isEmpty()) {
      WatchlistEntry e = phones.get(digits(phoneE164));
      if (e != null) hits.add(new Hit(e, "phone", phoneE164, 1));
    }
    return hits;
  }

  private void org(String name, String field, Set<String> kinds, List<Hit> hits) {
    String key = orgKey(name);
    best(orgIndex, key, kinds, ORG_THRESHOLD, false).ifPresent(k -> hits.add(new Hit(k.entry(), field, name,
        JaroWinkler.similarity(key, k.key()))));
  }

  private void person(String name, List<Hit> hits) {
    String key = personKey(name);
    best(personIndex, key, Set.of("person"), PERSON_THRESHOLD, true).ifPresent(k -> hits.add(new Hit(k.entry(),
        "candidate name", name, JaroWinkler.similarity(key, k.key()))));
  }

  private java.util.Optional<Keyed> best(Map<String, List<Keyed>> index, String key, Set<String> kinds,
                                         double threshold, boolean wordsMustAgree) {
    if (key.isEmpty()) return java.util.Optional.empty();
    int words = Text.tokens(key).size();
    Keyed best = null;
    double bestScore = threshold;
    Set<Keyed> seen = new HashSet<>();
    for (String t : Text.tokens(key)) {
      for (Keyed k : index.getOrDefault(prefix(t), List.of())) {
        if (!seen.add(k) || !kinds.contains(k.entry().kind().toLowerCase(Locale.ROOT))) continue;
        if (wordsMustAgree && Math.abs(k.words() - words) > 1) continue;
        double s = JaroWinkler.similarity(key, k.key());
        if (s >= bestScore) {
          bestScore = s;
          best = k;
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static void index(Map<String, List<Keyed>> index, WatchlistEntry e, String key) {
    if (key.isEmpty()) return;
    List<String> tokens = Text.tokens(key);
    Keyed k = new Keyed(e, key, tokens.size());
    Set<String> prefixes = new HashSet<>();
    for (String t : tokens) prefixes.add(prefix(t));
    for (String p : prefixes) index.computeIfAbsent(p, x -> new ArrayList<>()).add(k);
  }

  private static String prefix(String token) {
    return token.length() <= 3 ? token : token.substring(0, 3);
  }

  /** "The Korea Sobaeksu Trading Co., Ltd." → "korea sobaeksu trading". */
  static String orgKey(String name) {
    List<String> kept = new ArrayList<>();
    for (String t : Text.tokens(Text.fold(name))) if (!ORG_NOISE.contains(t)) kept.add(t);
    kept.sort(null);
    return String.join(" ", kept);
  }

  /** "KIM, Sang Man" → "kim man sang": folded, any order. */
  static String personKey(String name) {
    List<String> t = new ArrayList<>(Text.tokens(Text.fold(name)));
    t.sort(null);
    return String.join(" ", t);
  }

  private static String digits(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) b.append(s.charAt(i));
    return b.toString();
  }
}
