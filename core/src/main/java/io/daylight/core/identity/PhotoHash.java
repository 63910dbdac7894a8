package io.daylight.core.identity;

/**
 * 64-bit perceptual photo hashes (pHash, DCT-based) compared by Hamming distance.
 *
 * <p>Threshold: {@link #MAX_DISTANCE} = 4 bits of 64. Why so low: the false-match side is
 * computable. For two unrelated images with uniformly random hashes P(distance ≤ 4)
 * = Σ_{k≤4} C(64,k) / 2^64 = 679,121 / 1.8·10^19 ≈ 3.7·10^-14, so over the 5·10^11 pairs of a
 * million applications 0.02 chance collisions are expected; at 10 bits it would be ≈ 10^-8 per pair,
 * thousands of chance pairs. Real photos are less uniform than that (head-and-shoulders shots share
 * low frequencies), which argues for the low end. The cost is recall: a re-used photo that was
 * cropped or filtered enough to move more than 4 bits is missed. This is a policy choice, stated as
 * one; a deployment should measure its own photo pipeline's re-encoding drift.
 * The pigeonhole principle makes it cheap: cut into 6 disjoint chunks, two hashes within 4 bits
 * agree exactly on at least 2 chunks, so every pair of chunks (15 keys of 21–22 bits) is a blocking
 * key. With single 13-bit chunks a million photos would share a key by chance 3·10^8 times; with
 * chunk pairs about 4·10^6.
 */
public final class PhotoHash {
  public static final int MAX_DISTANCE = 4;
  /** Chunk widths summing to 64: MAX_DISTANCE + 2 chunks, so 2 survive any 4 flipped bits. */
  static final int[] CHUNK_BITS = {11, 11, 11, 11, 10, 10};
  /** Number of chunk pairs (6 choose 2). */
  static final int KEYS = CHUNK_BITS.length * (CHUNK_BITS.length - 1) / 2;

  private PhotoHash() {}

  /** {hash} for a 16-hex-digit value, {} otherwise. */
  static long[] parse(String hex) {
    if (hex == null) return new long[0];
    String s = hex.trim();
    if (s.isEmpty() || s.length() > 16) return new long[0];
    try {
      return new long[] {Long.parseUnsignedLong(s, 16)};
    } catch (NumberFormatException e) {
      return new long[0];
    }
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The value of chunk {@code i}. */
  static long chunk(long hash, int i) {
    int shift = 0;
    for (int k = 0; k < i; k++) shift += CHUNK_BITS[k];
    long mask = (1L << CHUNK_BITS[i]) - 1;
    return (hash >>> shift) & mask;
  }

  /** Blocking key {@code k} (0..14): the k-th pair of chunks, tagged with k. */
  static long key(long hash, int k) {
    int i = 0;
    int left = k;
    while (left >= CHUNK_BITS.length - 1 - i) {
      left -= CHUNK_BITS.length - 1 - i;
      i++;
    }
    int j = i + 1 + left;
    return ((long) k << 48) | (chunk(hash, i) << 24) | chunk(hash, j);
  }

  /** The first key two hashes share, or -1: a pair is examined only in the group of that key. */
  static int firstSharedKey(long a, long b) {
    for (int k = 0; k < KEYS; k++) if (key(a, k) == key(b, k)) return k;
    return -1;
  }
}
