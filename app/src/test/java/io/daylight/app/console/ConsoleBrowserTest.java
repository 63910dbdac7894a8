package io.daylight.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.security.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as a person uses it, in Debian's chromium driven by playwright-core (both installed
 * by scripts/install-browser.sh, which Maven runs before the tests): sign in, open the top case,
 * follow a finding to its events, decide it, see the audit entry; a roster name that is an HTML
 * payload renders as text; the auditor verifies the chain. Screenshots go to docs/screenshots/.
 */
@Tag("e2e")
class ConsoleBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void an_analyst_decides_the_top_case_and_an_auditor_verifies_the_trail_in_a_real_browser() throws Exception {
    Path root = root();
    String browserDir = run(new ProcessBuilder("bash", root.resolve("scripts/install-browser.sh").toString())).strip().lines()
        .reduce((a, b) -> b).orElseThrow();
    Path shots = root.resolve("docs/screenshots");
    Files.createDirectories(shots);
    try (ConsoleServer s = new ConsoleServer(dir, new io.daylight.app.IntelOption().load())) {
      var args = JSON.createObjectNode();
      args.put("base", s.base()).put("browserDir", browserDir).put("shots", shots.toString())
          .put("xssWorker", s.pseudonym(s.xssWorker)).put("xssName", ConsoleServer.XSS_NAME);
      args.putObject("analyst").put("name", "analyst1").put("password", s.passwords.get(Role.ANALYST));
      args.putObject("auditor").put("name", "auditor1").put("password", s.passwords.get(Role.AUDITOR));
      String out = run(new ProcessBuilder("node", root.resolve("app/src/test/js/console-e2e.mjs").toString(), args.toString()));
      String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
      JsonNode r = JSON.readTree(last);
      System.out.println("console e2e: " + last);
      assertThat(r.get("events").asInt()).isPositive();
      assertThat(r.get("dialogs").asInt()).isZero();
      assertThat(r.get("verify").asText()).startsWith("intact");
      JsonNode history = new Http(s.base()).bearer(s.tokens.get(Role.AUDITOR))
          .json("GET", "/v1/audit?target=case:worker:" + r.get("subject").asText(), null);
      assertThat(history.findValuesAsText("action")).contains("case.read", "events.read", "case.decide");
      assertThat(history.findValuesAsText("actor")).contains("analyst1");
    }
    for (String png : new String[] {"console-queue.png", "console-case.png", "console-audit.png"}) {
      assertThat(Files.size(shots.resolve(png))).isGreaterThan(10_000);
    }
  }

  private static String run(ProcessBuilder pb) throws IOException, InterruptedException {
    Process p = pb.redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("%s:%n%s", pb.command(), text).isZero();
    return text;
  }

  static Path root() {
    String prop = System.getProperty("daylight.root");
    if (prop != null) return Path.of(prop);
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      try {
        if (Files.readString(p.resolve("pom.xml")).contains("<artifactId>daylight-parent</artifactId>")) return p;
      } catch (IOException e) {
        // no pom here: keep walking up
      }
      p = p.getParent();
    }
    throw new IllegalStateException("project root not found");
  }
}
