package io.daylight.core.identity;

import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The smallest runtime: records findings and timers for one key. */
final class RecordingContext implements DetectorContext {
  final List<Finding> findings = new ArrayList<>();
  final TreeSet<Long> timers = new TreeSet<>();
  private final String key;
  long watermark = Long.MIN_VALUE;

  RecordingContext(String key) {
    this.key = key;
  }

  @Override public String key() { return key; }
  @Override public long watermark() { return watermark; }
  @Override public void emit(Finding finding) { findings.add(finding); }
  @Override public void timerAt(long eventTime) { timers.add(eventTime); }
}
