package io.daylight.core.identity;

/**
 * American Soundex (US National Archives, "The Soundex Indexing System", 2007 revision): a blocking
 * key that survives most one-letter spelling errors in surnames. Used only to choose which pairs to
 * compare, never as evidence.
 */
public final class Soundex {
  //                                     abcdefghijklmnopqrstuvwxyz
  private static final String CODES = "01230120022455012623010202";

  private Soundex() {}

  /** The 4-character code of a folded (lower-case a–z) token, or "" when it has no letter. */
  public static String of(String token) {
    char[] out = new char[4];
    int n = 0;
    char last = 0;
    for (int i = 0; i < token.length() && n < 4; i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') continue;
      char code = CODES.charAt(c - 'a');
      if (n == 0) {
        out[n++] = Character.toUpperCase(c);
        last = code;
        continue;
      }
      // 'h' and 'w' do not separate letters of the same code; vowels do.
      if (c == 'h' || c == 'w') continue;
      if (code != '0' && code != last) out[n++] = code;
      last = code;
    }
    if (n == 0) return "";
    while (n < 4) out[n++] = '0';
    return new String(out);
  }
}
