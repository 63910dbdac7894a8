package io.daylight.core.payroll;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an account holder's name is the worker's name as banks write it: case, accents,
 * punctuation and word order ignored; initials accepted for given names ("J. Miller"); joint
 * holders accepted ("Jonathan Miller and Ana Miller", "Ana & Jonathan Miller", "Miller, Ana &
 * Jonathan", "Ana&Jonathan Miller", "Mr & Mrs Miller"): a holder that names the worker among several
 * holders is the worker's own account. Names are compared, never classified: nothing here looks at a
 * name's origin or language.
 */
public final class HolderNames {
  private HolderNames() {}

  private static final Set<String> NOISE = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "jr", "sr", "ii", "iii", "iv");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");
  // "or" is not a joiner: it is also a family name. "+" and "/" separate holders as banks print them.
  private static final Set<String> JOINERS = Set.of("and", "&", "+", "/");
  private static final Set<String> COMPANY = Set.of("llc", "ltd", "inc", "gmbh", "corp", "co", "limited", "lp", "llp", "plc", "bv", "sarl");

  /** Whether the holder may be the worker; true when either is missing (nothing to compare). */
  public static boolean matches(String worker, String holder) {
    List<String> w = tokens(worker);
    List<String> h = tokens(holder);
    if (w.isEmpty() || h.isEmpty()) return true;
    if (w.size() == 1) return h.contains(w.get(0));
    // "Mr & Mrs Miller": a couple named by their titles and one family name, no given names at
    // all; the worker is one of the couple when the family name is theirs. One title alone
    // ("Mrs Miller") names one person, who need not be the worker, so it is not accepted.
    if (isCoupleByTitles(holder) && h.stream().allMatch(w.subList(1, w.size())::contains)) return true;
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

  private static boolean isCoupleByTitles(String holder) {
    int titles = 0;
    boolean joined = false;
    for (String t : rawTokens(holder)) {
      if (TITLES.contains(t)) titles++;
      if (JOINERS.contains(t)) joined = true;
    }
    return joined && titles >= 2;
  }

  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : rawTokens(name)) if (!NOISE.contains(t) && !JOINERS.contains(t)) out.add(t);
    return out;
  }

  /** Words and joiners; a joiner written without spaces ("Ann&Sam") still separates two names. */
  private static List<String> rawTokens(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) return out;
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("([&+/])", " $1 ");
    for (String t : s.split("[^\\p{L}\\p{N}&+/]+")) if (!t.isEmpty()) out.add(t);
    return out;
  }
}
