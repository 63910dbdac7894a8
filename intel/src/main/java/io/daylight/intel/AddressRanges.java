package io.daylight.intel;

import java.util.Arrays;

/**
 * Disjoint IPv4 and IPv6 address ranges, each carrying an int value, in sorted primitive arrays
 * searched by binary search: a lookup allocates nothing, and 400 k ranges take a few megabytes
 * instead of the ~100 bytes per range a tree of objects would.
 */
final class AddressRanges {

  /** IPv4 bounds are stored with the sign bit flipped so that signed int order is address order. */
  private final int[] v4Start;
  private final int[] v4End;
  private final int[] v4Value;
  private final long[] v6StartHi;
  private final long[] v6StartLo;
  private final long[] v6EndHi;
  private final long[] v6EndLo;
  private final int[] v6Value;

  private AddressRanges(int[] v4Start, int[] v4End, int[] v4Value, long[] v6StartHi, long[] v6StartLo,
                        long[] v6EndHi, long[] v6EndLo, int[] v6Value) {
    this.v4Start = v4Start;
    this.v4End = v4End;
    this.v4Value = v4Value;
    this.v6StartHi = v6StartHi;
    this.v6StartLo = v6StartLo;
    this.v6EndHi = v6EndHi;
    this.v6EndLo = v6EndLo;
    this.v6Value = v6Value;
  }

  /** The value of the range holding the address (4 or 16 bytes), or -1 when none does. */
  int find(byte[] address) {
    return address.length == 4 ? findIpv4(IpLiteral.ipv4(address))
        : findIpv6(IpLiteral.ipv6High(address), IpLiteral.ipv6Low(address));
  }

  int ipv4Ranges() {
    return v4Start.length;
  }

  int ipv6Ranges() {
    return v6StartHi.length;
  }

  /** Bytes held by the arrays: for the load-time memory report. */
  long bytes() {
    return 12L * v4Start.length + 36L * v6StartHi.length;
  }

  private int findIpv4(long address) {
    int key = flip(address);
    int lo = 0;
    int hi = v4Start.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (v4Start[mid] <= key) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && key <= v4End[found] ? v4Value[found] : -1;
  }

