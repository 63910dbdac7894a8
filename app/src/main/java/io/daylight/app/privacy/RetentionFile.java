package io.daylight.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.daylight.store.RetentionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads retention periods from a YAML (or JSON) file with a {@code retention} section:
 *
 * <pre>
 * retention:
 *   events: 90d         # raw telemetry
 *   rejected: 30d       # lines ingest refused
 *   findings: 365d
 *   closed_cases: 180d  # from the decision
 *   audit: 2190d
 * </pre>
 *
 * A period is {@code <days>d} or an ISO-8601 duration ({@code P90D}). A class left out keeps its
 * default ({@link RetentionPolicy#DEFAULT}); an unknown key is an error, as in the context file,
 * because a misspelt class would otherwise keep its data for the default period unnoticed.
 */
public final class RetentionFile {
  /** The keys, in documentation order. */
  public static final String[] KEYS = {"events", "rejected", "findings", "closed_cases", "audit"};

  private RetentionFile() {}

  /** Thrown with a message a user can act on. */
  public static final class InvalidRetentionException extends Exception {
    InvalidRetentionException(String message) {
      super(message);
    }
  }

  public static RetentionPolicy load(Path file) throws IOException, InvalidRetentionException {
    return parse(Files.readString(file), file.toString());
  }

  public static RetentionPolicy parse(String text, String name) throws IOException, InvalidRetentionException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(text);
    if (root == null || root.isMissingNode() || root.isNull()) return RetentionPolicy.DEFAULT;
    JsonNode section = root.get("retention");
    if (section == null) throw new InvalidRetentionException(name + ": no 'retention' section");
    if (!section.isObject()) throw new InvalidRetentionException(name + ": 'retention' must be a mapping");
    Map<String, Duration> periods = new LinkedHashMap<>(asMap(RetentionPolicy.DEFAULT));
    for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!periods.containsKey(e.getKey())) {
        throw new InvalidRetentionException(name + ": unknown data class '" + e.getKey() + "' (expected one of "
            + String.join(", ", KEYS) + ")");
      }
      periods.put(e.getKey(), period(e.getValue().asText(), name + ": retention." + e.getKey()));
    }
    try {
      return fromMap(periods);
    } catch (IllegalArgumentException e) {
      throw new InvalidRetentionException(name + ": " + e.getMessage());
    }
  }

  /** {@code 90d} or {@code P90D}. */
  public static Duration period(String text, String where) throws InvalidRetentionException {
    String t = text.trim();
    try {
      if (t.matches("\\d+d")) return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
      return Duration.parse(t);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new InvalidRetentionException(where + ": '" + text + "' is not a period (write 90d or P90D)");
    }
  }

  public static Map<String, Duration> asMap(RetentionPolicy p) {
    Map<String, Duration> m = new LinkedHashMap<>();
    m.put("events", p.events());
    m.put("rejected", p.rejected());
    m.put("findings", p.findings());
    m.put("closed_cases", p.closedCases());
    m.put("audit", p.audit());
    return m;
  }

  public static RetentionPolicy fromMap(Map<String, Duration> m) {
    return new RetentionPolicy(m.get("events"), m.get("rejected"), m.get("findings"), m.get("closed_cases"), m.get("audit"));
  }
}
