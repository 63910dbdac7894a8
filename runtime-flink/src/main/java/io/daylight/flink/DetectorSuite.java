package io.daylight.flink;

import io.daylight.core.detect.Detector;
import io.daylight.core.event.Event;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The detectors a job runs and the enrich step in front of them, as a recipe rather than objects:
 * detectors are not serialisable (they may hold intel tables), so every Flink task builds its own
 * from this recipe when it opens. {@link #detectors()} must return the same detectors in the same
 * order every time: a detector's position is part of the key its state lives under.
 */
@FunctionalInterface
public interface DetectorSuite extends Serializable {

  List<Detector<?>> detectors();

  /** The enrich step applied to every parsed event before routing and detection (default: none). */
  default UnaryOperator<Event> enricher() {
    return UnaryOperator.identity();
  }

  /**
   * What the job keeps of each line before detection, or null to detect on lines as received (the
   * batch scan, whose output files stay with whoever ran it). The streaming job that writes the
   * shared store pseudonymises here, as serve does before it stores.
   */
  default LineForm lineForm() {
    return null;
  }
}
