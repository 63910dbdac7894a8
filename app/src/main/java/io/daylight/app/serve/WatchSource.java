package io.daylight.app.serve;

import io.daylight.adapters.Mapping;
import io.daylight.adapters.watch.DirectoryWatcher;
import io.daylight.ingest.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serve's file source: tails a directory and feeds every line to the service. Each line is
 * committed before the watcher may checkpoint past it (the watcher's contract), so a crash
 * repeats at most the lines since the last checkpoint, which duplicate ids make harmless.
 */
final class WatchSource {
  /** How long an idle poll sleeps before looking again. */
  static final long POLL_MS = 1000;

  private WatchSource() {}

  static Thread start(Path dir, Mapping mapping, DaylightService service, AtomicBoolean running, PrintWriter err) {
    DirectoryWatcher watcher = new DirectoryWatcher(dir, dir.resolve(".daylight-checkpoint"), mapping,
        new DirectoryWatcher.LineHandler() {
          @Override
          public void line(Path file, byte[] contractLine) throws IOException {
            service.ingest(new ByteArrayInputStream(contractLine), file.toString());
          }

          @Override
          public void rejected(Rejection r) {
            service.rejectedUpstream(List.of(r));
          }
        });
    Thread t = new Thread(() -> {
      try {
        watcher.run(POLL_MS, running::get);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        err.println("daylight serve: watching " + dir + " stopped: " + e.getMessage());
        err.flush();
      }
    }, "daylight-watch");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
