package io.daylight.app.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A population's answer key ({@code truth.json}), read into one shape whichever generator wrote it:
 * per worker and per application, fraud or honest and the behaviour class it is reported under.
 * Detectors never read it; only the accuracy report does.
 *
 * <p>Two formats: the field population's ({@code workers}/{@code applications} with {@code fraud},
 * {@code behaviour}, {@code difficulty}) and the demo organisation's ({@code subjects} with
 * {@code scheme} and {@code labels}; {@code applications} with {@code labels}, unlabelled ones
 * honest).
 */
public record AnswerKey(String generator, long seed, Map<String, Label> workers, Map<String, Label> applications,
                        Map<String, String> hires) {

  /** @param difficulty {@code obvious|moderate|subtle} for fraud where the generator grades it, else null */
  public record Label(boolean fraud, String behaviour, String difficulty) {}

  /** The demo's application labels that mark a fraudulent filing: a ring, or the hiring application of a scheme. */
  private static final Set<String> DEMO_FRAUD_APPLICATION_LABELS =
      Set.of("applicant_ring", "laptop_farm", "shared_payroll", "vpn_worker");

  /** @param hires each hiring application's worker id */
  public AnswerKey {
    workers = Map.copyOf(workers);
    applications = Map.copyOf(applications);
    hires = Map.copyOf(hires);
  }

  public AnswerKey(String generator, long seed, Map<String, Label> workers, Map<String, Label> applications) {
    this(generator, seed, workers, applications, Map.of());
  }

  public static AnswerKey read(Path truthJson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(truthJson.toFile());
    String generator = root.path("generator").asText("unknown");
    long seed = root.path("seed").asLong();
    return root.has("subjects") ? demo(generator, seed, root) : field(generator, seed, root);
  }

  private static AnswerKey field(String generator, long seed, JsonNode root) {
    Map<String, String> hires = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("workers").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().path("application").isTextual()) hires.put(e.getValue().path("application").asText(), e.getKey());
    }
    return new AnswerKey(generator, seed, fieldLabels(root.path("workers")), fieldLabels(root.path("applications")), hires);
  }

  private static Map<String, Label> fieldLabels(JsonNode node) {
    Map<String, Label> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      boolean fraud = v.path("fraud").asBoolean();
      String difficulty = v.path("difficulty").isTextual() ? v.path("difficulty").asText() : null;
      out.put(e.getKey(), new Label(fraud, v.path("behaviour").asText(fraud ? "fraud" : "honest"), difficulty));
    }
    return out;
  }

  private static AnswerKey demo(String generator, long seed, JsonNode root) {
    Map<String, Label> workers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("subjects").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode scheme = e.getValue().path("scheme");
      List<String> labels = texts(e.getValue().path("labels"));
      if (scheme.isTextual()) {
        workers.put(e.getKey(), new Label(true, scheme.asText(), null));
      } else {
        workers.put(e.getKey(), new Label(false, labels.isEmpty() ? "honest" : labels.get(0), null));
      }
    }
    Map<String, Label> applications = new LinkedHashMap<>();
    Map<String, String> hires = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("applications").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> labels = texts(e.getValue().path("labels"));
      labels.stream().filter(l -> l.startsWith("hire:")).findFirst().ifPresent(l -> hires.put(e.getKey(), l.substring(5)));
      String fraudLabel = labels.stream().filter(DEMO_FRAUD_APPLICATION_LABELS::contains).findFirst().orElse(null);
      String honestLabel = labels.stream().filter(l -> !l.startsWith("hire:")).findFirst().orElse("honest");
      applications.put(e.getKey(), fraudLabel != null ? new Label(true, fraudLabel, null) : new Label(false, honestLabel, null));
    }
    // The demo's answer key lists only labelled applications: the rest of events.ndjson is honest,
    // and the evaluation adds them from the events it reads (AccuracyRun).
    return new AnswerKey(generator, seed, workers, applications, hires);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** This key with every application id in {@code seen} that it does not list added as plain honest. */
  public AnswerKey withUnlistedApplicationsHonest(Iterable<String> seen) {
    Map<String, Label> apps = new LinkedHashMap<>(applications);
    for (String id : seen) apps.putIfAbsent(id, new Label(false, "honest", null));
    return new AnswerKey(generator, seed, workers, apps, hires);
  }
}
