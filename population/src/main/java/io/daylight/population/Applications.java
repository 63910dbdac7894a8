package io.daylight.population;

import java.util.List;
import java.util.SplittableRandom;

/** Every application over the window: the hires' own, the honest crowd, rings and reused identities. */
final class Applications {
  Applications(SplittableRandom random, List<Hire> hires, int applications, int days) {
    throw new UnsupportedOperationException("not written yet");
  }

  void write(Events events, Truth truth) {
    throw new UnsupportedOperationException("not written yet");
  }
}
