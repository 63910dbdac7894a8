package io.daylight.app;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads reference data from the intel directory; falls back to none with a warning. */
final class IntelLoader {
  private IntelLoader() {}

  static Intel load(Path dir, PrintWriter err) {
    err.println("daylight: warning: reference data loader not wired yet; running without intel");
    return Intel.none();
  }
}
