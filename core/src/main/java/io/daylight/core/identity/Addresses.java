package io.daylight.core.identity;

import java.util.List;
import java.util.Map;

/**
 * Street addresses to comparable tokens: folded, street-type words abbreviated the way postal
 * services do (USPS Publication 28 appendix C1; Australia Post's addressing standard uses the same
 * short forms), so "12 Palm Street" and "12 palm st." compare equal.
 */
public final class Addresses {
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("road", "rd"), Map.entry("avenue", "ave"),
      Map.entry("av", "ave"), Map.entry("drive", "dr"), Map.entry("court", "ct"), Map.entry("place", "pl"),
      Map.entry("lane", "ln"), Map.entry("crescent", "cres"), Map.entry("circuit", "cct"),
      Map.entry("terrace", "tce"), Map.entry("parade", "pde"), Map.entry("boulevard", "blvd"),
      Map.entry("highway", "hwy"), Map.entry("close", "cl"), Map.entry("square", "sq"),
      Map.entry("circle", "cir"), Map.entry("apartment", "apt"), Map.entry("unit", "apt"),
      Map.entry("suite", "ste"), Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"),
      Map.entry("west", "w"), Map.entry("mount", "mt"), Map.entry("saint", "st"));

  private Addresses() {}

  /** "12 Palm Street, Apt 4" → "12 palm st apt 4". */
  public static String normalise(String line) {
    List<String> tokens = Text.tokens(Text.fold(line));
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      if (b.length() > 0) b.append(' ');
      b.append(ABBREVIATIONS.getOrDefault(t, t));
    }
    return b.toString();
  }

  /** The first token made of digits (the house number), or "". */
  public static String houseNumber(String normalised) {
    for (String t : Text.tokens(normalised)) {
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) return t;
    }
    return "";
  }

  /** The line without its house number: what is compared by similarity. */
  public static String street(String normalised) {
    StringBuilder b = new StringBuilder();
    boolean numberDropped = false;
    for (String t : Text.tokens(normalised)) {
      if (!numberDropped && Character.isDigit(t.charAt(0))) {
        numberDropped = true;
        continue;
      }
      if (b.length() > 0) b.append(' ');
      b.append(t);
    }
    return b.toString();
  }

  /** Postcodes compared as their letters and digits only ("SW1A 1AA" = "sw1a1aa"). */
  public static String postcode(String raw) {
    return Text.fold(raw).replace(" ", "");
  }
}
