package io.daylight.adapters;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.event.Event;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs each produced event through the same parser {@code scan} and {@code serve} use, so an
 * importer never writes a line the contract would reject: a vendor record whose conversion the
 * contract refuses is rejected at import, with the contract's reason and the vendor's raw record.
 */
public final class ContractCheck {
  private final NdjsonIngest ingest = new NdjsonIngest(false);
  private String problem;

  /** @return null when the event is valid contract v1, else the contract's reason */
  public String problem(ObjectNode event) {
    problem = "not accepted by the contract parser";
    try {
      ingest.read(event.toString(), "import", new IngestSink() {
        @Override public void accepted(Event e, byte[] rawLine) {
          problem = null;
        }

        @Override public void rejected(Rejection r) {
          problem = r.reason();
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return problem;
  }
}
