package io.daylight.app;

import io.daylight.intel.Intel;
import io.daylight.intel.IntelDirectory;
import java.io.IOException;
import java.nio.file.Path;

/** Loads reference data (IP, places, network catalogue) from the intel directory. */
final class IntelLoader {
  private IntelLoader() {}

  /**
   * @param dir an explicit directory, or null for the configured default
   * @throws IllegalStateException with the fix ("run scripts/fetch-intel.sh") when data is missing
   */
  static ReferenceData load(Path dir) {
    try {
      Intel intel = dir == null ? Intel.shared() : Intel.load(IntelDirectory.require(dir));
      return new ReferenceData(intel.ipIntel(), intel.gazetteer());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read reference data: " + e.getMessage(), e);
    }
  }
}
