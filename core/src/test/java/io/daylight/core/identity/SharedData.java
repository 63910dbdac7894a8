package io.daylight.core.identity;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's testdata/ (public reference data with licences) from the project root (system property daylight.root, else walking up). */
final class SharedData {
  private SharedData() {}

  static Path path(String relative) {
    String root = System.getProperty("daylight.root");
    Path base = root != null ? Path.of(root) : projectRoot();
    return base.resolve("testdata").resolve(relative);
  }

  private static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path pom = p.resolve("pom.xml");
      try {
        if (Files.exists(pom) && Files.readString(pom).contains("<artifactId>daylight-parent</artifactId>")) return p;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      p = p.getParent();
    }
    throw new IllegalStateException("no daylight-parent pom above " + Path.of("").toAbsolutePath());
  }
}
