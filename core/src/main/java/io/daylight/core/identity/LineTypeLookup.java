package io.daylight.core.identity;

import java.util.Map;
import java.util.Optional;

/**
 * Line type for numbers whose plan does not reveal it. In the North American Numbering Plan mobile,
 * fixed and VoIP numbers share the same NPA-NXX ranges and numbers port between carriers, so
 * libphonenumber answers FIXED_LINE_OR_MOBILE for every US/CA number; only a carrier or LNP data
 * source (which a deployment licenses) can say VoIP. This is the seam for it.
 */
@FunctionalInterface
public interface LineTypeLookup {

  Optional<PhoneIntel.LineType> lineType(String e164);

  LineTypeLookup NONE = e164 -> Optional.empty();

  /**
   * A table of E.164 prefixes (for example "+1602555" for an NPA-NXX block) to line types, longest
   * prefix wins: the shape a block-level export from a carrier database takes.
   */
  static LineTypeLookup ofPrefixes(Map<String, PhoneIntel.LineType> byPrefix) {
    Map<String, PhoneIntel.LineType> table = Map.copyOf(byPrefix);
    int longest = table.keySet().stream().mapToInt(String::length).max().orElse(0);
    return e164 -> {
      for (int len = Math.min(longest, e164.length()); len > 0; len--) {
        PhoneIntel.LineType t = table.get(e164.substring(0, len));
        if (t != null) return Optional.of(t);
      }
      return Optional.empty();
    };
  }
}
