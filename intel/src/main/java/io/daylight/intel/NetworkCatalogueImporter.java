package io.daylight.intel;

import io.daylight.core.intel.IpIntel.NetworkClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns published ASN lists into catalogue entries that keep their provenance. Reads X4BNet's
 * {@code lists_vpn} format ({@code input/<list>/ASN.txt}: one {@code AS<number> # comment} a line).
 *
 * <p>Imports are reviewed, not trusted: an ASN on the eyeball deny list is refused with a reason
 * instead of becoming an entry, so that one bad line in someone else's list cannot classify a
 * national ISP's customers as VPN users.
 */
public final class NetworkCatalogueImporter {

  /** A line that did not become an entry, and why. */
  public record Refusal(String provenance, int line, long asn, String text, String reason) {}

  /** What an import produced: entries ready to add, and refusals for a person to review. */
  public record ImportResult(List<NetworkEntry> accepted, List<Refusal> refused) {
    public ImportResult {
      accepted = List.copyOf(accepted);
      refused = List.copyOf(refused);
    }
  }

  private static final Pattern ASN_LINE = Pattern.compile("^AS(\\d{1,10})\\s*(?:#\\s*(.*?))?\\s*$",
      Pattern.CASE_INSENSITIVE);

  private final EyeballAsns eyeballs;

  public NetworkCatalogueImporter(EyeballAsns eyeballs) {
    this.eyeballs = eyeballs;
  }

  /**
   * Imports X4BNet's two input lists from a checkout of {@code X4BNet/lists_vpn}:
   * {@code input/vpn/ASN.txt} as VPN and {@code input/datacenter/ASN.txt} as HOSTING. An ASN on
   * both lists is kept once, as VPN.
   *
   * @param commit the commit the checkout is at, recorded in every entry's source
   */
  public ImportResult importX4BNet(Path checkout, String commit, LocalDate added) throws IOException {
    String repo = "X4BNet/lists_vpn @" + commit + " ";
    ImportResult vpn = importAsnList(checkout.resolve("input/vpn/ASN.txt"), NetworkClass.VPN,
        repo + "input/vpn/ASN.txt", added);
    ImportResult hosting = importAsnList(checkout.resolve("input/datacenter/ASN.txt"),
        NetworkClass.HOSTING, repo + "input/datacenter/ASN.txt", added);
    List<NetworkEntry> accepted = new ArrayList<>(vpn.accepted());
    Set<Long> seen = new HashSet<>();
    vpn.accepted().forEach(e -> seen.add(e.asn()));
    for (NetworkEntry e : hosting.accepted()) {
      if (seen.add(e.asn())) {
        accepted.add(e);
      }
    }
    List<Refusal> refused = new ArrayList<>(vpn.refused());
    refused.addAll(hosting.refused());
    return new ImportResult(accepted, refused);
  }

  /** Imports one {@code AS<number> # comment} list, classifying every accepted ASN as given. */
  public ImportResult importAsnList(Path file, NetworkClass networkClass, String provenance, LocalDate added)
      throws IOException {
    List<NetworkEntry> accepted = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      Matcher m = ASN_LINE.matcher(text);
      if (!m.matches()) {
        refused.add(new Refusal(provenance, i + 1, 0, text, "not an 'AS<number> # comment' line"));
        continue;
      }
      long asn = Long.parseLong(m.group(1));
      String comment = m.group(2) == null ? "" : m.group(2);
      var eyeball = eyeballs.find(asn);
      if (eyeball.isPresent()) {
        refused.add(new Refusal(provenance, i + 1, asn, text, "AS" + asn + " is a large eyeball ISP ("
            + eyeball.get().name() + ", " + eyeball.get().country() + ": " + eyeball.get().source()
            + "); classifying it " + networkClass + " needs a person's review"));
        continue;
      }
      if (asn == 0 || asn > 0xFFFF_FFFFL) {
        refused.add(new Refusal(provenance, i + 1, asn, text, "not a valid AS number"));
        continue;
      }
      if (!seen.add(asn)) {
        continue;
      }
      String source = provenance + (comment.isEmpty() ? "" : " \"" + comment + "\"");
      accepted.add(new NetworkEntry(asn, comment.isEmpty() ? "AS" + asn : comment, networkClass, source, added));
    }
    return new ImportResult(accepted, refused);
  }
}
