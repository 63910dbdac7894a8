package io.daylight.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default-size organisation, generated once per test JVM and shared by the test classes. */
final class DefaultOrganisation {
  static final ObjectMapper JSON = new ObjectMapper();
  private static DefaultOrganisation instance;

  final Path dir;
  final List<JsonNode> events = new ArrayList<>();
  final JsonNode truth;
  final JsonNode context;

  private DefaultOrganisation() throws IOException {
    dir = Files.createTempDirectory("daylight-demo");
    dir.toFile().deleteOnExit();
    new DemoOrganisation(DemoOrganisation.DEFAULT_SEED).write(dir);
    try (var lines = Files.lines(dir.resolve("events.ndjson"))) {
      lines.forEach(l -> {
        try {
          events.add(JSON.readTree(l));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    truth = JSON.readTree(dir.resolve("truth.json").toFile());
    context = JSON.readTree(dir.resolve("context.json").toFile());
  }

  static synchronized DefaultOrganisation get() {
    if (instance == null) {
      try {
        instance = new DefaultOrganisation();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  List<JsonNode> of(String type) {
    return events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
  }

  List<JsonNode> of(String type, String subject) {
    return events.stream().filter(e -> e.get("type").asText().equals(type) && e.has("subject")
        && e.get("subject").asText().equals(subject)).toList();
  }

  /** Subjects whose truth says {@code scheme} (or any label equal to it). */
  List<String> labelled(String label) {
    List<String> out = new ArrayList<>();
    truth.get("subjects").fields().forEachRemaining(e -> {
      for (JsonNode l : e.getValue().get("labels")) if (l.asText().equals(label)) out.add(e.getKey());
    });
    return out;
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
  }
}
