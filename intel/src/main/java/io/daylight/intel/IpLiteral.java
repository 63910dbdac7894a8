package io.daylight.intel;

/**
 * Parses IP address literals into their bytes without ever touching DNS:
 * {@code InetAddress.getByName} would resolve a host name that slipped into an IP field, which is
 * slow and leaks the lookup to a resolver.
 */
final class IpLiteral {

  private IpLiteral() {}

  /**
   * The 4 bytes of an IPv4 literal, or the 16 bytes of an IPv6 literal (an IPv4-mapped IPv6
   * address {@code ::ffff:a.b.c.d} comes back as its 4 IPv4 bytes, as the data is keyed that
   * way); null when {@code text} is not an address literal. A zone id ({@code fe80::1%eth0}) is
   * ignored.
   */
  static byte[] parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.indexOf(':') < 0) {
      byte[] v4 = new byte[4];
      return parseIpv4(s, 0, s.length(), v4, 0) ? v4 : null;
    }
    byte[] v6 = parseIpv6(s);
    if (v6 != null && isIpv4Mapped(v6)) {
      return new byte[] {v6[12], v6[13], v6[14], v6[15]};
    }
    return v6;
  }

  /** An IPv4 address as an unsigned 32-bit value held in a long. */
  static long ipv4(byte[] a) {
    return ((a[0] & 0xFFL) << 24) | ((a[1] & 0xFFL) << 16) | ((a[2] & 0xFFL) << 8) | (a[3] & 0xFFL);
  }

  /** The high (network) 64 bits of an IPv6 address. */
  static long ipv6High(byte[] a) {
    return longAt(a, 0);
  }

  /** The low (interface) 64 bits of an IPv6 address. */
  static long ipv6Low(byte[] a) {
    return longAt(a, 8);
  }

  private static long longAt(byte[] a, int from) {
    long v = 0;
    for (int i = from; i < from + 8; i++) {
      v = (v << 8) | (a[i] & 0xFFL);
    }
    return v;
  }

  private static boolean isIpv4Mapped(byte[] a) {
    for (int i = 0; i < 10; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
  }

  private static boolean parseIpv4(String s, int from, int to, byte[] out, int at) {
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = from; i <= to; i++) {
      char c = i < to ? s.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        // No leading zeros: "010" is octal to some parsers and decimal to others.
        if (digits > 0 && value == 0) {
          return false;
        }
        value = value * 10 + (c - '0');
        if (++digits > 3 || value > 255) {
          return false;
        }
      } else if (c == '.') {
        if (digits == 0 || part == 4) {
          return false;
        }
        out[at + part++] = (byte) value;
        value = 0;
        digits = 0;
      } else {
        return false;
      }
    }
    return part == 4;
  }

  private static byte[] parseIpv6(String s) {
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    byte[] out = new byte[16];
    if (gap < 0) {
      return parseGroups(s, 0, s.length(), out, 0, 16) == 16 ? out : null;
    }
    byte[] head = new byte[16];
    int headLen = parseGroups(s, 0, gap, head, 0, 14);
    byte[] tail = new byte[16];
    int tailLen = parseGroups(s, gap + 2, s.length(), tail, 0, 14);
    if (headLen < 0 || tailLen < 0 || headLen + tailLen > 14) {
      return null;
    }
    System.arraycopy(head, 0, out, 0, headLen);
    System.arraycopy(tail, 0, out, 16 - tailLen, tailLen);
    return out;
  }

  /** ASCII only: Character.digit would also accept full-width and other Unicode digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Parses colon-separated groups (last may be dotted IPv4); returns bytes written or -1. */
  private static int parseGroups(String s, int from, int to, byte[] out, int at, int max) {
    if (from == to) {
      return 0;
    }
    int written = 0;
    int start = from;
    while (true) {
      int colon = s.indexOf(':', start);
      int end = colon < 0 || colon > to ? to : colon;
      if (end == to && s.lastIndexOf('.', to - 1) >= start) {
        if (written + 4 > max || !parseIpv4(s, start, to, out, at + written)) {
          return -1;
        }
        return written + 4;
      }
      int len = end - start;
      if (len < 1 || len > 4 || written + 2 > max) {
        return -1;
      }
      int group = 0;
      for (int i = start; i < end; i++) {
        int d = hexDigit(s.charAt(i));
        if (d < 0) {
          return -1;
        }
        group = (group << 4) | d;
      }
      out[at + written++] = (byte) (group >>> 8);
      out[at + written++] = (byte) group;
      if (end == to) {
        return written;
      }
      start = end + 1;
    }
  }
}
