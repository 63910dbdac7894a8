package io.daylight.app.scan;

import io.daylight.core.event.Event;
import io.daylight.core.event.Worker;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The worker events of a set of input files: what the agency review needs after a Flink scan. */
final class WorkerRoster {
  private WorkerRoster() {}

  static List<Worker> read(List<Path> files) throws IOException {
    List<Worker> workers = new ArrayList<>();
    NdjsonIngest ingest = new NdjsonIngest();
    IngestSink sink = new IngestSink() {
      @Override public void accepted(Event e, byte[] raw) { if (e instanceof Worker w) workers.add(w); }

      @Override public void rejected(Rejection r) { /* already reported by the scan itself */ }
    };
    for (Path p : files) {
      try (InputStream in = Files.newInputStream(p)) {
        ingest.read(new java.io.BufferedInputStream(in, 1 << 16), p.toString(), sink);
      }
    }
    return workers;
  }
}
