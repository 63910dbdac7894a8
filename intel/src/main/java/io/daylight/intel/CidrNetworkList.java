package io.daylight.intel;

import io.daylight.core.intel.IpIntel.NetworkClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A published list of CIDR blocks that all belong to one class of network, such as X4BNet's
 * {@code output/vpn/ipv4.txt}: finer than the ASN catalogue, since a hosting ASN's VPN ranges can
 * be told apart from its other customers. Blocks are merged into sorted ranges and searched by
 * binary search.
 */
public final class CidrNetworkList {

  private final NetworkClass networkClass;
  private final String source;
  private final AddressRanges ranges;

  private CidrNetworkList(NetworkClass networkClass, String source, AddressRanges ranges) {
    this.networkClass = networkClass;
    this.source = source;
    this.ranges = ranges;
  }

  /**
   * Reads one CIDR block a line ({@code #} comments and blank lines skipped) from each file.
   *
   * @param source provenance recorded on every match, e.g. list name and commit
   */
  public static CidrNetworkList read(NetworkClass networkClass, String source, Path... files) throws IOException {
    AddressRanges.Builder builder = new AddressRanges.Builder();
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
          lineNo++;
          int hash = line.indexOf('#');
          String cidr = (hash < 0 ? line : line.substring(0, hash)).strip();
          if (cidr.isEmpty()) {
            continue;
          }
          try {
            builder.addCidr(cidr, 0);
          } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return new CidrNetworkList(networkClass, source, builder.build());
  }

  /**
   * X4BNet's {@code output/<list>/ipv4.txt} and {@code ipv6.txt} from a checkout of
   * {@code X4BNet/lists_vpn}: list {@code vpn} is VPN exits, list {@code datacenter} is VPN plus
   * data-centre ranges ("not an eyeball network"), classified HOSTING.
   */
  public static CidrNetworkList x4bnet(Path checkout, String list, String commit) throws IOException {
    NetworkClass c = switch (list) {
      case "vpn" -> NetworkClass.VPN;
      case "datacenter" -> NetworkClass.HOSTING;
      default -> throw new IllegalArgumentException("X4BNet publishes 'vpn' and 'datacenter', not " + list);
    };
    Path dir = checkout.resolve("output").resolve(list);
    return read(c, "X4BNet/lists_vpn @" + commit + " output/" + list, dir.resolve("ipv4.txt"), dir.resolve("ipv6.txt"));
  }

  /** Whether the address literal lies in one of the blocks; false for anything not an address. */
  public boolean contains(String ip) {
    byte[] a = IpLiteral.parse(ip);
    return a != null && contains(a);
  }

  boolean contains(byte[] address) {
    return ranges.find(address) >= 0;
  }

  public NetworkClass networkClass() {
    return networkClass;
  }

  public String source() {
    return source;
  }

  /** Number of disjoint ranges after merging adjacent and overlapping blocks. */
  public int ranges() {
    return ranges.ipv4Ranges() + ranges.ipv6Ranges();
  }
}
