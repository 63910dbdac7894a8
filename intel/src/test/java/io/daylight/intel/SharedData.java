package io.daylight.intel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the reference data tests read: {@code <project root>/testdata} (copied with licences from the public sources testdata/README.md names). */
final class SharedData {

  /** The commit of X4BNet/lists_vpn the reference copy was taken at (testdata/README.md). */
  static final String X4BNET_COMMIT = "167937a";

  private SharedData() {}

  static Path x4bnet() {
    return projectRoot().resolve("testdata/x4bnet-vpn");
  }

  static Path projectRoot() {
    String root = System.getProperty("daylight.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>daylight-parent</artifactId>")) {
          return dir;
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + pom, e);
      }
    }
    throw new IllegalStateException("no daylight-parent pom.xml above " + Path.of("").toAbsolutePath());
  }
}
