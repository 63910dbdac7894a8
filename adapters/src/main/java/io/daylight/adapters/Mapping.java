package io.daylight.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping file given with {@code --mapping} (YAML or JSON; JSON is YAML). Two parts:
 * <ul>
 *   <li>{@code subjects}: vendor identity → worker id (an Okta login or user id, an Entra UPN, a
 *       Google e-mail, a git author e-mail, an osquery host identifier or hardware serial). Keys
 *       match case-insensitively.</li>
 *   <li>for the {@code csv} format: {@code type}, and contract field path → column name, see
 *       {@link io.daylight.adapters.csv.CsvImporter}.</li>
 * </ul>
 */
public final class Mapping {
  public static final Mapping NONE = new Mapping(new ObjectMapper().createObjectNode());
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final ObjectNode root;
  private final Map<String, String> subjects = new HashMap<>();

  private Mapping(ObjectNode root) {
    this.root = root;
    JsonNode s = root.get("subjects");
    if (s != null && s.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isValueNode()) subjects.put(key(e.getKey()), e.getValue().asText());
      }
    }
  }

  public static Mapping load(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  public static Mapping parse(String yamlOrJson) throws IOException {
    JsonNode n = YAML.readTree(yamlOrJson);
    if (n == null || n.isMissingNode() || n.isNull()) return NONE;
    if (!n.isObject()) throw new IOException("mapping file must be a YAML or JSON object");
    JsonNode s = n.get("subjects");
    if (s != null && !s.isObject()) throw new IOException("mapping 'subjects' must map vendor identities to worker ids");
    return new Mapping((ObjectNode) n);
  }

  /** The whole file, for format-specific sections. */
  public ObjectNode root() {
    return root;
  }

  public boolean hasSubjects() {
    return !subjects.isEmpty();
  }

  /**
   * The worker id for a vendor identity. With a {@code subjects} table, the first candidate found
   * in it wins and an identity absent from it is rejected (a contractor's or bot's account must
   * not be attributed to a worker by guess); without a table, the first candidate itself is the
   * worker id, so the HR roster must then use the same ids (logins).
   */
  public String subject(String what, String... candidates) throws Unconvertible {
    String first = null;
    for (String c : candidates) {
      if (c == null || c.isBlank()) continue;
      if (first == null) first = c;
      String mapped = subjects.get(key(c));
      if (mapped != null) return mapped;
    }
    if (first == null) throw Unconvertible.reject("no " + what + " to identify the worker");
    if (hasSubjects()) throw Unconvertible.reject("no worker mapped for " + what + " " + first + " in the mapping file's subjects");
    return first;
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
