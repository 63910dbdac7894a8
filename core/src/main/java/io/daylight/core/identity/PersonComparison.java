package io.daylight.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison vector of two records for the Fellegi–Sunter model: one agreement level per field,
 * 0 = strongest agreement, the last level = disagreement, {@link #MISSING} when either side lacks
 * the field (a missing field is no evidence either way). Packed into a long, 4 bits per field, with
 * bit {@link #SWAPPED_BIT} set when the names agree only with given name and surname exchanged.
 */
final class PersonComparison {
  static final int MISSING = 15;
  static final int SWAPPED_BIT = 60;

  /** The fields and their levels; the thresholds are Splink's defaults for names (0.92 / 0.8). */
  enum Field {
    GIVEN_NAME(4, "given name", "exact", "jaro-winkler ≥ 0.92 or a romanisation variant", "jaro-winkler ≥ 0.8", "different"),
    SURNAME(4, "surname", "exact", "jaro-winkler ≥ 0.92 or a romanisation variant", "jaro-winkler ≥ 0.8", "different"),
    BIRTH_DATE(4, "birth date", "exact", "one of year/month/day differs, or day and month swapped", "same year only", "different"),
    HOUSE_NUMBER(2, "house number", "exact", "different"),
    STREET(4, "street", "exact", "jaro-winkler ≥ 0.92", "jaro-winkler ≥ 0.8 or half the words shared", "different"),
    CITY(3, "city", "exact", "jaro-winkler ≥ 0.92", "different"),
    POSTCODE(3, "postcode", "exact", "one character differs or two adjacent swapped", "different"),
    REGION(2, "region", "exact", "different"),
    NATIONAL_ID(2, "national id hash", "exact", "different");

    final int levels;
    final String label;
    final String[] levelLabels;

    Field(int levels, String label, String... levelLabels) {
      this.levels = levels;
      this.label = label;
      this.levelLabels = levelLabels;
    }
  }

  static final Field[] FIELDS = Field.values();

  private PersonComparison() {}

  /**
   * Fellegi–Sunter treats fields as independent; they are not. People who live together share the
   * whole address (five agreeing fields at once), and namesakes share a name and a city. So besides
   * the model's probability a "same person" link needs two independent identifying facts out of:
   * the name (given name and surname both at least "jaro-winkler ≥ 0.8", or the one present
   * agreeing), the birth date (within one field), the national id, and the home (street similar and
   * the house number agreeing, or the postcode agreeing where a house number is missing; a
   * different house number on the same street is a neighbour, not a home — regression: the demo
   * organisation's "Mei Liu" and "Mei Li" two doors apart were made one person). Siblings, spouses and namesakes have one; a person who
   * married, mistyped a birth date or moved keeps two. Measured on FEBRL and the ring scenario
   * (docs/accuracy.md).
   */
  static boolean plausiblyOnePerson(long pattern) {
    int g = level(pattern, Field.GIVEN_NAME);
    int s = level(pattern, Field.SURNAME);
    boolean name = g == MISSING ? s <= 1 : s == MISSING ? g <= 1 : g <= 2 && s <= 2;
    boolean birth = level(pattern, Field.BIRTH_DATE) <= 1;
    boolean id = level(pattern, Field.NATIONAL_ID) == 0;
    int house = level(pattern, Field.HOUSE_NUMBER);
    boolean home = level(pattern, Field.STREET) <= 1
        && (house == 0 || house == MISSING && level(pattern, Field.POSTCODE) <= 1);
    return (name ? 1 : 0) + (birth ? 1 : 0) + (id ? 1 : 0) + (home ? 1 : 0) >= 2;
  }

  static int level(long pattern, Field f) {
    return (int) ((pattern >>> (4 * f.ordinal())) & 0xF);
  }

  static boolean swapped(long pattern) {
    return (pattern & (1L << SWAPPED_BIT)) != 0;
  }

  /** The levels only, without flags: what the EM groups by. */
  static long levels(long pattern) {
    return pattern & ((1L << (4 * FIELDS.length)) - 1);
  }

  static long compare(IdentityRecord a, IdentityRecord b) {
    long p = 0;
    int g = name(a.given, b.given);
    int s = name(a.surname, b.surname);
    boolean swapped = false;
    if (!a.given.isEmpty() && !b.given.isEmpty()) {
      int gx = name(a.given, b.surname);
      int sx = name(a.surname, b.given);
      if (gx <= 1 && sx <= 1 && gx + sx < g + s) {
        g = gx;
        s = sx;
        swapped = true;
      }
    } else if (a.given.isEmpty() != b.given.isEmpty()) {
      // One side wrote a single name: it may be the other side's given name rather than its surname.
      IdentityRecord single = a.given.isEmpty() ? a : b;
      IdentityRecord full = single == a ? b : a;
      int asGiven = name(single.surname, full.given);
      if (asGiven < s) {
        g = asGiven;
        s = MISSING;
      }
    }
    p = put(p, Field.GIVEN_NAME, g);
    p = put(p, Field.SURNAME, s);
    p = put(p, Field.BIRTH_DATE, birthDate(a, b));
    p = put(p, Field.HOUSE_NUMBER, exact(a.houseNumber, b.houseNumber));
    p = put(p, Field.STREET, street(a.street, b.street));
    p = put(p, Field.CITY, similar3(a.city, b.city));
    p = put(p, Field.POSTCODE, postcode(a.postcode, b.postcode));
    p = put(p, Field.REGION, exact(a.region, b.region));
    p = put(p, Field.NATIONAL_ID, exact(a.nationalId, b.nationalId));
    if (swapped) p |= 1L << SWAPPED_BIT;
    return p;
  }

  /** The value two records agree on exactly in a name field (whichever way the names were aligned). */
  static String agreedName(IdentityRecord a, IdentityRecord b, Field f) {
    if (f == Field.SURNAME) return a.surname;
    return a.given.isEmpty() ? b.given : a.given;
  }

  /** "given name jaro-winkler 0.95, surname exact, birth date exact, names swapped". */
  static String describe(IdentityRecord a, IdentityRecord b, long pattern) {
    List<String> parts = new ArrayList<>();
    for (Field f : FIELDS) {
      int l = level(pattern, f);
      if (l == MISSING) continue;
      String text = f.label + " " + f.levelLabels[l];
      if ((f == Field.GIVEN_NAME || f == Field.SURNAME) && l == 1) {
        String x = f == Field.GIVEN_NAME ? a.given : a.surname;
        String y = swapped(pattern) ? (f == Field.GIVEN_NAME ? b.surname : b.given) : (f == Field.GIVEN_NAME ? b.given : b.surname);
        text = x.isEmpty() || y.isEmpty() ? f.label + " similar"
            : f.label + " " + (Transliteration.variants(x, y) ? "romanisation variant" : "similar")
            + " (" + x + " / " + y + ", jaro-winkler " + String.format(Locale.ROOT, "%.2f", JaroWinkler.similarity(x, y)) + ")";
      }
      parts.add(text);
    }
    if (swapped(pattern)) parts.add("given name and surname swapped");
    return String.join(", ", parts);
  }

  private static long put(long p, Field f, int level) {
    return p | ((long) level << (4 * f.ordinal()));
  }

  static int name(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) return MISSING;
    if (x.equals(y)) return 0;
    if (Transliteration.variants(x, y)) return 1;
    double jw = JaroWinkler.similarity(x, y);
    return jw >= 0.92 ? 1 : jw >= 0.8 ? 2 : 3;
  }

  private static int exact(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) return MISSING;
    return x.equals(y) ? 0 : 1;
  }

  private static int similar3(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) return MISSING;
    if (x.equals(y)) return 0;
    return JaroWinkler.similarity(x, y) >= 0.92 ? 1 : 2;
  }

  private static int street(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) return MISSING;
    if (x.equals(y)) return 0;
    double jw = JaroWinkler.similarity(x, y);
    if (jw >= 0.92) return 1;
    if (jw >= 0.8 || sharedWords(x, y) >= 0.5) return 2;
    return 3;
  }

  /** Shared words over the shorter side's word count. */
  private static double sharedWords(String x, String y) {
    List<String> a = Text.tokens(x);
    List<String> b = Text.tokens(y);
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return shared / (double) Math.max(1, Math.min(a.size(), b.size()));
  }

  private static int postcode(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) return MISSING;
    if (x.equals(y)) return 0;
    if (x.length() == y.length()) {
      int diff = 0;
      int first = -1;
      for (int i = 0; i < x.length(); i++) {
        if (x.charAt(i) != y.charAt(i)) {
          if (first < 0) first = i;
          diff++;
        }
      }
      if (diff == 1) return 1;
      if (diff == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
          && x.charAt(first + 1) == y.charAt(first)) return 1;
    }
    return 2;
  }

  private static int birthDate(IdentityRecord a, IdentityRecord b) {
    if (a.birthYear == 0 || b.birthYear == 0) return MISSING;
    boolean y = a.birthYear == b.birthYear;
    boolean m = a.birthMonth == b.birthMonth;
    boolean d = a.birthDay == b.birthDay;
    if (y && m && d) return 0;
    int same = (y ? 1 : 0) + (m ? 1 : 0) + (d ? 1 : 0);
    boolean dayMonthSwapped = y && a.birthMonth == b.birthDay && a.birthDay == b.birthMonth;
    if (same == 2 || dayMonthSwapped) return 1;
    return y ? 2 : 3;
  }
}
