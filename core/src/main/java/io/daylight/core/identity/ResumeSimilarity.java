package io.daylight.core.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate CVs: the text with the candidate's own name and contact details removed, cut into
 * word 5-shingles, summarised by a MinHash signature and found by LSH banding.
 *
 * <p>Threshold: Jaccard ≥ {@link #THRESHOLD} = 0.7 on 5-word shingles. A CV rewritten from a shared
 * template keeps the headings and stock phrases but not the sentences about one's own work, so its
 * 5-word runs rarely survive: 0.00–0.07 between the CVs of this project's bootcamp-template cohorts.
 * A CV reused with names swapped and each copy edited in ~1.5 % of its words measures 0.51–1.00,
 * median 0.85, 82 % of pairs at or above 0.7 (core test ResumeSimilarityTest, 888 pairs). 0.7
 * sits between, nearer the reuse side, because a false CV link joins two honest people.
 *
 * <p>Banding: {@link #BANDS} = 16 bands of {@link #ROWS} = 8 rows (128 hashes). A pair with Jaccard
 * s becomes a candidate with probability 1 − (1 − s^r)^b; the S-curve's midpoint is
 * t ≈ (1/b)^(1/r) = (1/16)^(1/8) = 0.707, at the threshold. At s = 0.9 the pair is found with
 * probability 0.9998; at s = 0.5, 0.06; at s = 0.3, 0.001 (Leskovec, Rajaraman, Ullman, "Mining of
 * Massive Datasets", ch. 3.4). Candidates are then kept only if the signature estimate of Jaccard
 * is ≥ 0.7 (standard error √(s(1−s)/128) ≈ 0.04 at s = 0.7).
 *
 * <p>Memory: only 8 bits of each minimum (re-mixed) are kept (b-bit minwise hashing, Li and König,
 * WWW 2010): 128 bytes a CV instead of 1 KiB. Two 8-bit values agree by chance with probability
 * 1/256, so J = (agree − 1/256) / (1 − 1/256). The band keys are computed from the full values
 * first.
 */
public final class ResumeSimilarity {
  public static final double THRESHOLD = 0.7;
  public static final int BANDS = 16;
  public static final int ROWS = 8;
  static final int HASHES = BANDS * ROWS;
  static final int SHINGLE_WORDS = 5;
  private static final long[] SEEDS = new long[HASHES];
  /** Odd multipliers: permutation j is x → (x ⊕ SEEDS[j]) · MULTIPLIERS[j] (multiply-shift family). */
  private static final long[] MULTIPLIERS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
      MULTIPLIERS[i] = mix(x ^ 0x5DEECE66DL) | 1;
    }
  }

  private ResumeSimilarity() {}

  /**
   * Removes e-mail addresses, links, phone-like digit runs and the candidate's name tokens, so two
   * copies of one CV under different names and contacts compare as what they are. One pass over
   * whitespace-separated words (regular expressions cost 5× more at a million CVs): a word with
   * '@' is an address, one starting with a scheme or "www." or naming a profile host is a link, and
   * a run of words made of digits and phone punctuation holding 7 or more digits is a phone.
   */
  public static List<String> strip(String text, String[] nameTokens, String email, String phone, List<String> links) {
    Set<String> drop = new HashSet<>(List.of(nameTokens));
    List<String> out = new ArrayList<>();
    List<String> numeric = new ArrayList<>();
    int digits = 0;
    int i = 0;
    int n = text.length();
    while (i <= n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      String w = text.substring(start, i);
      int d = phoneDigits(w);
      if (d >= 0) {
        numeric.add(w);
        digits += d;
        continue;
      }
      digits = flushNumeric(numeric, digits, drop, out);
      if (w.indexOf('@') >= 0 || isLink(w)) continue;
      addWords(w, drop, out);
    }
    flushNumeric(numeric, digits, drop, out);
    return out;
  }

  /** Digits in a word made only of digits and phone punctuation, or -1 for any other word. */
  private static int phoneDigits(String w) {
    int d = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= '0' && c <= '9') d++;
      else if ("+()-./".indexOf(c) < 0) return -1;
    }
    return d == 0 ? -1 : d;
  }

  private static int flushNumeric(List<String> numeric, int digits, Set<String> drop, List<String> out) {
    if (digits < 7) for (String w : numeric) addWords(w, drop, out);
    numeric.clear();
    return 0;
  }

  private static boolean isLink(String w) {
    if (w.indexOf('/') < 0 && !w.regionMatches(true, 0, "www.", 0, 4)) return false;
    String l = w.toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("www.") || l.contains("github.com")
        || l.contains("linkedin.com") || l.contains(".com/") || l.contains(".io/") || l.contains(".dev/");
  }

  private static void addWords(String w, Set<String> drop, List<String> out) {
    for (String t : Text.tokens(Text.fold(w))) if (!drop.contains(t)) out.add(t);
  }

  /** A CV's summary: its {@link #BANDS} LSH band keys and the 8-bit signature. */
  record Signature(long[] bands, byte[] rows) {}

  /** The summary of a stripped CV; null when the text has fewer words than a shingle. */
  static Signature summarise(List<String> words) {
    long[] full = minHashes(words);
    if (full == null) return null;
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) bands[b] = bandKey(full, b);
    byte[] rows = new byte[HASHES];
    // A byte of the minimum re-mixed: the minimum's own high bits are nearly constant (it is a
    // minimum) and a product's low byte sees only the input's low byte, so neither is a fair coin.
    for (int i = 0; i < HASHES; i++) rows[i] = (byte) mix(full[i]);
    return new Signature(bands, rows);
  }

  /** Estimated shingle Jaccard of two summaries, corrected for 8-bit chance agreement. */
  static double estimate(Signature a, Signature b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (a.rows[i] == b.rows[i]) same++;
    double agree = same / (double) HASHES;
    return Math.max(0, (agree - 1 / 256.0) / (1 - 1 / 256.0));
  }

  /** The full 64-bit MinHash values of the word shingles; null when too short. */
  static long[] minHashes(List<String> words) {
    if (words.size() < SHINGLE_WORDS) return null;
    long[] wordHash = new long[words.size()];
    for (int i = 0; i < wordHash.length; i++) wordHash[i] = hash(words.get(i));
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE_WORDS <= wordHash.length; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE_WORDS; k++) h = mix(h * 31 + wordHash[i + k]);
      // One multiply per permutation (Dietzfelbinger et al. 1997 multiply-shift): a full mixer per
      // permutation was a third of the cost of normalising a million applications.
      for (int j = 0; j < HASHES; j++) {
        long v = (h ^ SEEDS[j]) * MULTIPLIERS[j];
        if (v < sig[j]) sig[j] = v;
      }
    }
    return sig;
  }

  /** The LSH key of band {@code band}: the band's rows hashed together, tagged with the band. */
  static long bandKey(long[] sig, int band) {
    long h = band * 0x632BE59BD9B4E019L;
    for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[band * ROWS + r]);
    return h;
  }

  private static long hash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h ^= w.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a fast 64-bit bijective mixer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
