package io.daylight.app.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.detect.SubjectKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer key of a labelled scenario: which workers and applications were fraudulent. Two
 * shapes are read:
 *
 * <ul>
 *   <li>{@code {"workers": {id: {"fraud": bool}}, "applications": {id: {"fraud": bool}}}};
 *   <li>the demo's {@code {"subjects": {id: {"scheme": null | name, …}}, "applications": {id:
 *       {"labels": [...]}}}}: a worker is fraudulent when it has a scheme; an application when a
 *       label names a ring ({@code applicant_ring}, {@code ring_hire}) or a scheme, or it was the
 *       hiring application ({@code hire:<id>}) of a worker with a scheme. Other labels name honest
 *       look-alikes. Applications the key does not list are honest when it says
 *       {@code "unlabelled_applications_are": "honest"}; they are then counted from the scan's input
 *       files ({@link #addUnlisted}).
 * </ul>
 *
 * Keys are {@code worker:<id>} and {@code applicant:<id>}.
 */
public final class Labels {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RING_LABELS = Set.of("applicant_ring", "ring_hire");

  private final Map<String, Boolean> fraud = new LinkedHashMap<>();
  private final boolean unlistedApplicationsHonest;

  private Labels(boolean unlistedApplicationsHonest) {
    this.unlistedApplicationsHonest = unlistedApplicationsHonest;
  }

  public static String key(SubjectKind kind, String id) {
    return (kind == SubjectKind.WORKER ? "worker:" : "applicant:") + id;
  }

  public static Labels read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) throw new IOException(file + " is not a JSON object");
    Labels l = new Labels("honest".equals(root.path("unlabelled_applications_are").asText()));
    if (root.has("workers")) {
      fields(root.get("workers"), (id, v) -> l.fraud.put(key(SubjectKind.WORKER, id), v.path("fraud").asBoolean()));
      fields(root.path("applications"), (id, v) -> l.fraud.put(key(SubjectKind.APPLICANT, id), v.path("fraud").asBoolean()));
    } else if (root.has("subjects")) {
      Set<String> schemes = new TreeSet<>();
      Set<String> schemeWorkers = new TreeSet<>();
      fields(root.get("subjects"), (id, v) -> {
        boolean scheme = v.hasNonNull("scheme");
        if (scheme) {
          schemes.add(v.get("scheme").asText());
          schemeWorkers.add(id);
        }
        l.fraud.put(key(SubjectKind.WORKER, id), scheme);
      });
      fields(root.path("applications"), (id, v) -> {
        boolean f = false;
        for (JsonNode label : v.path("labels")) {
          String s = label.asText();
          f |= RING_LABELS.contains(s) || schemes.contains(s)
              || s.startsWith("hire:") && schemeWorkers.contains(s.substring("hire:".length()));
        }
        l.fraud.put(key(SubjectKind.APPLICANT, id), f);
      });
    } else {
      throw new IOException(file + " has neither \"workers\" nor \"subjects\": not a labels file");
    }
    return l;
  }

  /** Applications in the scan's input that the key does not list, as honest when it says so. */
  public int addUnlisted(List<Path> eventFiles) throws IOException {
    if (!unlistedApplicationsHonest) return 0;
    int added = 0;
    for (Path p : eventFiles) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.contains("\"application\"")) continue;
          JsonNode e;
          try {
            e = JSON.readTree(line);
          } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            continue; // scan rejected it too (rejected.ndjson)
          }
          if (e != null && "application".equals(e.path("type").asText()) && e.hasNonNull("id")
              && fraud.putIfAbsent(key(SubjectKind.APPLICANT, e.get("id").asText()), false) == null) {
            added++;
          }
        }
      }
    }
    return added;
  }

  public Map<String, Boolean> fraud() {
    return fraud;
  }

  private static void fields(JsonNode obj, java.util.function.BiConsumer<String, JsonNode> each) {
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      each.accept(e.getKey(), e.getValue());
    }
  }
}
