package io.daylight.core.payroll;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an account holder's name is the worker's name as banks write it: case, accents,
 * punctuation and word order ignored; initials accepted for given names ("J. Miller"); joint
 * holders accepted ("Jonathan Miller and Ana Miller"). Names are compared, never classified:
 * nothing here looks at a name's origin or language.
 */
public final class HolderNames {
  private HolderNames() {}

  private static final Set<String> NOISE = Set.of("mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "iv");
  // "or" is not a joiner: it is also a family name.
  private static final Set<String> JOINERS = Set.of("and", "&");
  private static final Set<String> COMPANY = Set.of("llc", "ltd", "inc", "gmbh", "corp", "co", "limited", "lp", "llp", "plc", "bv", "sarl");

  /** Whether the holder may be the worker; true when either is missing (nothing to compare). */
  public static boolean matches(String worker, String holder) {
    List<String> w = tokens(worker);
    List<String> h = tokens(holder);
    if (w.isEmpty() || h.isEmpty()) return true;
    if (w.size() == 1) return h.contains(w.get(0));
    // Any later name part counts as the family name: compound and double surnames are often cut.
    boolean family = false;
    for (int i = 1; i < w.size(); i++) if (h.contains(w.get(i))) family = true;
    String given = w.get(0);
    boolean givenOrInitial = false;
    for (String t : h) if (t.equals(given) || (t.length() == 1 && t.charAt(0) == given.charAt(0))) givenOrInitial = true;
    return family && givenOrInitial;
  }

  /** Whether the holder reads as a company (a contractor paid through their own firm). */
  public static boolean isCompany(String holder) {
    for (String t : tokens(holder)) if (COMPANY.contains(t)) return true;
    return false;
  }

  public static boolean isNoise(String token) {
    return NOISE.contains(token) || JOINERS.contains(token);
  }

  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) return out;
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (String t : s.split("[^\\p{L}\\p{N}&]+")) {
      if (t.isEmpty() || NOISE.contains(t) || JOINERS.contains(t)) continue;
      out.add(t);
    }
    return out;
  }
}
