package io.daylight.app;

import io.daylight.core.intel.Gazetteer;
import io.daylight.core.intel.IpIntel;
import java.util.Optional;

/** The reference data a run uses, loaded once. */
public record ReferenceData(IpIntel ip, Gazetteer places) {

  /** No reference data: declared places must carry coordinates; IPs stay unclassified. */
  public static ReferenceData none() {
    return new ReferenceData(IpIntel.NONE, (city, region, country) -> Optional.empty());
  }
}
