package io.daylight.core.location;

import io.daylight.core.geo.Fibre;
import io.daylight.core.geo.GreatCircle;

/**
 * Which landmarks of one day's measurements of one endpoint can be believed. Two landmarks that
 * both reached the endpoint bound their own distance apart by {@code (rA + rB)/2 · 199.86 km};
 * a pair that breaks this "beats light" (docs/latency-calibration.md: the 0.27 % of
 * WonderProxy pairs that did were all servers with a wrong stated location).
 *
 * <p>Greedy exclusion: drop the landmark in the most broken pairs, repeat until no pair is broken.
 * A landmark dropped alone is {@link #BLAMED}; when several tie (two landmarks alone cannot say
 * which one lies) all tied ones are {@link #EXCLUDED} without blame.
 */
final class LandmarkConsistency {
  private LandmarkConsistency() {}

  static boolean beatsLight(double latA, double lonA, double rttA, double latB, double lonB, double rttB) {
    return GreatCircle.km(latA, lonA, latB, lonB) > Fibre.maxKm(rttA + rttB);
  }

  static final byte TRUSTED = 0;
  static final byte BLAMED = 1;
  static final byte EXCLUDED = 2;

  static byte[] judge(double[] lat, double[] lon, double[] rtt, int n) {
    byte[] status = new byte[n];
    boolean[] ok = new boolean[n];
    java.util.Arrays.fill(ok, true);
    while (true) {
      int[] broken = new int[n];
      int max = 0;
      for (int i = 0; i < n; i++) {
        if (!ok[i]) continue;
        for (int j = i + 1; j < n; j++) {
          if (ok[j] && beatsLight(lat[i], lon[i], rtt[i], lat[j], lon[j], rtt[j])) {
            broken[i]++;
            broken[j]++;
          }
        }
        max = Math.max(max, broken[i]);
      }
      for (int i = 0; i < n; i++) max = Math.max(max, broken[i]);
      if (max == 0) return status;
      int tied = 0;
      for (int i = 0; i < n; i++) if (broken[i] == max) tied++;
      for (int i = 0; i < n; i++) {
        if (broken[i] == max) {
          ok[i] = false;
          status[i] = tied == 1 ? BLAMED : EXCLUDED;
        }
      }
    }
  }
}
