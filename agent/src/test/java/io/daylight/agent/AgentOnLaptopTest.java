package io.daylight.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.endpoint.RemoteAccessToolDetector;
import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Rtt;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.daylight.intel.catalogue.RemoteAccessToolsReader;
import io.daylight.runtime.EmbeddedRuntime;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The agent, run as its own process on a "laptop" Xvfb display that x11vnc is serving (the
 * remote-control chain's server end), with keys typed by xdotool on that display and a landmark
 * listening on loopback. What it posts is parsed by the real contract parser and run through the
 * real remote-access detector and catalogue.
 */
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentOnLaptopTest {
  static final int PRESSES = 12;
  final Deque<Process> processes = new ArrayDeque<>();
  final List<Event> events = new ArrayList<>();
  final List<Rejection> rejected = new ArrayList<>();
  final List<String> auth = new ArrayList<>();
  HttpServer http;
  ServerSocket landmark;
  Path dir;
  int agentExit;

  @BeforeAll
  void run_the_agent_on_a_laptop_served_by_x11vnc() throws Exception {
    dir = Files.createTempDirectory("daylight-agent");
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/v1/events", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      synchronized (events) {
        auth.add(ex.getRequestHeaders().getFirst("Authorization"));
        new NdjsonIngest().read(new ByteArrayInputStream(body), "agent", new IngestSink() {
          @Override public void accepted(Event e, byte[] raw) { events.add(e); }
          @Override public void rejected(Rejection r) { rejected.add(r); }
        });
      }
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    http.start();
    landmark = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    String display = xvfb();
    int vnc;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      vnc = s.getLocalPort();
    }
    start(List.of("x11vnc", "-display", display, "-rfbport", String.valueOf(vnc), "-localhost", "-nopw", "-forever",
        "-quiet"), display, "x11vnc");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder agent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        AgentCommand.class.getName(), "--server", "http://127.0.0.1:" + http.getAddress().getPort(),
        "--token", "agent-token", "--subject", "w-laptop", "--device-id", "laptop-1", "--spool",
        dir.resolve("spool").toString(), "--landmark", "phx-1=127.0.0.1:" + landmark.getLocalPort() + "@33.448,-112.074",
        "--run-for", "9").redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile());
    agent.environment().put("DISPLAY", display);
    Process a = agent.start();
    processes.push(a);
    Thread.sleep(4_000); // JVM start, OSHI's first inventory, hook registration
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < PRESSES; i++) {
      keys.addAll(List.of("keydown", "--delay", "0", "x", "sleep", "0.08", "keyup", "--delay", "0", "x", "sleep",
          String.format(Locale.ROOT, "%.3f", 0.1 + 0.01 * (i % 5))));
    }
    xdotool(display, keys);
    assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
    agentExit = a.exitValue();
  }

  @AfterAll
  void stop() throws Exception {
    if (http != null) http.stop(0);
    if (landmark != null) landmark.close();
    while (!processes.isEmpty()) {
      Process p = processes.pop();
      p.destroy();
      if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
    }
  }

  @Test
  void the_agent_reports_x11vnc_which_the_catalogue_names_a_remote_access_tool() {
    assertThat(agentExit).as("agent log in %s", dir).isZero();
    assertThat(rejected).isEmpty();
    List<Finding> findings = new ArrayList<>();
    EmbeddedRuntime rt = new EmbeddedRuntime(List.of(new RemoteAccessToolDetector(DeploymentContext.EMPTY,
        RemoteAccessCatalogue.of(RemoteAccessToolsReader.bundled()))), EmbeddedRuntime.UNBOUNDED_LATENESS, findings::add,
        e -> { });
    List<Inventory> inventories = new ArrayList<>();
    for (Event e : events) {
      if (e instanceof Inventory i) {
        inventories.add(i);
        rt.offer(i);
      }
    }
    rt.finish();
    assertThat(inventories).isNotEmpty();
    // Benign look-alikes on the same laptop: Xvfb and the JVM are running and are not tools.
    assertThat(inventories.get(0).processes()).extracting(Inventory.Process::name).contains("x11vnc", "Xvfb", "java");
    assertThat(inventories.get(0).osTz()).isNotBlank();
    assertThat(findings).anySatisfy(f -> assertThat(f.explanation()).contains("x11vnc"));
    assertThat(findings).noneSatisfy(f -> assertThat(f.explanation()).contains("Xvfb"));
  }

  @Test
  void key_press_and_release_instants_reach_the_server_as_endpoint_keystrokes() {
    List<Keystrokes> batches = new ArrayList<>();
    for (Event e : events) if (e instanceof Keystrokes k) batches.add(k);
    int presses = batches.stream().mapToInt(k -> k.downMs().length).sum();
    assertThat(presses).as("agent log in %s", dir).isEqualTo(PRESSES);
    assertThat(batches).allSatisfy(k -> assertThat(k.source()).isEqualTo("endpoint"));
    Keystrokes k = batches.get(0);
    assertThat(k.upMs()).hasSameSizeAs(k.downMs());
    for (int i = 0; i < k.downMs().length; i++) assertThat(k.upMs()[i] - k.downMs()[i]).isBetween(60.0, 200.0);
    assertThat(auth).containsOnly("Bearer agent-token");
  }

  @Test
  void the_landmark_round_trip_is_a_tcp_probe() {
    assertThat(events).filteredOn(e -> e instanceof Rtt).first().satisfies(e -> {
      Rtt r = (Rtt) e;
      assertThat(r.method()).isEqualTo("tcp");
      assertThat(r.landmark().id()).isEqualTo("phx-1");
      assertThat(r.rttMs()).isGreaterThanOrEqualTo(0).isLessThan(50); // loopback: tens of µs, 0.0 at 0.1 ms rounding
    });
  }

  private String xvfb() throws Exception {
    for (int n = 300 + (int) (ProcessHandle.current().pid() % 100); n < 600; n++) {
      if (new File("/tmp/.X" + n + "-lock").exists() || new File("/tmp/.X11-unix/X" + n).exists()) continue;
      start(List.of("Xvfb", ":" + n, "-screen", "0", "1024x768x24", "-nolisten", "tcp"), null, "xvfb");
      long end = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < end) {
        if (new File("/tmp/.X11-unix/X" + n).exists()) return ":" + n;
        Thread.sleep(50);
      }
      throw new IllegalStateException("Xvfb :" + n + " did not start");
    }
    throw new IllegalStateException("no free X display");
  }

  private void start(List<String> cmd, String display, String log) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile());
    if (display != null) pb.environment().put("DISPLAY", display);
    processes.push(pb.start());
  }

  private void xdotool(String display, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("xdotool"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("xdotool.log").toFile());
    pb.environment().put("DISPLAY", display);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }
}
