package io.daylight.store.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test access to an embedded database directory as {@code Database.embedded} lays it out
 * ({@code <dataDir>/pg} is the cluster).
 */
public final class EmbeddedFiles {
  private EmbeddedFiles() {}

  /** The running server process of the cluster in {@code dataDir}, if any. */
  public static Optional<ProcessHandle> server(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) return Optional.empty();
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) return Optional.empty();
    return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
  }

  /**
   * Kills the server of {@code dataDir} with SIGKILL, as a power cut would stop it (minus the
   * loss of the page cache, which no test on a running kernel can cause), and waits for it and
   * its backends to be gone.
   *
   * @return whether there was a server to kill
   */
  public static boolean killServerHard(Path dataDir) throws Exception {
    Optional<ProcessHandle> server = server(dataDir);
    if (server.isEmpty()) return false;
    List<ProcessHandle> processes = new ArrayList<>(server.get().children().toList());
    processes.add(server.get());
    server.get().destroyForcibly();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    for (ProcessHandle p : processes) {
      while (isRunning(p.pid())) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("pid " + p.pid() + " outlived SIGKILL");
        Thread.sleep(20);
      }
    }
    return true;
  }

  /** Running means not exited and not a zombie (an init that does not reap leaves zombies). */
  private static boolean isRunning(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | IndexOutOfBoundsException e) {
      return false;
    }
  }
}
