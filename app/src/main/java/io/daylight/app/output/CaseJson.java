package io.daylight.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.score.Case;

/** A case in the contract's cases.json shape, plus the reasons that explain its score. */
public final class CaseJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseJson() {}

  public static ObjectNode toJson(Case c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("subject", c.subject());
    o.put("kind", c.kind().wire());
    o.put("score", c.score());
    o.put("level", c.level().wire());
    ArrayNode members = o.putArray("members");
    c.members().forEach(members::add);
    ArrayNode findings = o.putArray("findings");
    c.findings().forEach(findings::add);
    o.put("summary", c.summary());
    o.put("posterior", c.posterior());
    ArrayNode reasons = o.putArray("reasons");
    for (Case.Reason r : c.reasons()) {
      ObjectNode n = reasons.addObject();
      n.put("group", r.group());
      n.put("detector", r.detector());
      n.put("title", r.title());
      n.put("log10_likelihood_ratio", r.log10Ratio());
      n.put("finding", r.findingUid());
      // "assumed" (the detector's stated ratio) or "measured on n cases (…)" from daylight calibrate
      n.put("ratio_source", r.source() == null ? "assumed" : r.source());
    }
    return o;
  }
}
