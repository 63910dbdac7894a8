package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.event.Event;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.IngestStats;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What one importer run produced, and the round trip of its output through the contract parser. */
public final class Imported implements ImportSink {
  public final List<ObjectNode> events = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  public final List<String> skipped = new ArrayList<>();
  public ImportStats stats;

  public static Imported fixture(Importer importer, String name) {
    try (InputStream in = Imported.class.getResourceAsStream("/fixtures/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return run(importer, in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Imported text(Importer importer, String text) {
    return run(importer, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline");
  }

  public static Mapping mapping(String fixture) {
    try (InputStream in = Imported.class.getResourceAsStream("/fixtures/" + fixture)) {
      return Mapping.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Imported run(Importer importer, InputStream in, String source) {
    Imported r = new Imported();
    try {
      r.stats = importer.convert(in, source, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  @Override public void event(ObjectNode event) { events.add(event); }
  @Override public void rejected(Rejection rejection) { rejections.add(rejection); }
  @Override public void skipped(String reason) { skipped.add(reason); }

  /** The output as NDJSON, as {@code daylight import} writes it. */
  public String ndjson() {
    return events.stream().map(ObjectNode::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  /** Reads the output with the contract parser; fails the test unless every line is accepted. */
  public List<Event> contractEvents() {
    List<Event> accepted = new ArrayList<>();
    List<Rejection> refused = new ArrayList<>();
    IngestStats s;
    try {
      s = new NdjsonIngest().read(ndjson(), "import-output", new IngestSink() {
        @Override public void accepted(Event e, byte[] rawLine) { accepted.add(e); }
        @Override public void rejected(Rejection r) { refused.add(r); }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(refused).as("lines the contract parser refused").isEmpty();
    assertThat(s.duplicates()).as("duplicate ids").isZero();
    assertThat(accepted).hasSize(events.size());
    return accepted;
  }

  public ObjectNode byId(String id) {
    return events.stream().filter(e -> id.equals(e.path("id").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no event with id " + id + " in " + events.size() + " events"));
  }
}