  private int findIpv6(long high, long low) {
    int lo = 0;
    int hi = v6StartHi.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(v6StartHi[mid], v6StartLo[mid], high, low) <= 0) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && compare(high, low, v6EndHi[found], v6EndLo[found]) <= 0 ? v6Value[found] : -1;
  }

  private static int flip(long unsigned32) {
    return (int) unsigned32 ^ Integer.MIN_VALUE;
  }

  private static int compare(long aHi, long aLo, long bHi, long bLo) {
    int c = Long.compareUnsigned(aHi, bHi);
    return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
  }

  /**
   * Collects ranges in any order. Overlaps are resolved on build: overlapping ranges with the
   * same value merge; otherwise the range starting later (the more specific one in registry data,
   * e.g. a sub-allocation inside a larger block) wins and the earlier one is cut short before it.
   */
  static final class Builder {
    private long[] v4 = new long[3 * 1024];
    private int v4Count;
    private long[] v6 = new long[5 * 1024];
    private int v6Count;

    Builder addIpv4(long start, long end, int value) {
      if (start > end) {
        throw new IllegalArgumentException("range start after end");
      }
      if (3 * (v4Count + 1) > v4.length) {
        v4 = Arrays.copyOf(v4, v4.length * 2);
      }
      v4[3 * v4Count] = start;
      v4[3 * v4Count + 1] = end;
      v4[3 * v4Count + 2] = value;
      v4Count++;
      return this;
    }

    Builder addIpv6(long startHi, long startLo, long endHi, long endLo, int value) {
      if (compare(startHi, startLo, endHi, endLo) > 0) {
        throw new IllegalArgumentException("range start after end");
      }
      if (5 * (v6Count + 1) > v6.length) {
        v6 = Arrays.copyOf(v6, v6.length * 2);
      }
      int at = 5 * v6Count++;
      v6[at] = startHi;
      v6[at + 1] = startLo;
      v6[at + 2] = endHi;
      v6[at + 3] = endLo;
      v6[at + 4] = value;
      return this;
    }

    /** Adds a range from its first and last address literals; both must be of one family. */
    Builder addRange(String first, String last, int value) {
      byte[] a = IpLiteral.parse(first);
      byte[] b = IpLiteral.parse(last);
      if (a == null || b == null || a.length != b.length) {
        throw new IllegalArgumentException("not an address range: " + first + " - " + last);
      }
      return a.length == 4 ? addIpv4(IpLiteral.ipv4(a), IpLiteral.ipv4(b), value)
          : addIpv6(IpLiteral.ipv6High(a), IpLiteral.ipv6Low(a), IpLiteral.ipv6High(b), IpLiteral.ipv6Low(b), value);
    }

    /** Adds a CIDR block such as {@code 2.26.157.0/24} or {@code 2a01:4f8::/32}. */
    Builder addCidr(String cidr, int value) {
      int slash = cidr.indexOf('/');
      byte[] a = IpLiteral.parse(slash < 0 ? cidr : cidr.substring(0, slash));
      if (a == null) {
        throw new IllegalArgumentException("not a CIDR block: " + cidr);
      }
      int bits = a.length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("not a CIDR block: " + cidr);
      }
      if (a.length == 4) {
        long host = prefix == 0 ? 0xFFFF_FFFFL : (1L << (32 - prefix)) - 1;
        long start = IpLiteral.ipv4(a) & ~host;
        return addIpv4(start, start | host, value);
      }
      long hostHi = prefix >= 64 ? 0 : prefix == 0 ? -1L : -1L >>> prefix;
      long hostLo = prefix >= 128 ? 0 : prefix <= 64 ? -1L : -1L >>> (prefix - 64);
      long hi = IpLiteral.ipv6High(a) & ~hostHi;
      long lo = IpLiteral.ipv6Low(a) & ~hostLo;
      return addIpv6(hi, lo, hi | hostHi, lo | hostLo, value);
    }

    AddressRanges build() {
      int[] v4Order = order(v4Count, (i, j) -> Long.compare(v4[3 * i], v4[3 * j]));
      int[] v6Order = order(v6Count, (i, j) -> compare(v6[5 * i], v6[5 * i + 1], v6[5 * j], v6[5 * j + 1]));

      int[] s4 = new int[v4Count];
      int[] e4 = new int[v4Count];
      int[] val4 = new int[v4Count];
      int n4 = 0;
      for (int idx : v4Order) {
        long start = v4[3 * idx];
        long end = v4[3 * idx + 1];
        int value = (int) v4[3 * idx + 2];
        if (n4 > 0) {
          long prevEnd = Integer.toUnsignedLong(e4[n4 - 1] ^ Integer.MIN_VALUE);
          if (val4[n4 - 1] == value && start <= prevEnd + 1) {
            e4[n4 - 1] = flip(Math.max(prevEnd, end));
            continue;
          }
          if (start <= prevEnd) {
            e4[n4 - 1] = flip(start - 1);
            if (e4[n4 - 1] < s4[n4 - 1]) {
              n4--;
            }
          }
        }
        s4[n4] = flip(start);
        e4[n4] = flip(end);
        val4[n4++] = value;
      }

      long[] sh = new long[v6Count];
      long[] sl = new long[v6Count];
      long[] eh = new long[v6Count];
      long[] el = new long[v6Count];
      int[] val6 = new int[v6Count];
      int n6 = 0;
      for (int idx : v6Order) {
        int at = 5 * idx;
        long startHi = v6[at];
        long startLo = v6[at + 1];
        long endHi = v6[at + 2];
        long endLo = v6[at + 3];
        int value = (int) v6[at + 4];
        if (n6 > 0) {
          int p = n6 - 1;
          boolean adjacent = eh[p] == startHi ? el[p] != -1L && el[p] + 1 == startLo
              : el[p] == -1L && startLo == 0 && eh[p] + 1 == startHi;
          boolean overlaps = compare(startHi, startLo, eh[p], el[p]) <= 0;
          if (val6[p] == value && (overlaps || adjacent)) {
            if (compare(endHi, endLo, eh[p], el[p]) > 0) {
              eh[p] = endHi;
              el[p] = endLo;
            }
            continue;
          }
          if (overlaps) {
            // Cut the earlier range to end just before this one starts.
            eh[p] = startLo == 0 ? startHi - 1 : startHi;
            el[p] = startLo - 1;
            if (compare(eh[p], el[p], sh[p], sl[p]) < 0) {
              n6--;
            }
          }
        }
        sh[n6] = startHi;
        sl[n6] = startLo;
        eh[n6] = endHi;
        el[n6] = endLo;
        val6[n6++] = value;
      }
      return new AddressRanges(Arrays.copyOf(s4, n4), Arrays.copyOf(e4, n4), Arrays.copyOf(val4, n4),
          Arrays.copyOf(sh, n6), Arrays.copyOf(sl, n6), Arrays.copyOf(eh, n6), Arrays.copyOf(el, n6),
          Arrays.copyOf(val6, n6));
    }

    private interface IndexOrder {
      int compare(int i, int j);
    }

    /** Row indices in start order; the registry files are already sorted, so usually a no-op. */
    private static int[] order(int count, IndexOrder order) {
      int[] idx = new int[count];
      boolean sorted = true;
      for (int i = 0; i < count; i++) {
        idx[i] = i;
        if (i > 0 && order.compare(i - 1, i) > 0) {
          sorted = false;
        }
      }
      if (sorted) {
        return idx;
      }
      return java.util.stream.IntStream.range(0, count).boxed()
          .sorted((i, j) -> order.compare(i, j)).mapToInt(Integer::intValue).toArray();
    }
  }
}
