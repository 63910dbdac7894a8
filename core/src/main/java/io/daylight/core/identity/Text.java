package io.daylight.core.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Folding shared by the normalisers: accents removed, lower case, punctuation to spaces. */
public final class Text {
  private Text() {}

  /** "José  O'Neil-Smith" → "jose o neil smith"; null → "". */
  public static String fold(String s) {
    if (s == null || s.isEmpty()) return "";
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    String t = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == ' ') b.setLength(len - 1);
    return b.toString();
  }

  public static List<String> tokens(String folded) {
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || folded.charAt(i) == ' ') {
        if (i > start) out.add(folded.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
