package io.daylight.core.identity;

/**
 * Jaro–Winkler similarity (Winkler 1990, "String comparator metrics and enhanced decision rules in
 * the Fellegi–Sunter model of record linkage"): the Jaro score with a bonus for a common prefix of
 * up to 4 characters, scale 0.1 — the values in Winkler's paper and in every common library.
 * Written here because core takes no libraries; allocation-free for strings up to 64 characters.
 */
public final class JaroWinkler {
  private static final double PREFIX_SCALE = 0.1;
  private static final int MAX_PREFIX = 4;

  private JaroWinkler() {}

  public static double similarity(String a, String b) {
    if (a.equals(b)) return a.isEmpty() ? 0 : 1;
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) return 0;
    if (la > lb) {
      String t = a; a = b; b = t;
      int x = la; la = lb; lb = x;
    }
    int window = Math.max(0, lb / 2 - 1);
    long matchedB0 = 0;
    boolean[] matchedBLong = lb > 64 ? new boolean[lb] : null;
    long matchedA0 = 0;
    boolean[] matchedALong = la > 64 ? new boolean[la] : null;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        boolean used = matchedBLong != null ? matchedBLong[j] : (matchedB0 & (1L << j)) != 0;
        if (!used && b.charAt(j) == c) {
          if (matchedBLong != null) matchedBLong[j] = true; else matchedB0 |= 1L << j;
          if (matchedALong != null) matchedALong[i] = true; else matchedA0 |= 1L << i;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) return 0;
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      boolean mi = matchedALong != null ? matchedALong[i] : (matchedA0 & (1L << i)) != 0;
      if (!mi) continue;
      while (!(matchedBLong != null ? matchedBLong[j] : (matchedB0 & (1L << j)) != 0)) j++;
      if (a.charAt(i) != b.charAt(j)) transpositions++;
      j++;
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int maxPrefix = Math.min(MAX_PREFIX, la);
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) prefix++;
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }
}
