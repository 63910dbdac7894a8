package io.daylight.app.sensor.chain;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The remote-control chain, from Debian packages (scripts/install-rig.sh): a "laptop" Xvfb running
 * Chromium on the page under test, x11vnc serving that display on loopback, a {@link DelayRelay},
 * and a TigerVNC viewer on an "operator" Xvfb connected through the relay. Every process it starts
 * is its own and is stopped, by its handle, in {@link #close}.
 */
final class Rig implements AutoCloseable {
  static final int WIDTH = 1024;
  static final int HEIGHT = 768;

  final Path dir;
  String laptop;
  String operator;
  final DelayRelay relay;
  private final Deque<Process> processes = new ArrayDeque<>();

  Rig(String pageUrl, long seed) throws Exception {
    dir = Files.createTempDirectory("daylight-rig");
    try {
      relay = assemble(pageUrl, seed);
    } catch (Exception | Error e) {
      stopProcesses(); // a rig that failed to assemble must not leave X servers and browsers behind
      throw e;
    }
  }

  private DelayRelay assemble(String pageUrl, long seed) throws Exception {
    installRig();
    laptop = startXvfb();
    operator = startXvfb();
    start(List.of("chromium", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
        "--password-store=basic", "--user-data-dir=" + dir.resolve("chromium"),
        "--window-position=0,0", "--window-size=" + WIDTH + "," + HEIGHT, "--kiosk", pageUrl), laptop, "chromium");
    int vncPort = freePort();
    start(List.of("x11vnc", "-display", laptop, "-rfbport", String.valueOf(vncPort), "-localhost", "-nopw",
        "-forever", "-shared", "-quiet", "-wait", "10", "-defer", "10"), null, "x11vnc");
    waitForPort(vncPort, 20_000);
    DelayRelay relay = new DelayRelay(vncPort, seed);
    String chromium = waitForWindow(laptop, List.of("--onlyvisible", "--class", "chromium"), 30_000);
    xdotool(laptop, "windowfocus", chromium, "mousemove", String.valueOf(WIDTH / 2), String.valueOf(HEIGHT / 2));
    start(List.of("xtigervncviewer", "-SecurityTypes", "None", "-geometry", WIDTH + "x" + HEIGHT + "+0+0",
        "127.0.0.1::" + relay.port()), operator, "viewer");
    String viewer;
    try {
      viewer = waitForWindow(operator, List.of("--onlyvisible", "--name", "TigerVNC"), 20_000);
    } catch (IllegalStateException e) {
      relay.close();
      throw e;
    }
    xdotool(operator, "windowfocus", viewer, "mousemove", String.valueOf(WIDTH / 2), String.valueOf(HEIGHT / 2));
    return relay;
  }

  /** Gives the laptop's Chromium the keyboard again (after local typing or a stray focus change). */
  void focusLaptop() throws Exception {
    String chromium = waitForWindow(laptop, List.of("--onlyvisible", "--class", "chromium"), 5_000);
    xdotool(laptop, "windowfocus", chromium);
  }

  /** Gives the operator's viewer the keyboard and puts the pointer over it. */
  void focusViewer() throws Exception {
    String viewer = waitForWindow(operator, List.of("--onlyvisible", "--name", "TigerVNC"), 5_000);
    xdotool(operator, "windowfocus", viewer, "mousemove", String.valueOf(WIDTH / 2), String.valueOf(HEIGHT / 2));
  }

  /** Runs xdotool on a display and waits for it. */
  void xdotool(String display, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("xdotool");
    cmd.addAll(List.of(args));
    ProcessBuilder p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("xdotool.log").toFile()));
    p.environment().put("DISPLAY", display);
    Process proc = p.start();
    if (!proc.waitFor(120, TimeUnit.SECONDS)) {
      proc.destroyForcibly();
      throw new IllegalStateException("xdotool hung: " + cmd);
    }
  }

  /** Runs {@link OperatorHand} on a display; returns its output lines. */
  List<String> operatorHand(String display, int x, int y, int trials, long seed) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), OperatorHand.class.getName(), String.valueOf(x), String.valueOf(y),
        String.valueOf(trials), String.valueOf(seed)).redirectError(dir.resolve("operator.err").toFile());
    pb.environment().put("DISPLAY", display);
    Process p = pb.start();
    List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    p.waitFor(30, TimeUnit.SECONDS);
    if (p.exitValue() != 0) {
      throw new IllegalStateException("operator failed (" + p.exitValue() + "): " + out + " "
          + Files.readString(dir.resolve("operator.err")));
    }
    return out;
  }

  /**
   * The agent module's build runs scripts/install-rig.sh before tests; running it here too (it
   * returns at once when every tool is present) keeps `mvn -pl app test` working on a fresh clone.
   */
  private void installRig() throws Exception {
    Path script = projectRoot().resolve("scripts").resolve("install-rig.sh");
    Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("install-rig.log").toFile()).start();
    if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("install-rig.sh failed: " + Files.readString(dir.resolve("install-rig.log")));
    }
  }

  /** The system property surefire sets, else the nearest directory up with the parent pom. */
  static Path projectRoot() throws IOException {
    String root = System.getProperty("daylight.root");
    if (root != null && !root.isBlank()) return Path.of(root);
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path pom = p.resolve("pom.xml");
      if (Files.exists(pom) && Files.readString(pom).contains("<artifactId>daylight-parent</artifactId>")) return p;
    }
    throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
  }

  private String startXvfb() throws Exception {
    for (int n = 60 + (int) (ProcessHandle.current().pid() % 200); n < 400; n++) {
      if (new File("/tmp/.X" + n + "-lock").exists() || new File("/tmp/.X11-unix/X" + n).exists()) continue;
      String display = ":" + n;
      start(List.of("Xvfb", display, "-screen", "0", WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp"), null, "xvfb" + n);
      long end = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < end) {
        // The socket appears before the server answers: a client started in between gets "Can't
        // open display" (seen once in CI: the viewer on the operator display). Ask it a question.
        if (new File("/tmp/.X11-unix/X" + n).exists() && answers(display)) return display;
        Thread.sleep(50);
      }
      throw new IllegalStateException("Xvfb " + display + " did not start");
    }
    throw new IllegalStateException("no free X display number");
  }

  private static boolean answers(String display) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("xdotool", "getdisplaygeometry").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("DISPLAY", display);
    Process p = pb.start();
    return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  private void start(List<String> cmd, String display, String log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile());
    if (display != null) pb.environment().put("DISPLAY", display);
    processes.push(pb.start());
  }

  private String waitForWindow(String display, List<String> search, long timeoutMs) throws Exception {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      List<String> cmd = new ArrayList<>(List.of("xdotool", "search"));
      cmd.addAll(search);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("DISPLAY", display);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      if (!out.isEmpty()) {
        String[] ids = out.split("\\s+");
        return ids[ids.length - 1];
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no window " + search + " on " + display + " (logs in " + dir + ")");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port, long timeoutMs) throws Exception {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nothing listens on " + port);
  }

  @Override
  public void close() throws Exception {
    relay.close();
    stopProcesses();
  }

  private void stopProcesses() throws InterruptedException, IOException {
    while (!processes.isEmpty()) {
      Process p = processes.pop();
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
    // The browser profile is tens of MB; the logs beside it stay for a failed run's post-mortem.
    Path profile = dir.resolve("chromium");
    if (Files.exists(profile)) {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
