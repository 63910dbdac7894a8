package io.daylight.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer key, for evaluation only (no detector may read it). Format of {@code truth.json}:
 *
 * <pre>{@code
 * {"generator": ..., "seed": 7, "start": "2026-03-02", "days": 90,
 *  "workers":      {"w-0001": {"fraud": false, "behaviour": "mobile_data", "difficulty": null,
 *                              "traits": ["mobile_data", "agency_contractor"], "application": "app-00017"}},
 *  "applications": {"app-00017": {"fraud": false, "behaviour": "honest", "difficulty": null,
 *                                 "traits": [], "hire": "w-0001"}}}
 * }</pre>
 *
 * {@code behaviour} is the one class a subject is reported under (a fraud scheme for fraud, else
 * the honest look-alike it was planted as, or {@code honest}); {@code difficulty} is
 * {@code obvious|moderate|subtle} for fraud, null for honest; {@code traits} lists everything else
 * planted on it. Every worker and every application appears.
 */
final class Truth {
  /** One subject's label. */
  record Label(boolean fraud, String behaviour, String difficulty, List<String> traits, String link) {
    Label {
      traits = List.copyOf(traits);
      if (fraud && difficulty == null) throw new IllegalArgumentException("fraud needs a difficulty");
    }
  }

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> workers = new TreeMap<>();
  private final Map<String, Map<String, Object>> applications = new TreeMap<>();

  Truth(String generator, long seed, LocalDate start, int days) {
    root.put("generator", generator);
    root.put("seed", seed);
    root.put("start", start.toString());
    root.put("days", days);
    root.put("note", "Answer key for evaluation. Detectors must never read this file.");
  }

  /** {@code label.link()} is the worker's hiring application id, or null. */
  void worker(String id, Label label) {
    workers.put(id, entry(label, "application"));
  }

  /** {@code label.link()} is the worker id this application led to, or null. */
  void application(String id, Label label) {
    applications.put(id, entry(label, "hire"));
  }

  private static Map<String, Object> entry(Label l, String linkName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fraud", l.fraud());
    m.put("behaviour", l.behaviour());
    m.put("difficulty", l.difficulty());
    m.put("traits", l.traits());
    m.put(linkName, l.link());
    return m;
  }

  void write(Path file) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>(root);
    out.put("workers", workers);
    out.put("applications", applications);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
  }
}
