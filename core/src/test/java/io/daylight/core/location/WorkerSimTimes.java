package io.daylight.core.location;

import io.daylight.core.testkit.WorkerSim;

/** The scenarios' common start, for hand-built event lists. */
final class WorkerSimTimes {
  static final long START = WorkerSim.START;

  private WorkerSimTimes() {}
}
