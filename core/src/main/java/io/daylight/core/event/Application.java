package io.daylight.core.event;

import java.util.List;

/** A job application from an applicant-tracking system. Its subject is its own id. */
public record Application(
    String id,
    long time,
    String position,
    Candidate candidate,
    String ip,
    String userAgent,
    String deviceId,
    Integer clientUtcOffsetMin,
    String resumeText,
    List<Education> education,
    List<Employer> employers,
    String photoPhash,
    Source source) implements Event {

  public Application {
    education = education == null ? List.of() : List.copyOf(education);
    employers = employers == null ? List.of() : List.copyOf(employers);
  }

  @Override public String subject() { return id; }
  @Override public EventType type() { return EventType.APPLICATION; }

  /** Who applied; {@code nationalId} is an opaque keyed hash, never the document number. */
  public record Candidate(String name, String email, String phone, Place location, List<String> links,
                          Address address, String birthDate, String nationalId) {
    public Candidate {
      links = links == null ? List.of() : List.copyOf(links);
    }
  }

  public record Education(String institution, String country, String degree, Integer endYear) {}

  public record Employer(String name, String country, String title, String start, String end) {}

  /** How the application arrived: channel, staffing agency, referring worker. */
  public record Source(String channel, String agency, String referrer) {}
}
