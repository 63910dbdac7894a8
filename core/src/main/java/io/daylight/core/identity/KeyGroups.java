package io.daylight.core.identity;

import java.util.Arrays;

/**
 * Groups record indices by a 64-bit key without a hash map: each entry packs the key's top
 * {@value #KEY_BITS} bits with the index, the array is sorted, and equal keys become runs. Costs
 * 8 bytes an entry and one primitive sort. A 40-bit key prefix can collide; groups are blocks of
 * candidates that callers verify, so a collision only costs comparisons.
 */
final class KeyGroups {
  static final int INDEX_BITS = 24;
  static final int KEY_BITS = 64 - INDEX_BITS;
  /** 16,777,216 records per linking batch. */
  static final int MAX_RECORDS = 1 << INDEX_BITS;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  interface GroupConsumer {
    void group(int[] members, int size);
  }

  private long[] entries = new long[1024];
  private int size;

  void add(long key, int index) {
    if (size == entries.length) entries = Arrays.copyOf(entries, entries.length * 2);
    entries[size++] = (key & ~INDEX_MASK) | index;
  }

  /** Calls back once per key shared by two or more records, members in index order. */
  void forEachGroup(GroupConsumer consumer) {
    Arrays.sort(entries, 0, size);
    int[] buf = new int[16];
    int i = 0;
    while (i < size) {
      long key = entries[i] & ~INDEX_MASK;
      int j = i;
      int n = 0;
      int last = -1;
      while (j < size && (entries[j] & ~INDEX_MASK) == key) {
        int idx = (int) (entries[j] & INDEX_MASK);
        if (idx != last) {
          if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
          buf[n++] = idx;
          last = idx;
        }
        j++;
      }
      if (n >= 2) consumer.group(buf, n);
      i = j;
    }
  }

  /** FNV-1a 64 of a tagged string, mixed: the key of one blocking or identifier value. */
  static long hash(char tag, String value) {
    long h = 0xcbf29ce484222325L ^ tag;
    h *= 0x100000001b3L;
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    return ResumeSimilarity.mix(h);
  }
}
