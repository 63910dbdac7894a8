package io.daylight.demo;

/**
 * Stateless hashing of seeds to numbers, so that properties which must stay stable over time (a
 * route's quality, a DHCP lease's address) are functions of a key, not of generation order.
 */
final class Mix {
  private Mix() {}

  /** SplitMix64 finaliser (Steele, Lea, Flood, OOPSLA 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long mix(long a, long b) {
    return mix(a * 0x9e3779b97f4a7c15L + mix(b));
  }

  /** A uniform number in [0,1) from a key. */
  static double unit(long a, long b) {
    return (mix(a, b) >>> 11) * 0x1.0p-53;
  }

  static long key(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
    return mix(h);
  }

  static String hex(long v, int digits) {
    String s = Long.toHexString(v);
    if (s.length() >= digits) return s.substring(s.length() - digits);
    return "0".repeat(digits - s.length()) + s;
  }
}
