package io.daylight.app.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.event.Rtt;
import io.daylight.core.geo.GeoPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the contract's context file (YAML or JSON; JSON is YAML). Unknown keys are an error rather
 * than silently ignored: a misspelt {@code corporate_egres} would otherwise flag a whole office.
 */
public final class ContextFile {
  private ContextFile() {}

  /** Thrown with a message a user can act on. */
  public static final class InvalidContextException extends Exception {
    public InvalidContextException(String message) {
      super(message);
    }
  }

  public static DeploymentContext load(Path file) throws IOException, InvalidContextException {
    return parse(Files.readString(file), file);
  }

  /** Parses context text; {@code file} only names it in error messages. */
  public static DeploymentContext parse(String text, Path file) throws IOException, InvalidContextException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(text);
    if (root == null || root.isNull() || root.isMissingNode()) return DeploymentContext.EMPTY;
    if (!root.isObject()) throw new InvalidContextException(file + ": the context must be a mapping");
    Set<String> known = Set.of("corporate_egress", "sanctioned_tools", "landmarks", "watchlists");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) throw new InvalidContextException(file + ": unknown key '" + k + "' (expected one of " + known + ")");
    }
    List<String> cidrs = strings(root.get("corporate_egress"), "corporate_egress", file);
    CidrSet egress;
    try {
      egress = CidrSet.of(cidrs);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InvalidContextException(file + ": corporate_egress: " + e.getMessage());
    }
    Set<String> tools = new LinkedHashSet<>(strings(root.get("sanctioned_tools"), "sanctioned_tools", file));
    List<Rtt.Landmark> landmarks = new ArrayList<>();
    JsonNode lm = root.get("landmarks");
    if (lm != null && !lm.isNull()) {
      if (!lm.isArray()) throw new InvalidContextException(file + ": landmarks must be a list of {id, lat, lon}");
      for (JsonNode n : lm) {
        if (!n.path("id").isTextual() || !n.path("lat").isNumber() || !n.path("lon").isNumber()
            || !GeoPoint.valid(n.get("lat").asDouble(), n.get("lon").asDouble())) {
          throw new InvalidContextException(file + ": each landmark needs id, and lat/lon in range: " + n);
        }
        landmarks.add(new Rtt.Landmark(n.get("id").asText(), n.get("lat").asDouble(), n.get("lon").asDouble()));
      }
    }
    return new DeploymentContext(egress, tools, landmarks, watchlists(root.get("watchlists"), file));
  }

  /**
   * Watchlists as a list of {kind, value, source, date}, or as a mapping kind → list of
   * {name|value, source, date}. An entry without a source is refused: an analyst must be able to
   * check why a name is on a list.
   */
  private static List<DeploymentContext.WatchlistEntry> watchlists(JsonNode node, Path file) throws InvalidContextException {
    List<DeploymentContext.WatchlistEntry> out = new ArrayList<>();
    if (node == null || node.isNull()) return out;
    if (node.isArray()) {
      for (JsonNode n : node) out.add(entry(n.path("kind").asText(null), n, file));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isArray()) throw new InvalidContextException(file + ": watchlists." + e.getKey() + " must be a list");
        for (JsonNode n : e.getValue()) out.add(entry(e.getKey(), n, file));
      }
    } else {
      throw new InvalidContextException(file + ": watchlists must be a list or a mapping");
    }
    return out;
  }

  private static DeploymentContext.WatchlistEntry entry(String kind, JsonNode n, Path file) throws InvalidContextException {
    String value = n.isTextual() ? n.asText() : n.path("value").asText(n.path("name").asText(null));
    String source = n.path("source").asText(null);
    if (kind == null || value == null || source == null) {
      throw new InvalidContextException(file + ": each watchlist entry needs kind, value (or name) and source: " + n);
    }
    return new DeploymentContext.WatchlistEntry(singular(kind), value, source, n.path("date").asText(null));
  }

  /** "institutions" and "institution" mean the same list. */
  private static String singular(String kind) {
    return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
  }

  private static List<String> strings(JsonNode node, String name, Path file) throws InvalidContextException {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) return out;
    if (!node.isArray()) throw new InvalidContextException(file + ": " + name + " must be a list of strings");
    for (JsonNode n : node) {
      if (!n.isTextual()) throw new InvalidContextException(file + ": " + name + " must be a list of strings");
      out.add(n.asText());
    }
    return out;
  }
}
