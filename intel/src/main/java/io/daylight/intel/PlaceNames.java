package io.daylight.intel;

import java.text.Normalizer;

/**
 * Folds place names for matching only: "São Paulo", "SAO PAULO" and "sao-paulo" all become
 * "sao paulo". Accents and case are dropped, letters that do not decompose (ß, ø, ł...) are
 * spelled out, apostrophes vanish and other punctuation becomes a single space.
 */
final class PlaceNames {

  private PlaceNames() {}

  static String key(String name) {
    if (name == null) {
      return "";
    }
    String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    boolean gap = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || c == '\'' || c == '\u2019' || c == '`' || c == '\u02BC') {
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append(' ');
      }
      gap = false;
      appendFolded(b, Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static void appendFolded(StringBuilder b, char c) {
    switch (c) {
      case 'ß' -> b.append("ss");
      case 'æ' -> b.append("ae");
      case 'œ' -> b.append("oe");
      case 'ø' -> b.append('o');
      case 'ł' -> b.append('l');
      case 'đ', 'ð' -> b.append('d');
      case 'þ' -> b.append("th");
      case 'ı' -> b.append('i');
      default -> b.append(c);
    }
  }
}
