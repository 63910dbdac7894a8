package io.daylight.ingest;

/**
 * The set of event ids a batch reader has accepted, kept as 128-bit fingerprints in open-addressed
 * primitive arrays (16 bytes an id at most half full, instead of a retained String and a hash-map
 * node: about a sixth of the memory). Two ids are taken for one only if both independent 64-bit
 * hashes collide: for 10⁸ ids the chance of any such pair is about n²/2¹²⁹ ≈ 10⁻²³, far below the
 * rate of undetected disk or memory errors, so idempotency stays exact in practice.
 */
final class IdFingerprints {
  private long[] hi = new long[1 << 12];
  private long[] lo = new long[1 << 12];
  private boolean[] used = new boolean[1 << 12];
  private int size;

  /** Adds the id; false when it was already present. */
  boolean add(String id) {
    long a = fnv1a(id);
    long b = mix(id);
    if (2 * (size + 1) > used.length) grow();
    int mask = used.length - 1;
    for (int i = (int) (a ^ (a >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (!used[i]) {
        used[i] = true;
        hi[i] = a;
        lo[i] = b;
        size++;
        return true;
      }
      if (hi[i] == a && lo[i] == b) return false;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oh = hi, ol = lo;
    boolean[] ou = used;
    hi = new long[ou.length * 2];
    lo = new long[ou.length * 2];
    used = new boolean[ou.length * 2];
    int mask = used.length - 1;
    for (int j = 0; j < ou.length; j++) {
      if (!ou[j]) continue;
      int i = (int) (oh[j] ^ (oh[j] >>> 32)) & mask;
      while (used[i]) i = (i + 1) & mask;
      used[i] = true;
      hi[i] = oh[j];
      lo[i] = ol[j];
    }
  }

  /** FNV-1a, 64-bit (Fowler, Noll, Vo), over the UTF-16 code units. */
  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** An independent 64-bit hash: a multiply-xorshift accumulator finished with SplitMix64's mixer. */
  private static long mix(String s) {
    long h = 0x9e3779b97f4a7c15L ^ s.length();
    for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0xbf58476d1ce4e5b9L + 0x94d049bb133111ebL;
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
