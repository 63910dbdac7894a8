package io.daylight.core.score;

import java.util.Locale;

/** How urgently a case needs a person. {@code HIGH} means: open an investigation. */
public enum Level {
  HIGH, MEDIUM, LOW;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
