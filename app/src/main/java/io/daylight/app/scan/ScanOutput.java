package io.daylight.app.scan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.daylight.app.output.CaseJson;
import io.daylight.app.output.OcsfFinding;
import io.daylight.core.detect.Finding;
import io.daylight.core.score.Case;
import io.daylight.ingest.Rejection;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Writes the contract's three output files into a directory. */
public final class ScanOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScanOutput() {}

  /** Streams rejections to {@code rejected.ndjson} as they happen, so none is held in memory. */
  public static final class RejectedFile implements Consumer<Rejection>, Closeable {
    private final BufferedWriter out;
    private long count;

    public RejectedFile(Path dir) throws IOException {
      out = Files.newBufferedWriter(dir.resolve("rejected.ndjson"), StandardCharsets.UTF_8);
    }

    @Override
    public void accept(Rejection r) {
      try {
        var o = JSON.createObjectNode();
        o.put("line", r.line());
        o.put("source", r.source());
        o.put("reason", r.reason());
        o.put("raw", r.raw());
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
        count++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public long count() {
      return count;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  public static void writeFindings(Path dir, List<Finding> findings) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("findings.ndjson"), StandardCharsets.UTF_8)) {
      for (Finding f : findings) {
        w.write(JSON.writeValueAsString(OcsfFinding.toJson(f)));
        w.write('\n');
      }
    }
  }

  /** The findings again as Splunk HEC events and/or an Elastic _bulk body (adapters' export shapes). */
  public static void writeExports(Path dir, List<Finding> findings, boolean splunk, boolean elastic) throws IOException {
    if (!splunk && !elastic) return;
    List<com.fasterxml.jackson.databind.node.ObjectNode> ocsf = new java.util.ArrayList<>(findings.size());
    for (Finding f : findings) ocsf.add(OcsfFinding.toJson(f));
    if (splunk) {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("findings.splunk-hec.json"), StandardCharsets.UTF_8)) {
        io.daylight.adapters.export.SplunkHec.write(ocsf, io.daylight.adapters.export.SplunkHec.Target.DEFAULT, w);
      }
    }
    if (elastic) {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("findings.elastic-bulk.ndjson"), StandardCharsets.UTF_8)) {
        io.daylight.adapters.export.ElasticBulk.write(ocsf, "daylight-findings", w);
      }
    }
  }

  public static void writeCases(Path dir, List<Case> cases) throws IOException {
    ArrayNode arr = JSON.createArrayNode();
    for (Case c : cases) arr.add(CaseJson.toJson(c));
    JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(dir.resolve("cases.json").toFile(), arr);
  }
}
