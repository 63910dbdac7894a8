package io.daylight.app;

import io.daylight.core.intel.Gazetteer;
import io.daylight.core.intel.IpIntel;
import java.util.Optional;

/** The reference data a run uses, loaded once. */
public record Intel(IpIntel ip, Gazetteer places) {

  /** No reference data: declared places must carry coordinates; IPs stay unclassified. */
  public static Intel none() {
    return new Intel(IpIntel.NONE, (city, region, country) -> Optional.empty());
  }
}
