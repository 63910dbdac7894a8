package io.daylight.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The hired workforce over the window: roster, sign-ins, devices, round trips, input timing, payroll. */
final class Workforce {
  Workforce(SplittableRandom random, int workers, int days) {
    throw new UnsupportedOperationException("not written yet");
  }

  List<Hire> hires() {
    throw new UnsupportedOperationException("not written yet");
  }

  /** The organisation's context file: landmarks, corporate egress, sanctioned tools. */
  Map<String, Object> context() {
    throw new UnsupportedOperationException("not written yet");
  }

  void write(Events events, Truth truth) {
    throw new UnsupportedOperationException("not written yet");
  }
}
