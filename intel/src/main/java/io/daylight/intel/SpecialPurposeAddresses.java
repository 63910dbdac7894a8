package io.daylight.intel;

import java.util.List;

/**
 * Addresses that are never a person's public egress: private, loopback, link-local, shared
 * (carrier-grade NAT), documentation, benchmarking, multicast and reserved space. Registry data
 * does not reliably leave them blank (geo-whois-asn-country 2.3.2026061719 maps 192.168.1.10 to
 * AU), so lookups answer them with nothing before consulting any database.
 *
 * <p>Source: IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890), IPv4 multicast
 * 224.0.0.0/4 (RFC 5771), IPv6 multicast ff00::/8 (RFC 4291), IPv6 documentation 3fff::/20
 * (RFC 9637).
 */
final class SpecialPurposeAddresses {

  private static final List<String> BLOCKS = List.of(
      "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
      "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
      "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
      "::/128", "::1/128", "100::/64", "2001:db8::/32", "3fff::/20", "fc00::/7", "fe80::/10", "ff00::/8");

  private static final AddressRanges RANGES;

  static {
    AddressRanges.Builder b = new AddressRanges.Builder();
    BLOCKS.forEach(cidr -> b.addCidr(cidr, 0));
    RANGES = b.build();
  }

  private SpecialPurposeAddresses() {}

  static boolean contains(byte[] address) {
    return RANGES.find(address) >= 0;
  }
}
