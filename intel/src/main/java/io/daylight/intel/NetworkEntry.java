package io.daylight.intel;

import io.daylight.core.intel.IpIntel.NetworkClass;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One autonomous system in the project's network catalogue.
 *
 * @param asn the autonomous system number
 * @param name the operator's common name
 * @param networkClass what kind of network it is
 * @param source where the classification comes from (list and commit, registry name)
 * @param added when the entry entered the catalogue
 */
public record NetworkEntry(long asn, String name, NetworkClass networkClass, String source, LocalDate added) {
  public NetworkEntry {
    if (asn <= 0 || asn > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("not an AS number: " + asn);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(networkClass, "networkClass");
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("AS" + asn + " has no source: every catalogue entry needs one");
    }
    Objects.requireNonNull(added, "added");
  }

  /** How a lookup result cites this entry, e.g. {@code "AS16509 Amazon Web Services: <source>"}. */
  public String citation() {
    return "AS" + asn + " " + name + " (" + networkClass + "): " + source;
  }
}
