package io.daylight.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one short external command (initdb, pg_ctl, a probe) and collects what it printed. */
final class Commands {
  private Commands() {}

  record Result(int exit, String output) {
    boolean ok() {
      return exit == 0;
    }
  }

  static Result run(List<String> command, Path workingDir, Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (workingDir != null) builder.directory(workingDir.toFile());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      // Read on a helper thread so a chatty command cannot block on a full pipe before it exits.
      StringBuilder out = new StringBuilder();
      Thread reader = new Thread(() -> drain(process.getInputStream(), out), "command-output");
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "timed out after " + timeout + ": " + command);
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
      synchronized (out) {
        return new Result(process.exitValue(), out.toString());
      }
    } catch (IOException e) {
      return new Result(-1, "could not run " + command + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  private static void drain(InputStream in, StringBuilder out) {
    try (in) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (out) {
          out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      // The pipe closes under us when a timed-out command is killed; the output is diagnostic only.
      synchronized (out) {
        out.append("[output cut: ").append(e.getMessage()).append(']');
      }
    }
  }
}
