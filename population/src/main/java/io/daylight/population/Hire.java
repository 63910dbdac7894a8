package io.daylight.population;

import java.util.List;

/**
 * What the workforce hands to the applications side: one hired worker as they applied. The
 * applications side writes the hiring application (with {@link #applicationId}) and, for a hire
 * that came through a scheme, the applications around it (a ring's other filings, reused
 * identities).
 *
 * @param workerId the roster id ({@code w-0001})
 * @param applicationId the hiring application's id
 * @param applicationDay day of the application relative to {@link FieldPopulation#START} (negative: before the window)
 * @param hireDay day of hire relative to the start (negative: hired before the window)
 * @param name the name the person applied and was hired under
 * @param email the personal e-mail given in the application (the roster holds a company mailbox)
 * @param phone E.164
 * @param city declared city; {@code region}, {@code country} ISO 3166; {@code lat}/{@code lon} its coordinates
 * @param zone declared IANA time zone
 * @param links profile links given (GitHub, LinkedIn), may be empty
 * @param agency the staffing agency that placed them, or null
 * @param scheme the fraud scheme behind this hire, or null for an honest hire
 * @param difficulty {@code obvious|moderate|subtle} for a scheme, else null
 * @param crew for a scheme: the operating team's id (hires sharing it are run by one team), else null
 */
record Hire(
    String workerId, String applicationId, int applicationDay, int hireDay,
    String name, String email, String phone,
    String city, String region, String country, double lat, double lon, String zone,
    List<String> links, String agency, String scheme, String difficulty, String crew) {

  Hire {
    links = List.copyOf(links);
  }

  boolean honest() {
    return scheme == null;
  }
}
