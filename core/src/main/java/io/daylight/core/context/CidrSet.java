package io.daylight.core.context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of IPv4/IPv6 CIDR blocks with a membership test. Addresses are parsed from literals only
 * (no DNS): {@link InetAddress#getByName} is given strings that are validated as IP literals first.
 */
public final class CidrSet {
  public static final CidrSet EMPTY = new CidrSet(List.of());
  private final List<String> cidrs;
  private final byte[][] networks;
  private final int[] prefixes;

  private CidrSet(List<String> cidrs) {
    this.cidrs = List.copyOf(cidrs);
    this.networks = new byte[cidrs.size()][];
    this.prefixes = new int[cidrs.size()];
    for (int i = 0; i < cidrs.size(); i++) {
      String c = cidrs.get(i).trim();
      int slash = c.indexOf('/');
      byte[] addr = parseLiteral(slash < 0 ? c : c.substring(0, slash));
      if (addr == null) throw new IllegalArgumentException("not a CIDR: " + c);
      int prefix = slash < 0 ? addr.length * 8 : Integer.parseInt(c.substring(slash + 1));
      if (prefix < 0 || prefix > addr.length * 8) throw new IllegalArgumentException("bad prefix: " + c);
      networks[i] = addr;
      prefixes[i] = prefix;
    }
  }

  public static CidrSet of(Collection<String> cidrs) {
    return cidrs == null || cidrs.isEmpty() ? EMPTY : new CidrSet(new ArrayList<>(cidrs));
  }

  public List<String> cidrs() {
    return cidrs;
  }

  public boolean isEmpty() {
    return cidrs.isEmpty();
  }

  /** Whether the address literal lies in one of the blocks; false for anything unparsable. */
  public boolean contains(String ip) {
    if (ip == null || networks.length == 0) return false;
    byte[] a = parseLiteral(ip);
    if (a == null) return false;
    for (int i = 0; i < networks.length; i++) {
      if (networks[i].length == a.length && matches(networks[i], a, prefixes[i])) return true;
    }
    return false;
  }

  private static boolean matches(byte[] net, byte[] a, int prefix) {
    int full = prefix / 8;
    for (int i = 0; i < full; i++) if (net[i] != a[i]) return false;
    int rest = prefix % 8;
    if (rest == 0) return true;
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (net[full] & mask) == (a[full] & mask);
  }

  /** Parses an IPv4 or IPv6 literal without ever resolving a name; null if it is not one. */
  public static byte[] parseLiteral(String s) {
    if (s == null || s.isEmpty() || s.length() > 45) return null;
    boolean v6 = s.indexOf(':') >= 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean ok = (ch >= '0' && ch <= '9') || ch == '.' || (v6 && (ch == ':' || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')));
      if (!ok) return null;
    }
    if (!v6) {
      String[] parts = s.split("\\.", -1);
      if (parts.length != 4) return null;
      byte[] out = new byte[4];
      for (int i = 0; i < 4; i++) {
        if (parts[i].isEmpty() || parts[i].length() > 3) return null;
        int v = Integer.parseInt(parts[i]);
        if (v > 255) return null;
        out[i] = (byte) v;
      }
      return out;
    }
    try {
      return InetAddress.getByName(s).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
