package io.daylight.core.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * Romanisation variants of the same Korean surname (Revised Romanization of 2000, McCune–Reischauer,
 * and the spellings people actually register: National Institute of Korean Language tables; the
 * Lee/Yi/Rhee and Park/Pak/Bak families are the textbook cases). Two tokens in one group are the
 * same name written two ways.
 *
 * <p>Used for MATCHING only: "Gim" and "Kim" are compared as one name. A variant is never a risk
 * feature, and nothing here looks at where a name comes from.
 */
public final class Transliteration {
  private static final String[][] GROUPS = {
      {"kim", "gim"},
      {"lee", "ri", "yi", "rhee", "rhie", "rie", "li"},
      {"park", "pak", "bak", "bahk", "pag"},
      {"choi", "choe", "chwe", "choy"},
      {"jung", "jeong", "chung", "cheong", "joung"},
      {"kang", "gang"},
      {"cho", "jo", "joh"},
      {"jang", "chang"},
      {"yoon", "yun"},
      {"lim", "im", "rim"},
      {"shin", "sin", "shinn"},
      {"kwon", "gwon"},
      {"ahn", "an"},
      {"seo", "suh"},
      {"hwang", "whang"},
      {"ryu", "yoo", "yu", "ryoo"},
      {"kwak", "gwak"},
      {"ko", "go", "koh"},
      {"koo", "gu", "ku"},
      {"noh", "roh"},
      {"moon", "mun"},
      {"jeon", "jun", "chun", "chon"},
      {"son", "sohn"},
      {"bae", "pae"},
      {"baek", "paek", "paik", "baik"},
      {"heo", "hur", "huh"},
      {"nam"}, {"oh", "o"},
  };
  private static final Map<String, String> CANONICAL = new HashMap<>();

  static {
    for (String[] g : GROUPS) {
      for (String v : g) CANONICAL.putIfAbsent(v, g[0]);
    }
  }

  private Transliteration() {}

  /** The group's first spelling for a known variant, else the token itself. */
  public static String canonical(String foldedToken) {
    return CANONICAL.getOrDefault(foldedToken, foldedToken);
  }

  /** True when two different spellings are romanisations of one name. */
  public static boolean variants(String a, String b) {
    return !a.equals(b) && canonical(a).equals(canonical(b));
  }
}
