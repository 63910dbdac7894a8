package io.daylight.app;

import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.intel.Gazetteer;
import io.daylight.core.identity.PhoneIntel;
import io.daylight.core.intel.IpIntel;
import io.daylight.intel.phone.LibPhoneIntel;
import io.daylight.intel.catalogue.Catalogues;
import java.util.Optional;

/**
 * The reference data a run uses, loaded once: IP intel, places, phone numbering plans
 * (libphonenumber), and the project's catalogues of
 * remote-access tools and input-injection hardware (bundled, versioned with the code).
 */
public record ReferenceData(IpIntel ip, Gazetteer places, PhoneIntel phones, RemoteAccessCatalogue tools,
                            InputHardwareCatalogue hardware) {

  public ReferenceData(IpIntel ip, Gazetteer places) {
    this(ip, places, new LibPhoneIntel(), Catalogues.remoteAccess(), Catalogues.inputHardware());
  }

  /** No downloaded data: declared places must carry coordinates; IPs stay unclassified. */
  public static ReferenceData none() {
    return new ReferenceData(IpIntel.NONE, (city, region, country) -> Optional.empty());
  }
}
