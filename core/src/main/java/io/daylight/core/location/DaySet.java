package io.daylight.core.location;

import java.util.Arrays;

/** Small sorted sets of day numbers held as {@code long[]}, so state serialises without generics. */
final class DaySet {
  private DaySet() {}

  static long[] add(long[] days, long day) {
    int i = Arrays.binarySearch(days, day);
    if (i >= 0) return days;
    int at = -i - 1;
    long[] out = new long[days.length + 1];
    System.arraycopy(days, 0, out, 0, at);
    out[at] = day;
    System.arraycopy(days, at, out, at + 1, days.length - at);
    return out;
  }

  static boolean contains(long[] days, long day) {
    return Arrays.binarySearch(days, day) >= 0;
  }
}
