package io.daylight.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;

/**
 * A finding as an OCSF Detection Finding (class_uid 2004, category Findings, OCSF 1.3.0), with
 * Daylight's own fields under {@code unmapped.daylight} as the contract requires. The shape is
 * pinned by {@code schemas/ocsf-detection-finding.schema.json}, checked in tests.
 */
public final class OcsfFinding {
  public static final String OCSF_VERSION = "1.3.0";
  public static final String PRODUCT_VERSION = "0.1.0";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OcsfFinding() {}

  public static ObjectNode toJson(Finding f) {
    ObjectNode o = JSON.createObjectNode();
    int severity = severityId(f.likelihoodRatio());
    o.put("class_uid", 2004);
    o.put("class_name", "Detection Finding");
    o.put("category_uid", 2);
    o.put("category_name", "Findings");
    o.put("activity_id", 1);
    o.put("activity_name", "Create");
    o.put("type_uid", 200401);
    o.put("type_name", "Detection Finding: Create");
    o.put("time", f.time());
    o.put("severity_id", severity);
    o.put("severity", SEVERITY[severity]);
    o.put("status_id", 1);
    o.put("status", "New");
    ObjectNode meta = o.putObject("metadata");
    meta.put("version", OCSF_VERSION);
    ObjectNode product = meta.putObject("product");
    product.put("name", "Daylight");
    product.put("vendor_name", "Daylight project");
    product.put("version", PRODUCT_VERSION);
    ObjectNode info = o.putObject("finding_info");
    info.put("uid", f.uid());
    info.put("title", f.title());
    info.putArray("types").add(f.detector());
    info.put("desc", f.explanation());
    info.put("created_time", f.time());
    ObjectNode analytic = info.putObject("analytic");
    analytic.put("name", f.detector());
    analytic.put("type_id", 1);
    analytic.put("type", "Rule");
    ArrayNode evidences = o.putArray("evidences");
    for (Evidence e : f.evidence()) {
      ObjectNode data = evidences.addObject().putObject("data");
      data.put("name", e.name());
      data.put("value", e.value());
      if (e.unit() != null) data.put("unit", e.unit());
      if (e.reference() != null) data.put("reference", e.reference());
      if (e.source() != null) data.put("source", e.source());
    }
    ObjectNode d = o.putObject("unmapped").putObject("daylight");
    d.put("subject", f.subject());
    d.put("subject_kind", f.kind().wire());
    d.put("detector", f.detector());
    d.put("likelihood_ratio", f.likelihoodRatio());
    d.put("explanation", f.explanation());
    d.put("dependency_group", f.dependencyGroup());
    ArrayNode ids = d.putArray("event_ids");
    f.eventIds().forEach(ids::add);
    ArrayNode members = d.putArray("members");
    f.members().forEach(members::add);
    return o;
  }

  /**
   * A finding back from its OCSF form (as {@code daylight scan} wrote it to findings.ndjson), for
   * {@code daylight calibrate}.
   */
  public static Finding fromJson(com.fasterxml.jackson.databind.JsonNode o) {
    com.fasterxml.jackson.databind.JsonNode d = o.path("unmapped").path("daylight");
    java.util.List<Evidence> evidence = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode e : o.path("evidences")) {
      com.fasterxml.jackson.databind.JsonNode x = e.path("data");
      evidence.add(new Evidence(x.path("name").asText(), x.path("value").asText(null), text(x, "unit"),
          text(x, "reference"), text(x, "source")));
    }
    return new Finding(o.path("finding_info").path("uid").asText(), d.path("detector").asText(), d.path("subject").asText(),
        io.daylight.core.detect.SubjectKind.valueOf(d.path("subject_kind").asText().toUpperCase(java.util.Locale.ROOT)),
        o.path("time").asLong(), o.path("finding_info").path("title").asText(), d.path("explanation").asText(),
        d.path("likelihood_ratio").asDouble(), d.path("dependency_group").asText(), evidence, strings(d.path("event_ids")),
        strings(d.path("members")));
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static java.util.List<String> strings(com.fasterxml.jackson.databind.JsonNode arr) {
    java.util.List<String> out = new java.util.ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static final String[] SEVERITY = {"Unknown", "Informational", "Low", "Medium", "High", "Critical"};

  /**
   * OCSF severity from the strength of the evidence alone (the case, not one finding, says how
   * urgent a person is): ratio ≥ 1,000 High, ≥ 100 Medium, ≥ 10 Low, else Informational. Jeffreys'
   * scale of evidence (Theory of Probability, 1961) calls a ratio above 100 "decisive", 10–100
   * "strong"; the cut-offs follow its decades.
   */
  static int severityId(double likelihoodRatio) {
    double l = Math.log10(likelihoodRatio);
    if (l >= 3) return 4;
    if (l >= 2) return 3;
    if (l >= 1) return 2;
    return 1;
  }
}
