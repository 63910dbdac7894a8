package io.daylight.core.identity;

import java.util.Arrays;

/**
 * Which pairs the Fellegi–Sunter model compares. A pair is a candidate when the two records share
 * any of these keys (name tokens are folded and romanisation variants canonicalised first, so
 * "Gim" and "Kim" block together; every name key is built per token, so token order does not
 * matter):
 *
 * <ul>
 *   <li>national id hash;</li>
 *   <li>birth date (day and month in either order) + the first two letters of any name token (the
 *       initial alone made blocks grow with the population: applicants' birth dates span ~15,000
 *       days, so at a million records each date holds ~65 people);</li>
 *   <li>Soundex of two name tokens (any two, unordered) + birth year when there is one; Soundex of a
 *       lone token + birth year (without the year, name blocks grew with the population: 22.3 M
 *       candidate pairs for 1 M generated applications; with it 10.1 M, and 3.1 M once the
 *       birth-date key below used two letters instead of the initial — LinkBench);</li>
 *   <li>postcode + Soundex of any name token;</li>
 *   <li>house number + postcode + the street's first three letters.</li>
 * </ul>
 *
 * Each key tolerates errors in the fields it does not use, so a true pair is missed only when every
 * key is damaged (the FEBRL runs in docs/accuracy.md report blocking recall).
 */
final class Blocking {
  private Blocking() {}

  /** Distinct candidate pairs, each packed as (lower index << 32 | higher index), sorted. */
  static long[] candidatePairs(IdentityRecord[] r, int maxBlock, long[] skippedBlocks) {
    KeyGroups groups = new KeyGroups();
    for (int i = 0; i < r.length; i++) keys(r[i], i, groups);
    long[][] pairs = {new long[1024]};
    int[] size = {0};
    groups.forEachGroup((members, n) -> {
      if (n > maxBlock) {
        skippedBlocks[0]++;
        return;
      }
      for (int x = 0; x < n; x++) {
        for (int y = x + 1; y < n; y++) {
          if (size[0] == pairs[0].length) pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
          pairs[0][size[0]++] = ((long) members[x] << 32) | members[y];
        }
      }
    });
    long[] p = pairs[0];
    Arrays.sort(p, 0, size[0]);
    int w = 0;
    for (int i = 0; i < size[0]; i++) {
      if (w == 0 || p[w - 1] != p[i]) p[w++] = p[i];
    }
    return Arrays.copyOf(p, w);
  }

  static void keys(IdentityRecord x, int index, KeyGroups out) {
    if (!x.nationalId.isEmpty()) out.add(KeyGroups.hash('n', x.nationalId), index);
    String[] tokens = new String[x.nameTokens.length];
    String[] soundex = new String[tokens.length];
    for (int t = 0; t < tokens.length; t++) {
      tokens[t] = Transliteration.canonical(x.nameTokens[t]);
      soundex[t] = Soundex.of(tokens[t]);
    }
    if (x.birthYear != 0) {
      int lo = Math.min(x.birthMonth, x.birthDay);
      int hi = Math.max(x.birthMonth, x.birthDay);
      String date = x.birthYear + "-" + lo + "-" + hi + "-";
      for (String t : tokens) out.add(KeyGroups.hash('b', date + (t.length() < 2 ? t : t.substring(0, 2))), index);
    }
    for (int a = 0; a < soundex.length; a++) {
      for (int b = a + 1; b < soundex.length; b++) {
        String k = soundex[a].compareTo(soundex[b]) <= 0 ? soundex[a] + soundex[b] : soundex[b] + soundex[a];
        out.add(KeyGroups.hash('s', x.birthYear == 0 ? k : k + x.birthYear), index);
      }
    }
    if (soundex.length == 1 && x.birthYear != 0) out.add(KeyGroups.hash('y', soundex[0] + x.birthYear), index);
    if (!x.postcode.isEmpty()) {
      for (String s : soundex) out.add(KeyGroups.hash('p', x.postcode + s), index);
    }
    if (!x.houseNumber.isEmpty() && !x.postcode.isEmpty() && x.street.length() >= 3) {
      out.add(KeyGroups.hash('a', x.houseNumber + "|" + x.postcode + "|" + x.street.substring(0, 3)), index);
    }
  }
}
