package io.daylight.intel;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IP range to autonomous system number and organisation, from {@code @ip-location-db/asn}'s
 * {@code asn-ipv4.csv} and {@code asn-ipv6.csv} (rows: first address, last address, ASN,
 * organisation; CC BY 4.0, RouteViews, DB-IP and the NRO delegation statistics).
 */
final class AsnTable {

  private final AddressRanges ranges;
  /** Distinct ASNs and their organisation names; a range's value indexes these. */
  private final long[] asns;
  private final String[] orgs;

  private AsnTable(AddressRanges ranges, long[] asns, String[] orgs) {
    this.ranges = ranges;
    this.asns = asns;
    this.orgs = orgs;
  }

  static AsnTable read(Path ipv4Csv, Path ipv6Csv) throws IOException {
    AddressRanges.Builder builder = new AddressRanges.Builder();
    Map<Long, Integer> index = new HashMap<>();
    List<String> orgs = new ArrayList<>();
    List<Long> asns = new ArrayList<>();
    for (Path csv : List.of(ipv4Csv, ipv6Csv)) {
      try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          List<String> f = Csv.fields(line);
          if (f.size() < 3) {
            throw new IOException(csv + ":" + lineNo + ": expected first,last,asn,org");
          }
          long asn = Long.parseLong(f.get(2));
          String org = f.size() > 3 ? f.get(3) : "";
          Integer at = index.get(asn);
          if (at == null) {
            at = asns.size();
            index.put(asn, at);
            asns.add(asn);
            orgs.add(org);
          }
          try {
            builder.addRange(f.get(0), f.get(1), at);
          } catch (IllegalArgumentException e) {
            throw new IOException(csv + ":" + lineNo + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return new AsnTable(builder.build(), asns.stream().mapToLong(Long::longValue).toArray(),
        orgs.toArray(String[]::new));
  }

  /** Index of the autonomous system announcing the address, or -1. */
  int find(byte[] address) {
    return ranges.find(address);
  }

  long asn(int index) {
    return asns[index];
  }

  String org(int index) {
    return orgs[index];
  }

  int ranges() {
    return ranges.ipv4Ranges() + ranges.ipv6Ranges();
  }

  int autonomousSystems() {
    return asns.length;
  }

  long bytes() {
    long orgChars = 0;
    for (String o : orgs) {
      orgChars += 40 + o.length();
    }
    return ranges.bytes() + 8L * asns.length + 4L * orgs.length + orgChars;
  }

  /** The minimal CSV the ip-location-db files use: commas, optional quotes, "" inside quotes. */
  static final class Csv {
    private Csv() {}

    static List<String> fields(String line) {
      List<String> out = new ArrayList<>(4);
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              cur.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            cur.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          out.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      out.add(cur.toString());
      return out;
    }
  }
}
