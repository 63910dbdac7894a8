package io.daylight.app.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.output.OcsfFinding;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.LabelledSubject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scan's findings set against an answer key: the labelled subjects each finding is about, and,
 * for the reliability check, each labelled subject's predicted posterior.
 *
 * <p>A worker finding is about its worker; an applicant finding about every application in it
 * (its members), so a ring's cluster finding counts once per application it names.
 */
public final class LabelledFindings {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledFindings() {}

  /**
   * Findings from {@code findings.ndjson} (OCSF, complete) or {@code cases.json} (only each case's
   * strongest finding per group survives there, so a weaker finding of a group is not counted).
   */
  public static List<Finding> read(Path file) throws IOException {
    List<Finding> out = new ArrayList<>();
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      JsonNode cases = JSON.readTree(file.toFile());
      if (cases == null || !cases.isArray()) throw new IOException(file + " is not a cases.json array");
      for (JsonNode c : cases) {
        SubjectKind kind = SubjectKind.valueOf(c.path("kind").asText().toUpperCase(Locale.ROOT));
        List<String> members = new ArrayList<>();
        c.path("members").forEach(m -> members.add(m.asText()));
        for (JsonNode r : c.path("reasons")) {
          out.add(new Finding(r.path("finding").asText(), r.path("detector").asText(), c.path("subject").asText(), kind,
              0, r.path("title").asText(), "", Math.pow(10, r.path("log10_likelihood_ratio").asDouble()),
              r.path("group").asText(), List.of(), List.of(), members));
        }
      }
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) out.add(OcsfFinding.fromJson(JSON.readTree(line)));
      }
    }
    return out;
  }

  /** The keys ({@link Labels#key}) a finding is about. */
  static List<String> about(Finding f) {
    if (f.kind() == SubjectKind.WORKER) return List.of(Labels.key(SubjectKind.WORKER, f.subject()));
    List<String> keys = new ArrayList<>();
    for (String m : f.members()) keys.add(Labels.key(SubjectKind.APPLICANT, m));
    return keys;
  }

  /** Every labelled subject with the findings about it (subjects without findings included). */
  public static List<LabelledSubject> subjects(List<Finding> findings, Map<String, Boolean> labels) {
    Map<String, List<Finding>> byKey = new HashMap<>();
    for (Finding f : findings) {
      if (!f.kind().formsCase()) continue;
      for (String k : about(f)) if (labels.containsKey(k)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
    }
    List<LabelledSubject> out = new ArrayList<>(labels.size());
    for (Map.Entry<String, Boolean> e : labels.entrySet()) {
      SubjectKind kind = e.getKey().startsWith("worker:") ? SubjectKind.WORKER : SubjectKind.APPLICANT;
      out.add(new LabelledSubject(e.getKey(), kind, e.getValue(), byKey.getOrDefault(e.getKey(), List.of())));
    }
    return out;
  }

  /**
   * Each labelled subject's posterior: the highest of the cases it is in (its worker case, or the
   * applicant cases that name it), the prior when it is in none.
   */
  public static Map<String, Double> posteriors(CaseScorer scorer, List<Finding> findings, Map<String, Boolean> labels) {
    Map<String, Double> p = new LinkedHashMap<>();
    for (String k : labels.keySet()) p.put(k, scorer.policy().prior());
    for (Case c : scorer.score(findings)) {
      List<String> keys = new ArrayList<>();
      keys.add(Labels.key(c.kind(), c.subject()));
      for (String m : c.members()) keys.add(Labels.key(c.kind(), m));
      for (String k : keys) p.computeIfPresent(k, (x, old) -> Math.max(old, c.posterior()));
    }
    return p;
  }
}
