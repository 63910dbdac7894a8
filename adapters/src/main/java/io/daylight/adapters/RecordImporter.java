package io.daylight.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** An importer of JSON vendor records, each converted on its own to zero or more events. */
public abstract class RecordImporter implements Importer {
  private final JsonRecords records;
  private final ContractCheck check = new ContractCheck();

  protected RecordImporter(String wrapperField) {
    this.records = new JsonRecords(wrapperField);
  }

  /** The events of one record; throws to reject or skip it. */
  protected abstract List<ObjectNode> convert(JsonNode record) throws Unconvertible;

  @Override
  public ImportStats convert(InputStream in, String source, ImportSink sink) throws IOException {
    long[] n = new long[4];
    records.read(in, new JsonRecords.Handler() {
      @Override public void record(JsonNode record, long line) {
        n[0]++;
        try {
          List<ObjectNode> events = convert(record);
          for (ObjectNode e : events) {
            String problem = check.problem(e);
            if (problem != null) throw Unconvertible.reject("converted event refused by the contract: " + problem);
          }
          for (ObjectNode e : events) sink.event(e);
          n[1] += events.size();
        } catch (Unconvertible u) {
          if (u.isSkip()) {
            n[3]++;
            sink.skipped(u.getMessage());
          } else {
            n[2]++;
            sink.rejected(new Rejection(line, source, format() + ": " + u.getMessage(), record.toString()));
          }
        }
      }

      @Override public void broken(long line, String reason, String raw) {
        n[0]++;
        n[2]++;
        sink.rejected(new Rejection(line, source, format() + ": " + reason, raw));
      }
    });
    return new ImportStats(n[0], n[1], n[2], n[3]);
  }
}
