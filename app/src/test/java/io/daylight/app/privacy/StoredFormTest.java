package io.daylight.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.IntelOption;
import io.daylight.app.ReferenceData;
import io.daylight.app.scan.BatchScan;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.core.score.Case;
import io.daylight.demo.DemoOrganisation;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored form (minimised, pseudonymised) against the lines as sent: it must drop what no
 * detector reads and change no finding and no case beyond the worker's name becoming a pseudonym.
 * The sent lines carry what real sources add (window titles, command lines, home-directory paths,
 * every running process, vendor extras) on top of the demo organisation.
 */
class StoredFormTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static ReferenceData intel;
  static Pseudonyms pseudonyms;
  static StoredForm form;
  static Path sent;
  static Path stored;

  @BeforeAll
  static void storeTheDemoOrganisation() throws IOException {
    new DemoOrganisation(DemoOrganisation.DEFAULT_SEED).workers(80).applications(600).days(30).write(dir);
    intel = new IntelOption().load();
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 42);
    pseudonyms = new Pseudonyms(key);
    form = new StoredForm(pseudonyms, intel.tools());
    sent = dir.resolve("sent.ndjson");
    List<String> noisy = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("events.ndjson"), StandardCharsets.UTF_8)) {
      ObjectNode n = (ObjectNode) JSON.readTree(line);
      n.put("window_title", "Inbox — private message");
      n.putObject("extra").put("okta_actor_display_name", "Someone");
      if (n.path("type").asText().equals("inventory")) {
        var procs = n.withArray("processes");
        procs.addObject().put("name", "Signal.exe").put("path", "C:\\Users\\jdoe\\AppData\\Local\\Signal\\Signal.exe")
            .put("cmdline", "Signal.exe --chat 'with my doctor'");
        procs.addObject().put("name", "MyHealthApp").put("path", "/Users/jdoe/Applications/MyHealthApp.app");
        procs.addObject().put("name", "AnyDesk.exe").put("path", "C:\\Users\\jdoe\\Downloads\\AnyDesk.exe")
            .put("signer", "philandro Software GmbH").put("cmdline", "AnyDesk.exe --with-secret");
      }
      noisy.add(n.toString());
    }
    Files.write(sent, noisy, StandardCharsets.UTF_8);
    stored = dir.resolve("stored.ndjson");
    List<String> out = new ArrayList<>();
    NdjsonIngest ingest = new NdjsonIngest(false);
    try (InputStream in = Files.newInputStream(sent)) {
      ingest.read(in, "sent", new IngestSink() {
        @Override public void accepted(Event e, byte[] raw) { out.add(form.of(e, raw).line()); }
        @Override public void rejected(Rejection r) { throw new IllegalStateException(r.reason()); }
      });
    }
    Files.write(stored, out, StandardCharsets.UTF_8);
  }

  @Test
  void what_no_detector_reads_is_not_stored() throws IOException {
    String all = Files.readString(stored);
    assertThat(all).doesNotContain("window_title").doesNotContain("extra").doesNotContain("cmdline")
        .doesNotContain("Signal.exe").doesNotContain("MyHealthApp").doesNotContain("jdoe")
        .doesNotContain("user_agent").doesNotContain("\"position\"").doesNotContain("\"referrer\"");
    assertThat(all).contains("C:\\\\Users\\\\<user>\\\\Downloads\\\\AnyDesk.exe");
    for (String line : Files.readAllLines(stored)) {
      JsonNode n = JSON.readTree(line);
      if (n.has("subject")) assertThat(Pseudonyms.isPseudonym(n.get("subject").asText())).as(line).isTrue();
      assertThat(n.get("id").asText()).isNotBlank();
    }
  }

  @Test
  void the_stored_form_changes_no_finding_and_no_case_only_the_names_of_workers() throws IOException {
    Outcome before = scan(sent, true);
    Outcome after = scan(stored, false);
    assertThat(before.findings).hasSizeGreaterThan(20);
    assertThat(after.findings).isEqualTo(before.findings);
    assertThat(after.cases).isEqualTo(before.cases);
  }

  @Test
  void home_directories_lose_the_user_name_on_every_platform() {
    assertThat(StoredForm.withoutUser("C:\\Users\\jdoe\\AppData\\Local\\x.exe")).isEqualTo("C:\\Users\\<user>\\AppData\\Local\\x.exe");
    assertThat(StoredForm.withoutUser("/home/jdoe/.local/bin/rustdesk")).isEqualTo("/home/<user>/.local/bin/rustdesk");
    assertThat(StoredForm.withoutUser("/Users/jdoe/Applications/TeamViewer.app")).isEqualTo("/Users/<user>/Applications/TeamViewer.app");
    assertThat(StoredForm.withoutUser("C:\\Program Files\\AnyDesk\\AnyDesk.exe")).isEqualTo("C:\\Program Files\\AnyDesk\\AnyDesk.exe");
  }

  record Outcome(Set<String> findings, Set<String> cases) {}

  /** Findings and cases in a form that names workers by pseudonym (mapping the sent run's ids). */
  static Outcome scan(Path events, boolean mapIds) throws IOException {
    BatchScan.Result r = DemoScan.run(dir, intel, events);
    Set<String> findings = new TreeSet<>();
    for (Finding f : r.findings()) {
      findings.add(String.join(" ", f.detector(), name(f.subject(), mapIds, f.kind().wire()), f.kind().wire(),
          Long.toString(f.time()), Double.toString(f.likelihoodRatio()), f.dependencyGroup(),
          names(f.members(), mapIds, f.kind().wire()).toString(), names(f.eventIds(), mapIds, f.kind().wire()).toString()));
    }
    Set<String> cases = new TreeSet<>();
    for (Case c : r.cases()) {
      cases.add(c.kind().wire() + " " + name(c.subject(), mapIds, c.kind().wire()) + " " + c.score() + " " + c.level()
          + " " + names(c.members(), mapIds, c.kind().wire()));
    }
    return new Outcome(findings, cases);
  }

  private static String name(String s, boolean map, String kind) {
    return map && s != null && s.startsWith("w-") ? pseudonyms.of(s) : s;
  }

  private static List<String> names(List<String> ss, boolean map, String kind) {
    List<String> out = new ArrayList<>();
    for (String s : ss) out.add(name(s, map, kind));
    out.sort(null); // members are listed in name order, and pseudonyms sort differently from ids
    return out;
  }
}
