package io.daylight.core.vendor;

import java.text.Normalizer;
import java.util.Locale;

/** Agency names as one key: "StaffPro, LLC" and "staffpro llc" are one agency. */
public final class Agencies {
  private Agencies() {}

  /** The subject of agency findings: {@code agency:<normalised name>}, or null for no name. */
  public static String subject(String agency) {
    if (agency == null) return null;
    String s = Normalizer.normalize(agency, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    s = s.replaceAll("[^a-z0-9]+", " ").trim();
    return s.isEmpty() ? null : "agency:" + s;
  }
}
