package io.daylight.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Building contract-v1 event objects: field names and the one time format the contract reads. */
public final class Contract {
  public static final ObjectMapper JSON = new ObjectMapper();

  private Contract() {}

  /** A new event with the common fields first, in the contract's order; {@code subject} may be null (applications). */
  public static ObjectNode event(String type, String id, Instant time, String subject) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", type);
    if (id != null) o.put("id", id);
    o.put("time", time(time));
    if (subject != null) o.put("subject", subject);
    return o;
  }

  /** RFC 3339 in UTC with {@code Z}, fractional seconds only when present. */
  public static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  /**
   * Parses a vendor's ISO 8601 / RFC 3339 timestamp that carries an offset or Z. A timestamp
   * without an offset is refused: guessing the zone would move events by hours, and the location
   * detectors reason in minutes.
   */
  public static Instant instant(String text, String field) throws Unconvertible {
    if (text == null || text.isBlank()) throw Unconvertible.reject("missing " + field);
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      throw Unconvertible.reject(field + " is not an ISO 8601 time with an offset: " + abbreviate(text));
    }
  }

  /** Puts a string field only when it has a value: the contract treats absent and empty alike. */
  public static void put(ObjectNode o, String field, String value) {
    if (value != null && !value.isBlank()) o.put(field, value);
  }

  /** The text of a node, or null for missing, null or empty. */
  public static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.isContainerNode()) return null;
    String s = n.asText();
    return s.isBlank() ? null : s;
  }

  public static String abbreviate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
