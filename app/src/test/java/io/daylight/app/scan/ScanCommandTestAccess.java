package io.daylight.app.scan;

import java.util.List;

/** The scan tests' scenario, for tests in other packages. */
public final class ScanCommandTestAccess {
  private ScanCommandTestAccess() {}

  public static List<String> scenario() {
    return ScanCommandTest.scenario();
  }
}
