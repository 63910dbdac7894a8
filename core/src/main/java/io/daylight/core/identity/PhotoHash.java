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
 * The pigeonhole principle makes it cheap: two hashes within 4 bits agree exactly on at least one of
 * 5 disjoint bit chunks, so the chunks are blocking keys.
 */
public final class PhotoHash {
  public static final int MAX_DISTANCE = 4;
  /** Chunk widths summing to 64: 4 + 1 chunks for a distance bound of 4. */
  static final int[] CHUNK_BITS = {13, 13, 13, 13, 12};

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

  /** The value of chunk {@code i} tagged with its index, as a blocking key. */
  static long chunkKey(long hash, int i) {
    int shift = 0;
    for (int k = 0; k < i; k++) shift += CHUNK_BITS[k];
    long mask = (1L << CHUNK_BITS[i]) - 1;
    return ((long) i << 16) | ((hash >>> shift) & mask);
  }
}
