package io.daylight.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --intel option shared by commands that use reference data. */
public final class IntelOption {
  @Option(names = "--intel", paramLabel = "DIR",
      description = "reference data directory (default: $DAYLIGHT_INTEL_DIR or ~/.cache/daylight/intel, filled by scripts/fetch-intel.sh)")
  Path dir;

  @Option(names = "--no-intel", description = "run without reference data (declared places must carry lat/lon)")
  boolean none;

  public Path dir() {
    return dir;
  }

  public boolean none() {
    return none;
  }

  public ReferenceData load() {
    if (none) return ReferenceData.none();
    return IntelLoader.load(dir);
  }
}
