package io.daylight.app.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project root: the system property daylight.root (set by surefire), else walked up to daylight-parent. */
final class ProjectRoot {
  private ProjectRoot() {}

  static Path get() throws java.io.IOException {
    String prop = System.getProperty("daylight.root");
    if (prop != null) return Path.of(prop);
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path pom = p.resolve("pom.xml");
      if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>daylight-parent</artifactId>")) return p;
    }
    throw new IllegalStateException("no daylight-parent pom above " + Path.of("").toAbsolutePath());
  }
}
