package io.daylight.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a rejected line may keep when it is a keystroke batch. Rejected lines are kept with their
 * reason so an operator can mend the sensor that sent them, but the batches most likely to be
 * rejected are the ones that carry what Daylight must never hold: the keys themselves (a sensor
 * that sends {@code "keys":"hunter2"}, or key codes inside {@code down_ms}). So a rejected keystroke
 * batch keeps its shape and its timing, never anything that could be typed content:
 *
 * <ul>
 *   <li>the envelope ({@code type, time, id, subject, device_id, source}) when it is a plain value;
 *   <li>numbers inside {@code down_ms, up_ms, pointer_ms} (instants are timing);
 *   <li>every other value, at any depth, becomes {@value #REMOVED}; field names stay, so the
 *       reason ("field 'keys'") still points at the fault.
 * </ul>
 *
 * A line that does not parse as JSON but names the keystrokes type keeps none of its text: what is
 * in it cannot be told apart from content. Every other line is kept as it came.
 */
final class RejectedKeystrokes {
  static final String REMOVED = "[removed: Daylight keeps no key identities]";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ENVELOPE = Set.of("type", "time", "id", "subject", "device_id", "source");
  private static final Set<String> INSTANTS = Set.of("down_ms", "up_ms", "pointer_ms");

  private RejectedKeystrokes() {}

  /** The raw text to keep for a rejected line. */
  static String keptRaw(String line) {
    JsonNode tree;
    try {
      tree = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      tree = null;
    }
    if (tree == null || !tree.isObject()) {
      return line.contains("\"keystrokes\"")
          ? "[not kept: an unparseable keystroke batch of " + line.length() + " characters may carry key identities]"
          : line;
    }
    if (!"keystrokes".equals(tree.path("type").asText(null))) return line;
    ObjectNode kept = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      if (ENVELOPE.contains(f.getKey())) kept.set(f.getKey(), v.isValueNode() ? v : text(REMOVED));
      else if (INSTANTS.contains(f.getKey())) kept.set(f.getKey(), instants(v));
      else kept.put(f.getKey(), REMOVED);
    }
    return kept.toString();
  }

  private static JsonNode instants(JsonNode v) {
    if (v.isNumber()) return v;
    if (!v.isArray()) return text(REMOVED);
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode x : v) out.add(x.isNumber() ? x : text(REMOVED));
    return out;
  }

  private static JsonNode text(String s) {
    return JSON.getNodeFactory().textNode(s);
  }
}
