package io.daylight.intel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The loaded reference data: IP intelligence and the city gazetteer, immutable and safe to share
 * across threads. Load once per process ({@link #shared()} does) — loading parses ~0.5 M ASN
 * ranges and ~135 k cities.
 */
public final class Intel {

  private final Path directory;
  private final MmdbIpIntel ipIntel;
  private final CityGazetteer gazetteer;
  private final long loadMillis;

  private Intel(Path directory, MmdbIpIntel ipIntel, CityGazetteer gazetteer, long loadMillis) {
    this.directory = directory;
    this.ipIntel = ipIntel;
    this.gazetteer = gazetteer;
    this.loadMillis = loadMillis;
  }

  /** Loads from a fetched directory with the bundled network catalogue and no CIDR lists. */
  public static Intel load(Path dir) throws IOException {
    return load(dir, NetworkCatalogue.bundled(), List.of());
  }

  /**
   * Loads from a fetched directory.
   *
   * @param catalogue ASN classification, usually {@link NetworkCatalogue#bundled()}, possibly
   *     plus reviewed imports
   * @param cidrLists finer CIDR-level classification, e.g. {@link CidrNetworkList#x4bnet}
   */
  public static Intel load(Path dir, NetworkCatalogue catalogue, List<CidrNetworkList> cidrLists)
      throws IOException {
    IntelDirectory.require(dir);
    long start = System.nanoTime();
    MmdbIpIntel ip = MmdbIpIntel.open(dir, catalogue, cidrLists);
    CityGazetteer places = CityGazetteer.read(dir.resolve("cities.tsv"));
    return new Intel(dir, ip, places, (System.nanoTime() - start) / 1_000_000);
  }

  /** The data in {@link IntelDirectory#locate()}, loaded on first use and kept for the process. */
  public static Intel shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Intel INSTANCE;

    static {
      try {
        INSTANCE = load(IntelDirectory.locate());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public MmdbIpIntel ipIntel() {
    return ipIntel;
  }

  public CityGazetteer gazetteer() {
    return gazetteer;
  }

  public Path directory() {
    return directory;
  }

  /** One line for logs: what was loaded, how long it took, roughly how much heap it holds. */
  public String summary() {
    return ipIntel.describe() + ", " + gazetteer.size() + " cities; loaded in " + loadMillis + " ms, ~"
        + (ipIntel.heapBytes() + gazetteer.heapBytes()) / (1024 * 1024) + " MB heap (mmdb files memory-mapped)";
  }
}
