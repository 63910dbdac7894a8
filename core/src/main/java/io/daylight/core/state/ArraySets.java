package io.daylight.core.state;

import java.util.Arrays;

/**
 * Small sets held as sorted arrays, so detector state stays a plain POJO that Flink serialises
 * without Kryo (no generic collections). Sizes here are per worker or per shared attribute: tens,
 * rarely hundreds, where a binary search over an array beats a hash set on memory.
 */
public final class ArraySets {
  private ArraySets() {}

  /** The set with {@code v} added (the same array when already present). */
  public static long[] add(long[] set, long v) {
    int i = Arrays.binarySearch(set, v);
    if (i >= 0) return set;
    int at = -i - 1;
    long[] out = new long[set.length + 1];
    System.arraycopy(set, 0, out, 0, at);
    out[at] = v;
    System.arraycopy(set, at, out, at + 1, set.length - at);
    return out;
  }

  public static boolean contains(long[] set, long v) {
    return Arrays.binarySearch(set, v) >= 0;
  }

  /** The set with {@code v} added (the same array when already present). */
  public static String[] add(String[] set, String v) {
    int i = Arrays.binarySearch(set, v);
    if (i >= 0) return set;
    int at = -i - 1;
    String[] out = new String[set.length + 1];
    System.arraycopy(set, 0, out, 0, at);
    out[at] = v;
    System.arraycopy(set, at, out, at + 1, set.length - at);
    return out;
  }

  public static boolean contains(String[] set, String v) {
    return Arrays.binarySearch(set, v) >= 0;
  }

  /** Appends to a bounded list of event ids kept for drill-down; ids beyond {@code max} are dropped. */
  public static String[] appendBounded(String[] ids, String id, int max) {
    if (id == null || ids.length >= max) return ids;
    for (String s : ids) if (s.equals(id)) return ids;
    String[] out = Arrays.copyOf(ids, ids.length + 1);
    out[ids.length] = id;
    return out;
  }

  /** Epoch day of an event time, for "distinct days" persistence rules. */
  public static long day(long epochMs) {
    return Math.floorDiv(epochMs, 86_400_000L);
  }
}
