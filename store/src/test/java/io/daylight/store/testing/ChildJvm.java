package io.daylight.store.testing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Java main run in a separate JVM on this JVM's class path, whose standard output is read
 * line by line, and which can be killed with SIGKILL: no shutdown hook, no finally block, no
 * flush runs in it. Used to prove that what a process acknowledged survived its sudden death.
 *
 * <p>Standard error goes to a file ({@link #stderr()}) so a failing child can be diagnosed.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path stderr;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.reader = new Thread(this::readStdout, "child-jvm-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} with {@code args} in a new JVM with the current class path. */
  public static ChildJvm start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile("child-jvm-", ".stderr");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    process.getOutputStream().close();
    return new ChildJvm(process, stderr);
  }

  public long pid() {
    return process.pid();
  }

  /**
   * Waits until the child printed a line that {@code wanted} accepts and returns it.
   *
   * @throws AssertionError when the child exits or the time runs out first, with its stderr
   */
  public String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    synchronized (lines) {
      while (true) {
        for (; seen < lines.size(); seen++) {
          if (wanted.test(lines.get(seen))) return lines.get(seen);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!reader.isAlive() && seen == lines.size())) {
          throw new AssertionError((left <= 0 ? "timed out" : "child exited (" + exitText() + ")")
              + " before the awaited line; stderr:\n" + stderr());
        }
        lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
      }
    }
  }

  /** Waits until at least {@code n} lines satisfy {@code wanted}. */
  public void awaitCount(Predicate<String> wanted, int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (lines.stream().filter(wanted).count() < n) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !reader.isAlive()) {
          throw new AssertionError("saw " + lines.stream().filter(wanted).count() + " of " + n
              + " lines (" + (left <= 0 ? "timed out" : "child exited: " + exitText()) + "); stderr:\n" + stderr());
        }
        lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
      }
    }
  }

  /**
   * Kills the child with SIGKILL, waits for it to be gone and for its last output to be read.
   * Lines it wrote before the signal are in {@link #lines()} afterwards.
   */
  public void killHard() throws InterruptedException {
    process.destroyForcibly(); // SIGKILL on Linux
    process.waitFor();
    reader.join(TimeUnit.SECONDS.toMillis(10));
  }

  /** Everything the child printed so far, in order. */
  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  public String stderr() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(stderr unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException, IOException {
    if (process.isAlive()) killHard();
    Files.deleteIfExists(stderr);
  }

  private String exitText() {
    return process.isAlive() ? "still running" : "exit " + process.exitValue();
  }

  /**
   * Keeps only lines that ended with a newline: a child killed in the middle of printing
   * "ACK id" has not acknowledged id, and a reader that returned the cut text would say it had.
   */
  private void readStdout() {
    try (InputStreamReader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] != '\n') {
            line.append(buf[i]);
            continue;
          }
          synchronized (lines) {
            lines.add(line.toString());
            lines.notifyAll();
          }
          line.setLength(0);
        }
      }
    } catch (IOException e) {
      // The pipe can break when the child is killed; what was read whole is kept.
    } finally {
      synchronized (lines) {
        lines.notifyAll();
      }
    }
  }
}
