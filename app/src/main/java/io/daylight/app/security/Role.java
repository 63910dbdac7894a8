package io.daylight.app.security;

import java.util.Locale;

/** What a person or a token may do; see {@link Permission} for the mapping to endpoints. */
public enum Role {
  /** Everything, including tokens and exports. */
  ADMIN,
  /** Reads cases and personal data, assigns, comments, decides. */
  ANALYST,
  /** Reads cases and the audit log; changes nothing. */
  AUDITOR,
  /** Writes events (sensors, importers, automation); reads nothing personal. */
  INGEST;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String s) {
    try {
      return Role.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown role: " + s + " (admin, analyst, auditor, ingest)");
    }
  }
}
