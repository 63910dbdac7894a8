package io.daylight.app.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.privacy.Pseudonyms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Daylight keeps of an accepted line (GDPR Art. 5(1)(c), 25): minimised at the edge, then
 * pseudonymised. The stored form is what detectors see, live and on replay alike.
 *
 * <ul>
 *   <li>Only fields with a purpose in {@link DataInventory} are kept; fields it marks UNUSED and
 *       any field outside the contract (vendor extras, window titles, command lines) are dropped.
 *       The inventory document and this filter read the same table, so they cannot disagree.
 *   <li>An inventory keeps only the processes the remote-access catalogue recognises: the rest of
 *       a device's process list says what else a person runs (health apps, messengers) and no
 *       detector reads it. A newly catalogued tool is caught at the device's next report (the agent
 *       reports daily). Home-directory segments of paths become {@code <user>}: the catalogue's
 *       install paths use a wildcard there, so matching is unchanged.
 *   <li>The worker id ({@code subject}) becomes its keyed pseudonym; the id goes to the identities
 *       table only.
 *   <li>IP addresses are kept whole (the inventory states why, field by field): each one is
 *       looked up again when serve replays stored events after a restart, exact equality between
 *       workers is the laptop-farm signal (a /24 would merge unrelated neighbours behind one carrier
 *       NAT), corporate-egress ranges are matched per address, and VPN lists name single exits
 *       that a truncated address would miss. They go with the raw telemetry at the end of its
 *       retention period.
 * </ul>
 */
public final class StoredForm {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Home directories on Windows, macOS and Linux: the next segment is a user name. */
  private static final Pattern HOME = Pattern.compile("(?i)((?:[a-z]:)?[\\\\/](?:users|home|documents and settings)[\\\\/])[^\\\\/]+");

  private final Pseudonyms pseudonyms;
  private final RemoteAccessCatalogue tools;
  /** type → wire paths kept ("candidate.address.line1", "processes[].name"), with every prefix. */
  private final Map<String, Set<String>> kept;

  public StoredForm(Pseudonyms pseudonyms, RemoteAccessCatalogue tools) {
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
    this.tools = Objects.requireNonNull(tools, "tools");
    this.kept = keptPaths();
  }

  public Pseudonyms pseudonyms() {
    return pseudonyms;
  }

  /** The line to store for an accepted event, and the worker id behind its pseudonym (null without a subject). */
  public record Stored(String line, String pseudonym, String subject) {}

