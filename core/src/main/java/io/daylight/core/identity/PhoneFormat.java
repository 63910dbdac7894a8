package io.daylight.core.identity;

/**
 * The shape of a phone number as typed, without its digits: "+1 (602) 555-0143" → "+1 (3) 3-4".
 * People write numbers the way their home country writes them, so the shape is a habit that
 * survives a change of number, and one number written three ways in one cluster says three hands
 * (or three templates) typed it.
 */
public final class PhoneFormat {
  private PhoneFormat() {}

  /**
   * Digit groups as their lengths, separators kept (runs of spaces collapsed); a leading '+' keeps
   * its country-code digits literally because "+1" and "+82" are part of the habit.
   */
  public static String fingerprint(String raw) {
    if (raw == null) return "";
    String s = raw.trim();
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    if (s.startsWith("+")) {
      b.append('+');
      i = 1;
      while (i < s.length() && Character.isDigit(s.charAt(i))) b.append(s.charAt(i++));
      // The country code is literal only when followed by a separator; "+16025550143" is one group.
      if (i == s.length()) {
        b.setLength(1);
        b.append(s.length() - 1);
        return b.toString();
      }
    }
    int run = 0;
    boolean lastSpace = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        run++;
        lastSpace = false;
        continue;
      }
      if (run > 0) {
        b.append(run);
        run = 0;
      }
      if (Character.isWhitespace(c)) {
        if (!lastSpace) b.append(' ');
        lastSpace = true;
      } else {
        b.append(c);
        lastSpace = false;
      }
    }
    if (run > 0) b.append(run);
    return b.toString();
  }

  /**
   * Digit-group lengths of the national significant number as typed, after a "+1"/"1" prefix:
   * "(602) 555-0143" → "3-3-4". Used to tell North American habits (3-3-4, or one run of 10) from
   * others ("602-5550-143", "60 2555 0143").
   */
  public static String nationalGrouping(String raw) {
    if (raw == null) return "";
    StringBuilder groups = new StringBuilder();
    int run = 0;
    int digitsSeen = 0;
    String s = raw.trim();
    boolean skipCountry = s.startsWith("+1") || s.startsWith("1 ") || s.startsWith("1-") || s.startsWith("1(")
        || s.startsWith("1.");
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isDigit(c)) {
        run++;
        digitsSeen++;
        continue;
      }
      if (run > 0) {
        if (skipCountry && digitsSeen == 1) {
          skipCountry = false;
        } else if (skipCountry && digitsSeen == run) {
          // "+16025550143": the country code is glued to the national number.
          skipCountry = false;
          groups.append(run - 1);
        } else {
          if (groups.length() > 0) groups.append('-');
          groups.append(run);
        }
        run = 0;
      }
    }
    return groups.toString();
  }
}
