package io.daylight.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.ReferenceData;
import io.daylight.app.context.ContextFile;
import io.daylight.app.security.Role;
import io.daylight.app.security.Secrets;
import io.daylight.app.serve.DaylightServer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.demo.DemoOrganisation;
import io.daylight.store.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A real server for console tests: embedded PostgreSQL, a small seeded demo organisation (its
 * laptop farm, payroll pool and benign look-alikes), one farm worker's roster name replaced by an
 * HTML payload, and an account and a token for every role, with random passwords.
 */
final class ConsoleServer implements AutoCloseable {
  static final String XSS_NAME = "<img src=x onerror=alert(1)>";
  private static final ObjectMapper JSON = new ObjectMapper();
  final DaylightServer server;
  final Map<Role, String> passwords = new EnumMap<>(Role.class);
  final Map<Role, String> tokens = new EnumMap<>(Role.class);
  /** A laptop-farm worker whose roster name is {@link #XSS_NAME}. */
  final String xssWorker;
  /** The key the server stores worker ids under: tests name cases by {@link #pseudonym}. */
  final io.daylight.core.privacy.Pseudonyms pseudonyms;

  ConsoleServer(Path dir) throws Exception {
    this(dir, ReferenceData.none());
  }

  /** With {@code intel}, IP addresses are located (the browser test uses the fetched DB-IP data). */
  @SuppressWarnings("unchecked")
  ConsoleServer(Path dir, ReferenceData intel) throws Exception {
    DemoOrganisation org = new DemoOrganisation(DemoOrganisation.DEFAULT_SEED).workers(60).applications(400).days(40);
    Path input = dir.resolve("input");
    org.write(input);
    Map<String, Object> truth = org.truth();
    String farmer = null;
    for (Map.Entry<String, Object> e : ((Map<String, Object>) truth.get("subjects")).entrySet()) {
      if ("laptop_farm".equals(((Map<String, Object>) e.getValue()).get("scheme"))) {
        farmer = e.getKey();
        break;
      }
    }
    if (farmer == null) throw new IllegalStateException("the demo organisation has no laptop farm");
    xssWorker = farmer;
    ByteArrayOutputStream events = new ByteArrayOutputStream();
    for (String line : Files.readAllLines(input.resolve("events.ndjson"), StandardCharsets.UTF_8)) {
      if (line.contains("\"worker\"") && line.contains("\"" + farmer + "\"")) {
        ObjectNode n = (ObjectNode) JSON.readTree(line);
        if (n.path("type").asText().equals("worker") && n.path("subject").asText().equals(farmer)) {
          n.put("name", XSS_NAME);
          line = n.toString();
        }
      }
      events.write(line.getBytes(StandardCharsets.UTF_8));
      events.write('\n');
    }
    pseudonyms = io.daylight.app.privacy.PseudonymKey.loadOrCreate(dir.resolve("pseudonym.key"));
    server = DaylightServer.start(Database.embedded(dir.resolve("postgres")), ContextFile.load(input.resolve("context.json")),
        intel, ScoringPolicy.DEFAULT, 3_600_000L, 0, pseudonyms);
    server.service().ingest(new ByteArrayInputStream(events.toByteArray()), "test");
    server.service().flush();
    for (Role r : Role.values()) {
      String pw = Secrets.password(20);
      server.security().accounts().put(r.wire() + "1", r, pw);
      passwords.put(r, pw);
      tokens.put(r, server.security().tokens().create(r, "test " + r.wire()).token());
    }
  }

  /** The stored name of a worker id. */
  String pseudonym(String workerId) {
    return pseudonyms.of(workerId);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
