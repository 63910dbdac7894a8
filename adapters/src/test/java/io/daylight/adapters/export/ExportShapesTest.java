package io.daylight.adapters.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request shapes recorded from the vendors' documentation:
 * <ul>
 *   <li>Splunk, "Format events for HTTP Event Collector" (help.splunk.com, Splunk Enterprise "Get
 *       data in"): the event endpoint's example
 *       {@code {"time": 1426279439, "host": "localhost", "source": "random-data-generator",
 *       "sourcetype": "my_sample_data", "index": "main", "event": "Hello world!"}}, time in epoch
 *       seconds, optional {@code fields} object of indexed fields; several events stacked in one body.</li>
 *   <li>Elastic, "Bulk API" (elastic.co, Elasticsearch reference, docs-bulk): {@code POST _bulk} with
 *       {@code { "index" : { "_index" : "test", "_id" : "1" } }} then {@code { "field1" : "value1" }},
 *       NDJSON, "the final line of data must end with a newline character".</li>
 * </ul>
 */
class ExportShapesTest {
  /** An OCSF Detection Finding as app's OcsfFinding writes it (class 2004, time in epoch ms). */
  static ObjectNode finding(String uid, long timeMs) throws Exception {
    return (ObjectNode) Contract.JSON.readTree("""
        {"class_uid":2004,"class_name":"Detection Finding","category_uid":2,"activity_id":1,"type_uid":200401,
         "time":%d,"severity_id":4,"severity":"High","status_id":1,"status":"New",
         "metadata":{"version":"1.3.0","product":{"name":"Daylight","vendor_name":"Daylight project","version":"0.1.0"}},
         "finding_info":{"uid":"%s","title":"Remote-access tool on the issued laptop","types":["endpoint.remote_access"],
           "desc":"The laptop reports AnyDesk.","created_time":%d},
         "evidences":[{"data":{"name":"process","value":"AnyDesk.exe"}}],
         "unmapped":{"daylight":{"subject":"w-1042","subject_kind":"worker","detector":"endpoint.remote_access",
           "likelihood_ratio":20.0,"explanation":"The laptop reports AnyDesk.","event_ids":["osquery:h:1"],"members":["w-1042"]}}}
        """.formatted(timeMs, uid, timeMs));
  }

  @Test
  void wraps_a_finding_in_the_hec_event_envelope_with_epoch_seconds() throws Exception {
    ObjectNode f = finding("f-7c1e", 1_770_217_200_123L);
    ObjectNode e = SplunkHec.event(f, new SplunkHec.Target("daylight-prod", "daylight", "daylight:finding", "security"));
    assertThat(fieldNames(e)).containsExactly("time", "host", "source", "sourcetype", "index", "fields", "event");
    assertThat(e.path("time").isNumber()).isTrue();
    assertThat(e.path("time").decimalValue()).isEqualByComparingTo("1770217200.123");
    assertThat(e.path("host").asText()).isEqualTo("daylight-prod");
    assertThat(e.path("index").asText()).isEqualTo("security");
    assertThat(e.path("fields").toString()).isEqualTo("{\"subject\":\"w-1042\",\"detector\":\"endpoint.remote_access\",\"severity\":\"High\"}");
    assertThat(e.path("event")).isEqualTo(f);
  }

  @Test
  void leaves_the_index_to_the_token_default_when_none_is_given_and_stacks_a_batch() throws Exception {
    StringWriter w = new StringWriter();
    SplunkHec.write(List.of(finding("a", 1000L), finding("b", 2000L)), SplunkHec.Target.DEFAULT, w);
    String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = Contract.JSON.readTree(lines[0]);
    assertThat(first.has("index")).isFalse();
    assertThat(first.path("time").decimalValue()).isEqualByComparingTo("1");
    assertThat(first.path("sourcetype").asText()).isEqualTo("daylight:finding");
  }

  @Test
  void writes_bulk_action_and_document_lines_ending_in_a_newline() throws Exception {
    StringWriter w = new StringWriter();
    ElasticBulk.write(List.of(finding("f-1", 1_770_217_200_123L), finding("f-2", 1_770_217_260_000L)), "daylight-findings", w);
    String body = w.toString();
    assertThat(body).endsWith("\n");
    String[] lines = body.split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("{\"index\":{\"_index\":\"daylight-findings\",\"_id\":\"f-1\"}}");
    assertThat(lines[2]).isEqualTo("{\"index\":{\"_index\":\"daylight-findings\",\"_id\":\"f-2\"}}");
    JsonNode doc = Contract.JSON.readTree(lines[1]);
    assertThat(doc.path("@timestamp").asText()).isEqualTo("2026-02-04T15:00:00.123Z");
    assertThat(doc.path("class_uid").asInt()).isEqualTo(2004);
    assertThat(doc.path("finding_info").path("uid").asText()).isEqualTo("f-1");
  }

  @Test
  void refuses_a_finding_without_uid_or_time() throws Exception {
    ObjectNode noUid = finding("x", 1L);
    ((ObjectNode) noUid.path("finding_info")).remove("uid");
    assertThatThrownBy(() -> ElasticBulk.write(List.of(noUid), "i", new StringWriter())).hasMessageContaining("uid");
    ObjectNode noTime = finding("x", 1L);
    noTime.remove("time");
    assertThatThrownBy(() -> SplunkHec.event(noTime, SplunkHec.Target.DEFAULT)).hasMessageContaining("time");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
    return out;
  }
}
