package io.daylight.population;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Browsers applicants file from. User-agent strings follow the current reduced formats (Chrome's
 * UA reduction freezes "Windows NT 10.0", "Mac OS X 10_15_7" and "Android 10; K"). Shares are
 * assumed: mostly desktop for a job application, with phones a quarter.
 */
final class Browsers {
  private static final Map<String, Double> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("chrome-win", 0.38);
    KINDS.put("chrome-mac", 0.17);
    KINDS.put("safari-mac", 0.08);
    KINDS.put("edge-win", 0.10);
    KINDS.put("firefox-win", 0.05);
    KINDS.put("iphone", 0.12);
    KINDS.put("android", 0.10);
  }

  private Browsers() {}

  static String userAgent(SplittableRandom r) {
    return userAgent(Names.weighted(KINDS, r), r);
  }

  static String mobileUserAgent(SplittableRandom r) {
    return userAgent(r.nextDouble() < 0.55 ? "iphone" : "android", r);
  }

  static String userAgent(String kind, SplittableRandom r) {
    int chrome = 130 + r.nextInt(13);
    String safari = "18." + r.nextInt(6);
    return switch (kind) {
      case "chrome-win" -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
          + chrome + ".0.0.0 Safari/537.36";
      case "chrome-mac" -> "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
          + chrome + ".0.0.0 Safari/537.36";
      case "safari-mac" -> "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/"
          + safari + " Safari/605.1.15";
      case "edge-win" -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
          + chrome + ".0.0.0 Safari/537.36 Edg/" + chrome + ".0.0.0";
      case "firefox-win" -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:" + chrome + ".0) Gecko/20100101 Firefox/" + chrome + ".0";
      case "iphone" -> "Mozilla/5.0 (iPhone; CPU iPhone OS " + safari.replace('.', '_')
          + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/" + safari + " Mobile/15E148 Safari/604.1";
      default -> "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome
          + ".0.0.0 Mobile Safari/537.36";
    };
  }

  /** A browser fingerprint id as an ATS's fraud plug-in reports it. */
  static String fingerprint(SplittableRandom r) {
    return String.format("fp-%012x", r.nextLong() & 0xffffffffffffL);
  }

  /** A 64-bit perceptual hash of a photo, in hex. */
  static String phash(SplittableRandom r) {
    return String.format("%016x", r.nextLong());
  }

  /** The same photo re-encoded or lightly retouched: a few bits of the hash differ. */
  static String nearPhash(String phash, SplittableRandom r) {
    long v = Long.parseUnsignedLong(phash, 16);
    for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) v ^= 1L << r.nextInt(64);
    return String.format("%016x", v);
  }
}
