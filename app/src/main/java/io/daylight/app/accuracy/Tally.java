package io.daylight.app.accuracy;

import io.daylight.core.score.Level;

/** How many of a group of subjects reached {@code high}, and {@code medium} or above. */
public record Tally(int n, int high, int mediumOrAbove) {
  public static final Tally EMPTY = new Tally(0, 0, 0);

  public Tally plus(Verdicts v, String id) {
    return new Tally(n + 1, high + (v.atLeast(id, Level.HIGH) ? 1 : 0), mediumOrAbove + (v.atLeast(id, Level.MEDIUM) ? 1 : 0));
  }

  public Tally plus(Tally o) {
    return new Tally(n + o.n, high + o.high, mediumOrAbove + o.mediumOrAbove);
  }

  public double highRate() {
    return n == 0 ? Double.NaN : high / (double) n;
  }

  public double mediumRate() {
    return n == 0 ? Double.NaN : mediumOrAbove / (double) n;
  }
}
