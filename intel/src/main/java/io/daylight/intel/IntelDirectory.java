package io.daylight.intel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code scripts/fetch-intel.sh} put the IP and place data: system property
 * {@code daylight.intel.dir}, else environment {@code DAYLIGHT_INTEL_DIR}, else
 * {@code $DAYLIGHT_CACHE/intel}, else {@code ~/.cache/daylight/intel} (the script's own order).
 */
public final class IntelDirectory {

  /** Written last by the fetch script, so its presence means the download completed. */
  static final String READY_MARKER = "READY";

  private IntelDirectory() {}

  /** The configured directory, whether or not the data is there yet. */
  public static Path configured() {
    return configured(System.getProperty("daylight.intel.dir"), System.getenv(),
        Path.of(System.getProperty("user.home")));
  }

  static Path configured(String property, Map<String, String> env, Path home) {
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String dir = env.get("DAYLIGHT_INTEL_DIR");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    String cache = env.get("DAYLIGHT_CACHE");
    if (cache != null && !cache.isBlank()) {
      return Path.of(cache, "intel");
    }
    return home.resolve(".cache/daylight/intel");
  }

  /** The configured directory, checked to hold completed data. */
  public static Path locate() {
    return require(configured());
  }

  /**
   * {@code dir} if the fetch script completed there.
   *
   * @throws IllegalStateException naming the directory and the command that fills it
   */
  public static Path require(Path dir) {
    if (!Files.isRegularFile(dir.resolve(READY_MARKER))) {
      throw new IllegalStateException("IP and place data not found in " + dir.toAbsolutePath()
          + ": run scripts/fetch-intel.sh (it installs the open ip-location-db and GeoNames data;"
          + " set -Ddaylight.intel.dir or DAYLIGHT_INTEL_DIR to use another directory)");
    }
    return dir;
  }
}
