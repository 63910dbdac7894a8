package io.daylight.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during ingestion loses no acknowledged event and duplicates none after restart. The
 * service runs as a real child JVM with its embedded PostgreSQL; the test kills the JVM and every
 * process it started (the database included, as a power cut would) while batches are in flight.
 */
@Tag("e2e")
class ServeKillTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int BATCH = 250;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path home;
  String token;

  @Test
  void kill_minus_nine_mid_ingest_loses_no_acknowledged_event_and_duplicates_none() throws Exception {
    token = ingestToken();
    int port = freePort();
    Process serve = startServe(port);
    List<List<String>> sent = new ArrayList<>();
    Set<String> acked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    Thread killer = new Thread(() -> {
      try {
        // Let some batches through, then kill while the client is mid-request.
        while (acked.size() < 10 * BATCH) Thread.sleep(5);
        Thread.sleep(7);
        serve.descendants().forEach(ProcessHandle::destroyForcibly);
        serve.destroyForcibly();
        killed.set(true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    killer.start();
    for (int b = 0; !killed.get() && b < 10_000; b++) {
      List<String> batch = batch(b);
      sent.add(batch);
      try {
        HttpResponse<String> r = post(port, String.join("\n", batch));
        if (r.statusCode() == 200) {
          JsonNode rep = JSON.readTree(r.body());
          assertThat(rep.get("accepted").asInt()).isEqualTo(BATCH);
          for (String line : batch) acked.add(JSON.readTree(line).get("id").asText());
        }
      } catch (java.io.IOException e) {
        break; // the connection died with the server: this batch was never acknowledged
      }
    }
    killer.join(60_000);
    assertThat(killed).isTrue();
    serve.waitFor(30, TimeUnit.SECONDS);

    Process again = startServe(port);
    try {
      Set<String> all = new HashSet<>();
      int duplicatesOfAcked = 0;
      for (List<String> batch : sent) {
        JsonNode rep = JSON.readTree(post(port, String.join("\n", batch)).body());
        for (JsonNode l : rep.get("lines")) {
          all.add(l.get("id").asText());
          if (acked.contains(l.get("id").asText())) {
            assertThat(l.get("status").asText()).as("acknowledged %s must have survived", l.get("id")).isEqualTo("duplicate");
            duplicatesOfAcked++;
          }
        }
      }
      assertThat(duplicatesOfAcked).isEqualTo(acked.size());
      System.out.printf("kill test: %d batches sent, %d events acknowledged before kill -9, %d distinct after restart%n",
          sent.size(), acked.size(), all.size());
      JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(health.get("events").asLong()).isEqualTo(all.size());
    } finally {
      again.descendants().forEach(ProcessHandle::destroy);
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  static List<String> batch(int b) {
    List<String> lines = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      long t = 1_770_000_000_000L + (long) b * BATCH * 1000 + i * 1000L;
      lines.add(String.format(Locale.ROOT,
          "{\"type\":\"activity\",\"id\":\"k-%d-%d\",\"time\":\"%s\",\"subject\":\"w-%d\",\"source\":\"git\",\"utc_offset_min\":0}",
          b, i, java.time.Instant.ofEpochMilli(t), i % 17));
    }
    return lines;
  }

  HttpResponse<String> post(int port, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/events"))
        .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Ingestion needs a token: created the way an operator would, with the CLI, before serve starts. */
  String ingestToken() {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine cli = io.daylight.app.Main.commandLine();
    cli.setOut(new java.io.PrintWriter(out));
    int code = cli.execute("token", "create", "--role", "ingest", "--data-dir", home.toString());
    assertThat(code).isZero();
    return out.toString().trim();
  }

  Process startServe(int port) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.daylight.app.Main", "serve", "--no-intel",
        "--data-dir", home.toString(), "--port", String.valueOf(port))
        .redirectErrorStream(true);
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = out.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.contains("listening on")) {
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) { /* keep the pipe from filling */ }
          } catch (java.io.IOException ignored) {
            // the child died: expected in this test
          }
        });
        drain.setDaemon(true);
        drain.start();
        return p;
      }
      if (System.nanoTime() > deadline) break;
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not start:\n" + seen);
  }

  static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
