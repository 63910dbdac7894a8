package io.daylight.core.address;

import io.daylight.core.event.Address;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one postal-address normaliser: the identity linker, the laptop-farm and ship-to detectors
 * and the shared payroll account all compare homes through it, so that they agree on what one home
 * is. (Regression, issue 15 item 13: core had two normalisers that disagreed — one kept ZIP+4, one
 * spelled "suite" two ways — and a farm member whose address had a typo or a unit written
 * differently got a key of their own.)
 *
 * <ul>
 *   <li>Words are folded (accents, case, punctuation) and street types, directions and secondary
 *       unit designators abbreviated as USPS Publication 28 does (appendix C1 street suffixes, C2
 *       unit designators): "Apartment 4", "Unit 4", "Suite 4", "# 4", "No. 4" are all "apt 4", and
 *       "4-B", "4 B" and "4B" are one unit.</li>
 *   <li>A US ZIP+4 is its ZIP: the +4 names a delivery segment of the same street.</li>
 *   <li>A {@link #key key} is "house number + unit | postcode | country # street". Two keys are
 *       {@link #sameHome one home} when everything before '#' is equal and the streets are equal up to
 *       one typo ({@link #sameStreet}); cities take no part (Scottsdale and Phoenix share postcodes).</li>
 * </ul>
 */
public final class Addresses {
  private Addresses() {}

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("avenue", "ave"), Map.entry("av", "ave"),
      Map.entry("road", "rd"), Map.entry("drive", "dr"), Map.entry("boulevard", "blvd"), Map.entry("lane", "ln"),
      Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("terrace", "ter"), Map.entry("highway", "hwy"),
      Map.entry("parkway", "pkwy"), Map.entry("circle", "cir"), Map.entry("square", "sq"), Map.entry("trail", "trl"),
      Map.entry("crescent", "cres"), Map.entry("circuit", "cct"), Map.entry("parade", "pde"), Map.entry("close", "cl"),
      Map.entry("mount", "mt"), Map.entry("saint", "st"),
      Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
      Map.entry("apartment", "apt"), Map.entry("unit", "apt"), Map.entry("suite", "apt"), Map.entry("ste", "apt"),
      Map.entry("number", "apt"), Map.entry("no", "apt"), Map.entry("flat", "apt"), Map.entry("room", "apt"),
      Map.entry("rm", "apt"), Map.entry("floor", "fl"));
  /** Street-type abbreviations, which a writer may leave out ("12 Palm" for "12 Palm St"). */
  private static final Set<String> SUFFIXES = Set.of("st", "ave", "rd", "dr", "blvd", "ln", "ct", "pl", "ter", "hwy",
      "pkwy", "cir", "sq", "trl", "cres", "cct", "pde", "cl", "way");
  private static final String UNIT = "apt";

  /** "12 Palm Street, Apt #4-B" → "12 palm st apt 4b"; null → "". */
  public static String normalise(String line) {
    if (line == null || line.isBlank()) return "";
    String s = Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replace("#", " apt ");
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^a-z0-9]+")) {
      if (w.isEmpty()) continue;
      String r = WORDS.getOrDefault(w, w);
      String last = out.isEmpty() ? "" : out.get(out.size() - 1);
      if (r.equals(UNIT) && last.equals(UNIT)) continue; // "Apt #4": one designator
      // A unit value split by punctuation ("4-B", "4 B") is one value: join a lone letter to the digits before it.
      if (r.length() == 1 && Character.isLetter(r.charAt(0)) && out.size() >= 2 && out.get(out.size() - 2).equals(UNIT)
          && isDigits(last)) {
        out.set(out.size() - 1, last + r);
        continue;
      }
      out.add(r);
    }
    return String.join(" ", out);
  }

  /** The first token made of digits (the house number), or "". */
  public static String houseNumber(String normalised) {
    for (String t : tokens(normalised)) {
      if (Character.isDigit(t.charAt(0))) return t;
    }
    return "";
  }

  /** The line without its house number: what is compared by similarity. */
  public static String street(String normalised) {
    StringBuilder b = new StringBuilder();
    boolean numberDropped = false;
    for (String t : tokens(normalised)) {
      if (!numberDropped && Character.isDigit(t.charAt(0))) {
        numberDropped = true;
        continue;
      }
      if (b.length() > 0) b.append(' ');
      b.append(t);
    }
    return b.toString();
  }

  /**
   * Postcodes as their letters and digits only ("SW1A 1AA" = "sw1a1aa"); a nine-digit US ZIP+4
   * ("85004-0001") is its five-digit ZIP. Country null means unknown (ZIP+4 still recognised).
   */
  public static String postcode(String raw, String country) {
    if (raw == null) return "";
    String p = raw.replaceAll("[^0-9A-Za-z]", "").toLowerCase(Locale.ROOT);
    boolean us = country == null || country.isBlank() || "US".equalsIgnoreCase(country.trim());
    if (us && p.length() == 9 && isDigits(p)) p = p.substring(0, 5);
    return p;
  }

  /**
   * The comparison key, or null when the address has no street line (a city alone cannot say that
   * two people share a home). Compare keys with {@link #sameHome}; group by {@link #place}.
   */
  public static String key(Address a) {
    if (a == null || a.line1() == null || a.line1().isBlank()) return null;
    String line = (normalise(a.line1()) + " " + normalise(a.line2())).trim();
    String number = houseNumber(line);
    List<String> streetWords = new ArrayList<>();
    String unit = "";
    List<String> words = tokens(street(line));
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals(UNIT) || words.get(i).equals("fl")) {
        unit = String.join(" ", words.subList(i, words.size()));
        break;
      }
      streetWords.add(words.get(i));
    }
    String country = a.country() == null ? "" : a.country().trim().toLowerCase(Locale.ROOT);
    return (number + " " + unit).trim() + "|" + postcode(a.postal(), a.country()) + "|" + country + "#"
        + String.join(" ", streetWords);
  }

  /** The part of a key that must match exactly: house number, unit, postcode, country. */
  public static String place(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? key : key.substring(0, hash);
  }

  /** Whether two keys are one home: same number, unit, postcode and country, streets equal up to a typo. */
  public static boolean sameHome(String keyA, String keyB) {
    if (keyA == null || keyB == null) return false;
    if (keyA.equals(keyB)) return true;
    String place = place(keyA);
    // Without a house number the street is all that tells homes apart: no tolerance then.
    if (!place.equals(place(keyB)) || place.startsWith("|")) return false;
    return sameStreet(keyA.substring(keyA.indexOf('#') + 1), keyB.substring(keyB.indexOf('#') + 1));
  }

  /**
   * Streets equal, one of them without its street type ("palm" / "palm st"), or names one typo
   * apart: an adjacent swap in a name of four or more letters ("plam"), or one letter added, lost
   * or changed in a name of six or more ("dessert"). Shorter names are compared exactly: "elm" and
   * "elk" are two streets; so are names whose digits differ ("5th", "6th"), and streets of an
   * address without a house number. The house number, unit and postcode have already matched exactly, so
   * what is tolerated here is a misspelt street, not a neighbour.
   */
  public static boolean sameStreet(String a, String b) {
    if (a.equals(b)) return true;
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    String sa = suffix(ta);
    String sb = suffix(tb);
    if (!sa.isEmpty() && !sb.isEmpty() && !sa.equals(sb)) return false;
    String na = String.join(" ", sa.isEmpty() ? ta : ta.subList(0, ta.size() - 1));
    String nb = String.join(" ", sb.isEmpty() ? tb : tb.subList(0, tb.size() - 1));
    if (na.equals(nb)) return !na.isEmpty();
    // Digits are numbers, not spelling: "5th" and "6th" are two streets.
    if (!na.replaceAll("[^0-9]", "").equals(nb.replaceAll("[^0-9]", ""))) return false;
    int shorter = Math.min(na.length(), nb.length());
    if (shorter >= 4 && adjacentSwap(na, nb)) return true;
    return shorter >= 6 && oneEdit(na, nb);
  }

  /** One line for explanations: "12 Palm St, Phoenix, AZ 85004, US". */
  public static String label(Address a) {
    if (a == null) return "";
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {a.line1(), a.line2(), a.city(), a.region(), a.postal(), a.country()}) {
      if (part != null && !part.isBlank()) {
        if (b.length() > 0) b.append(", ");
        b.append(part.trim());
      }
    }
    return b.toString();
  }

  private static String suffix(List<String> words) {
    return words.size() >= 2 && SUFFIXES.contains(words.get(words.size() - 1)) ? words.get(words.size() - 1) : "";
  }

  private static boolean adjacentSwap(String x, String y) {
    if (x.length() != y.length()) return false;
    int first = -1;
    int diff = 0;
    for (int i = 0; i < x.length(); i++) {
      if (x.charAt(i) != y.charAt(i)) {
        if (first < 0) first = i;
        diff++;
      }
    }
    return diff == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first)
        && x.charAt(first + 1) != y.charAt(first + 1);
  }

  /** Levenshtein distance exactly one. */
  private static boolean oneEdit(String x, String y) {
    if (Math.abs(x.length() - y.length()) > 1) return false;
    if (x.length() > y.length()) return oneEdit(y, x);
    int i = 0;
    while (i < x.length() && x.charAt(i) == y.charAt(i)) i++;
    if (x.length() == y.length()) return x.substring(i + 1).equals(y.substring(i + 1));
    return x.substring(i).equals(y.substring(i + 1));
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String t : s.split(" ")) if (!t.isEmpty()) out.add(t);
    return out;
  }
}