  /**
   * @param e the parsed event (its id is final: computed from the received line when absent)
   * @param raw the line as received
   */
  public Stored of(Event e, byte[] raw) {
    ObjectNode in;
    try {
      in = (ObjectNode) JSON.readTree(raw);
    } catch (java.io.IOException | ClassCastException ex) {
      throw new IllegalStateException("an accepted line no longer parses: " + ex.getMessage(), ex);
    }
    String type = e.type().wire();
    ObjectNode out = JSON.createObjectNode();
    out.put("type", type);
    out.put("id", e.id());
    Set<String> allowed = kept.getOrDefault(type, Set.of());
    for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String k = f.getKey();
      if (k.equals("type") || k.equals("id")) continue;
      if (k.equals("time")) {
        out.set(k, f.getValue());
      } else if (allowed.contains(k)) {
        JsonNode v = minimise(f.getValue(), k, allowed);
        if (v != null) out.set(k, v);
      }
    }
    if (e instanceof Inventory) keepCataloguedProcesses(out);
    String subject = e.subject();
    String pseudonym = null;
    if (subject != null) {
      pseudonym = pseudonyms.of(subject);
      out.put("subject", pseudonym);
      if (Pseudonyms.isPseudonym(subject)) subject = null; // already pseudonymised upstream: nothing to remember
    }
    try {
      return new Stored(JSON.writeValueAsString(out), pseudonym, subject);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * What to keep of a refused line: as received, except that a JSON object's string
   * {@code subject} becomes its pseudonym, so the rejected table names workers the way the events
   * table does. {@link Stored#subject} is the worker id behind it, for the identities table (so an
   * erasure by worker id still finds the line); both are null when nothing was replaced. A line
   * that does not parse cannot be pseudonymised and is kept as it is: it exists for diagnosis, for
   * the rejected period only.
   */
  public Stored ofRejected(String raw) {
    JsonNode n;
    try {
      n = raw == null ? null : JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      n = null;
    }
    JsonNode subject = n == null || !n.isObject() ? null : n.get("subject");
    if (subject == null || !subject.isTextual() || Pseudonyms.isPseudonym(subject.asText())) {
      return new Stored(raw, null, null);
    }
    String pseudonym = pseudonyms.of(subject.asText());
    ((ObjectNode) n).put("subject", pseudonym);
    return new Stored(n.toString(), pseudonym, subject.asText());
  }

  private static JsonNode minimise(JsonNode v, String path, Set<String> allowed) {
    if (v.isObject()) {
      ObjectNode o = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String p = path + "." + f.getKey();
        if (!allowed.contains(p)) continue;
        JsonNode c = minimise(f.getValue(), p, allowed);
        if (c != null) o.set(f.getKey(), c);
      }
      return o;
    }
    if (v.isArray() && allowed.contains(path + "[]")) {
      ArrayNode a = JSON.createArrayNode();
      for (JsonNode x : v) {
        JsonNode c = minimise(x, path + "[]", allowed);
        if (c != null) a.add(c);
      }
      return a;
    }
    return v;
  }

  private void keepCataloguedProcesses(ObjectNode inventory) {
    JsonNode procs = inventory.get("processes");
    if (procs == null || !procs.isArray()) return;
    ArrayNode kept = JSON.createArrayNode();
    for (JsonNode p : procs) {
      if (!p.isObject()) continue;
      Inventory.Process proc = new Inventory.Process(text(p, "name"), text(p, "path"), text(p, "signer"));
      if (tools.match(proc).isEmpty()) continue;
      ObjectNode o = (ObjectNode) p;
      if (proc.path() != null) o.put("path", withoutUser(proc.path()));
      kept.add(o);
    }
    inventory.set("processes", kept);
  }

  /** C:\Users\jdoe\AppData\…\x.exe → C:\Users\&lt;user&gt;\AppData\…\x.exe */
  static String withoutUser(String path) {
    return HOME.matcher(path).replaceAll("$1<user>");
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** From the inventory's purposes: every field with one (not UNUSED), in wire names, with each prefix. */
  static Map<String, Set<String>> keptPaths() {
    Map<String, Set<String>> out = new HashMap<>();
    for (Map.Entry<String, String> p : DataInventory.PURPOSE.entrySet()) {
      if (p.getValue().equals(DataInventory.UNUSED)) continue;
      String key = p.getKey();
      int dot = key.indexOf('.');
      String type = key.substring(0, dot);
      String path = wire(key.substring(dot + 1));
      Set<String> set = out.computeIfAbsent(type, t -> new HashSet<>());
      // Every prefix too: "candidate" and "candidate.address" must be walked into.
      for (int i = 0; i < path.length(); i++) {
        if (path.charAt(i) == '.') set.add(path.substring(0, i));
        if (path.startsWith("[]", i)) {
          set.add(path.substring(0, i));
          set.add(path.substring(0, i + 2));
        }
      }
      set.add(path);
    }
    return out;
  }

  /** Record component names to the contract's snake_case ("declaredLocation" → "declared_location"). */
  static String wire(String recordPath) {
    StringBuilder b = new StringBuilder(recordPath.length() + 8);
    for (char c : recordPath.toCharArray()) {
      if (Character.isUpperCase(c)) b.append('_').append(Character.toLowerCase(c));
      else b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
