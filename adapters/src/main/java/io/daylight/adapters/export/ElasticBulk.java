package io.daylight.adapters.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Findings as an Elasticsearch {@code _bulk} request body (Elastic docs, "Bulk API"): NDJSON,
 * for each finding an action line {@code {"index":{"_index":..., "_id": <finding uid>}}} then the
 * document line, every line ending in a newline including the last. Indexing by the finding's
 * uid makes a re-export overwrite instead of duplicating. The document is the OCSF finding plus
 * {@code @timestamp} (RFC 3339) so Kibana data views find its time without a mapping.
 */
public final class ElasticBulk {
  private ElasticBulk() {}

  public static void write(Iterable<ObjectNode> findings, String index, Writer out) throws IOException {
    for (ObjectNode f : findings) {
      String uid = Contract.text(f.path("finding_info").path("uid"));
      if (uid == null) throw new IllegalArgumentException("finding has no finding_info.uid");
      ObjectNode action = Contract.JSON.createObjectNode();
      ObjectNode meta = action.putObject("index");
      meta.put("_index", index);
      meta.put("_id", uid);
      out.write(action.toString());
      out.write('\n');
      out.write(document(f).toString());
      out.write('\n');
    }
  }

  static ObjectNode document(ObjectNode finding) {
    ObjectNode doc = Contract.JSON.createObjectNode();
    JsonNode time = finding.get("time");
    if (time != null && time.canConvertToLong()) doc.put("@timestamp", Contract.time(Instant.ofEpochMilli(time.longValue())));
    doc.setAll(finding);
    return doc;
  }
}
