package io.daylight.adapters.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Findings as Splunk HTTP Event Collector events, the JSON envelope of
 * {@code POST /services/collector/event} (Splunk docs, "Format events for HTTP Event Collector"):
 * {@code {"time": <epoch seconds>, "host", "source", "sourcetype", "index"?, "fields"?, "event": {...}}}.
 * A batch is the envelopes one after another in one request body, which HEC accepts.
 * The OCSF finding goes unchanged into {@code event}; {@code fields} carries the subject, detector
 * and severity as indexed fields so dashboards can count without parsing the event.
 */
public final class SplunkHec {
  /** Where the events go: HEC metadata. {@code index} null means the token's default index. */
  public record Target(String host, String source, String sourcetype, String index) {
    public static final Target DEFAULT = new Target("daylight", "daylight", "daylight:finding", null);
  }

  private SplunkHec() {}

  public static ObjectNode event(ObjectNode finding, Target t) {
    ObjectNode o = Contract.JSON.createObjectNode();
    JsonNode time = finding.get("time");
    if (time == null || !time.canConvertToLong()) throw new IllegalArgumentException("finding has no epoch-millisecond time");
    // HEC time is epoch seconds; OCSF time is epoch milliseconds: keep the milliseconds as decimals.
    o.put("time", BigDecimal.valueOf(time.longValue(), 3));
    o.put("host", t.host());
    o.put("source", t.source());
    o.put("sourcetype", t.sourcetype());
    if (t.index() != null) o.put("index", t.index());
    JsonNode d = finding.path("unmapped").path("daylight");
    ObjectNode fields = Contract.JSON.createObjectNode();
    Contract.put(fields, "subject", Contract.text(d.path("subject")));
    Contract.put(fields, "detector", Contract.text(d.path("detector")));
    Contract.put(fields, "severity", Contract.text(finding.path("severity")));
    if (!fields.isEmpty()) o.set("fields", fields);
    o.set("event", finding);
    return o;
  }

  /** One request body: the envelopes, one per line. */
  public static void write(Iterable<ObjectNode> findings, Target t, Writer out) throws IOException {
    for (ObjectNode f : findings) {
      out.write(event(f, t).toString());
      out.write('\n');
    }
  }
}
