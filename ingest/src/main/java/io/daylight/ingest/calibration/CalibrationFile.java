package io.daylight.ingest.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.score.Calibration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration file that {@code daylight calibrate} writes and {@code scan}, {@code serve} and
 * {@code submit} read ({@code --calibration FILE}): every fitted bin with its counts, and the
 * measured group pairs with the merges they imply. Read at the edge like any other input, so the
 * core {@link Calibration} stays free of formats.
 */
public final class CalibrationFile {
  public static final String FORMAT = "daylight-calibration-1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CalibrationFile() {}

  /** A calibration file that cannot be used, with the reason. */
  public static final class InvalidCalibrationException extends IOException {
    public InvalidCalibrationException(String message) {
      super(message);
    }
  }

  public static void write(Calibration c, Path file) throws IOException {
    JSON.writeValue(file.toFile(), toJson(c));
  }

  public static ObjectNode toJson(Calibration c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("origin", c.origin());
    o.put("prior_firings_per_arm", c.priorFirings());
    ObjectNode subjects = o.putObject("subjects");
    subjects.put("fraud", c.fraudSubjects());
    subjects.put("honest", c.honestSubjects());
    ArrayNode ratios = o.putArray("ratios");
    for (Map.Entry<String, Calibration.BinRatio> e : c.ratios().entrySet()) {
      Calibration.BinRatio b = e.getValue();
      ObjectNode n = ratios.addObject();
      n.put("bin", e.getKey());
      n.put("detector", b.detector());
      n.put("tier", b.tier());
      n.put("assumed", b.assumed());
      n.put("ratio", b.ratio());
      n.put("fraud_fired", b.fraudFired());
      n.put("fraud_n", b.fraudN());
      n.put("honest_fired", b.honestFired());
      n.put("honest_n", b.honestN());
      n.put("source", b.source());
    }
    ObjectNode dep = o.putObject("dependence");
    ObjectNode merged = dep.putObject("merged_groups");
    new java.util.TreeMap<>(c.merges()).forEach(merged::put);
    ArrayNode pairs = dep.putArray("pairs");
    for (Calibration.GroupPair p : c.pairs()) {
      ObjectNode n = pairs.addObject();
      n.put("a", p.a());
      n.put("b", p.b());
      n.put("fraud_both", p.fraudBoth());
      number(n, "fraud_loevinger_h", p.fraudH());
      number(n, "fraud_lift", p.fraudLift());
      n.put("honest_both", p.honestBoth());
      number(n, "honest_loevinger_h", p.honestH());
      number(n, "honest_lift", p.honestLift());
      n.put("dependent", p.dependent());
    }
    return o;
  }

  public static Calibration read(Path file) throws IOException {
    JsonNode o;
    try {
      o = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidCalibrationException("calibration file " + file + " is not JSON: " + e.getOriginalMessage());
    }
    if (o == null || !FORMAT.equals(o.path("format").asText())) {
      throw new InvalidCalibrationException("calibration file " + file + " is not " + FORMAT + " (write it with daylight calibrate)");
    }
    Map<String, Calibration.BinRatio> ratios = new LinkedHashMap<>();
    for (JsonNode n : o.path("ratios")) {
      double ratio = n.path("ratio").asDouble(Double.NaN);
      if (!(ratio > 0) || Double.isInfinite(ratio)) {
        throw new InvalidCalibrationException("calibration file " + file + ": bin " + n.path("bin").asText() + " has no positive ratio");
      }
      ratios.put(n.path("bin").asText(), new Calibration.BinRatio(n.path("detector").asText(), n.path("tier").asText(),
          n.path("assumed").asDouble(), n.path("fraud_n").asInt(), n.path("fraud_fired").asInt(),
          n.path("honest_n").asInt(), n.path("honest_fired").asInt(), ratio));
    }
    Map<String, String> merges = new LinkedHashMap<>();
    o.path("dependence").path("merged_groups").fields().forEachRemaining(e -> merges.put(e.getKey(), e.getValue().asText()));
    List<Calibration.GroupPair> pairs = new ArrayList<>();
    for (JsonNode n : o.path("dependence").path("pairs")) {
      pairs.add(new Calibration.GroupPair(n.path("a").asText(), n.path("b").asText(), n.path("fraud_both").asInt(),
          orNaN(n.path("fraud_loevinger_h")), orNaN(n.path("fraud_lift")),
          n.path("honest_both").asInt(), orNaN(n.path("honest_loevinger_h")),
          orNaN(n.path("honest_lift")), n.path("dependent").asBoolean()));
    }
    return new Calibration(ratios, merges, pairs, o.path("prior_firings_per_arm").asDouble(),
        o.path("subjects").path("fraud").asInt(), o.path("subjects").path("honest").asInt(), o.path("origin").asText());
  }

  private static double orNaN(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  /** JSON has no NaN: a measure without a basis is written as null. */
  private static void number(ObjectNode n, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) n.putNull(field); else n.put(field, v);
  }
}
