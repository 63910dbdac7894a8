package io.daylight.core.farm;

import io.daylight.core.event.Address;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison key for postal addresses written by different systems: "12 Palm Street, Apt 4"
 * and "12 palm st #4" become one key. Only the street line(s), postcode and country take part:
 * cities are written inconsistently (Scottsdale vs Phoenix for one postcode) and the postcode
 * already pins the place. Abbreviations follow USPS Publication 28 (street suffixes, secondary
 * unit designators) for the common words.
 */
public final class Addresses {
  private Addresses() {}

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("avenue", "ave"), Map.entry("av", "ave"),
      Map.entry("road", "rd"), Map.entry("drive", "dr"), Map.entry("boulevard", "blvd"), Map.entry("lane", "ln"),
      Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("terrace", "ter"), Map.entry("highway", "hwy"),
      Map.entry("parkway", "pkwy"), Map.entry("circle", "cir"), Map.entry("square", "sq"), Map.entry("trail", "trl"),
      Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
      Map.entry("apartment", "apt"), Map.entry("unit", "apt"), Map.entry("suite", "apt"), Map.entry("ste", "apt"),
      Map.entry("number", "apt"), Map.entry("no", "apt"), Map.entry("floor", "fl"));

  /**
   * The key, or null when the address has no street line (a city alone cannot say that two
   * people share a home).
   */
  public static String key(Address a) {
    if (a == null || a.line1() == null || a.line1().isBlank()) return null;
    StringBuilder b = new StringBuilder();
    words(a.line1(), b);
    if (a.line2() != null) words(a.line2(), b);
    String postal = a.postal() == null ? "" : a.postal().replaceAll("[^0-9A-Za-z]", "").toLowerCase(Locale.ROOT);
    // US ZIP+4 and ZIP name the same delivery area for this purpose.
    if ("US".equalsIgnoreCase(a.country()) && postal.length() > 5) postal = postal.substring(0, 5);
    b.append('|').append(postal).append('|').append(a.country() == null ? "" : a.country().toLowerCase(Locale.ROOT));
    return b.toString();
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

  private static void words(String line, StringBuilder out) {
    String s = Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    s = s.replace("#", " apt ");
    for (String w : s.split("[^a-z0-9]+")) {
      if (w.isEmpty()) continue;
      String r = WORDS.getOrDefault(w, w);
      // "Apt #4" and "#4" are one designator.
      if (r.equals("apt") && (out.length() >= 3 && out.substring(out.length() - 3).equals("apt"))) continue;
      if (out.length() > 0) out.append(' ');
      out.append(r);
    }
  }
}
