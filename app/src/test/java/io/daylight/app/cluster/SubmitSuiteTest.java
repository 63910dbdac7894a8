package io.daylight.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.app.ReferenceData;
import io.daylight.app.StandardSuite;
import io.daylight.app.privacy.PseudonymKey;
import io.daylight.app.privacy.StoredForm;
import io.daylight.core.event.Event;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.flink.LineForm;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.daylight.store.Database;
import io.daylight.store.Identities;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite {@code daylight submit} ships: its tasks keep each line exactly as serve stores it
 * (so the cluster and serve share pseudonyms and the store), and it is refused a key the store's
 * data is not under.
 */
class SubmitSuiteTest {
  static final String LINES = """
      {"type":"worker","id":"wk-1","time":"2026-02-01T00:00:00Z","subject":"w-1042","name":"Ana Lima","declared_location":{"city":"Phoenix","region":"AZ","country":"US","lat":33.448,"lon":-112.074},"declared_tz":"America/Phoenix","window_title":"HR portal"}
      {"type":"inventory","id":"inv-1","time":"2026-02-02T09:00:00Z","subject":"w-1042","device_id":"d-1","processes":[{"name":"AnyDesk.exe","path":"C:\\\\Users\\\\alima\\\\AppData\\\\AnyDesk.exe","args":"--secret"},{"name":"spotify.exe","path":"C:\\\\Program Files\\\\Spotify\\\\spotify.exe"}]}
      {"type":"application","id":"app-1","time":"2026-01-10T00:00:00Z","position":"Backend Engineer","candidate":{"name":"Ana Lima","email":"ana@example.org"}}
      """;
  @TempDir Path dir;

  @Test
  void its_tasks_keep_every_line_in_serves_stored_form_and_name_the_same_pseudonyms() throws Exception {
    Path keyFile = dir.resolve("pseudonym.key");
    Pseudonyms key = PseudonymKey.loadOrCreate(keyFile);
    LineForm form = StandardSuite.forSubmit(keyFile, null, new Properties()).lineForm();
    StoredForm serve = new StoredForm(key, ReferenceData.none().tools());
    List<Event> events = new ArrayList<>();
    List<byte[]> raws = new ArrayList<>();
    new NdjsonIngest().read(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)), "t", new IngestSink() {
      @Override public void accepted(Event e, byte[] raw) { events.add(e); raws.add(raw); }

      @Override public void rejected(Rejection r) { throw new AssertionError(r.reason()); }
    });
    assertThat(events).hasSize(3);
    for (int i = 0; i < events.size(); i++) {
      LineForm.Kept kept = form.of(events.get(i), raws.get(i));
      StoredForm.Stored stored = serve.of(events.get(i), raws.get(i));
      assertThat(new String(kept.line(), StandardCharsets.UTF_8)).isEqualTo(stored.line());
      assertThat(kept.pseudonym()).isEqualTo(stored.pseudonym());
      if (!(events.get(i) instanceof io.daylight.core.event.Application)) {
        assertThat(kept.pseudonym()).isEqualTo(key.of("w-1042"));
        assertThat(kept.subject()).isEqualTo("w-1042");
        assertThat(kept.keyId()).isEqualTo(key.keyId());
        assertThat(new String(kept.line(), StandardCharsets.UTF_8)).doesNotContain("w-1042", "window_title", "alima", "spotify");
      }
    }
  }

  @Test
  void its_dead_letters_name_the_worker_by_the_same_pseudonym_as_serves_rejected_table() throws Exception {
    Path keyFile = dir.resolve("pseudonym.key");
    Pseudonyms key = PseudonymKey.loadOrCreate(keyFile);
    LineForm form = StandardSuite.forSubmit(keyFile, null, new Properties()).lineForm();
    String refused = "{\"type\":\"auth\",\"subject\":\"w-1042\",\"src_ip\":\"198.51.100.23\"}";
    String kept = new String(form.ofRejected(refused.getBytes(StandardCharsets.UTF_8)).line(), StandardCharsets.UTF_8);
    assertThat(kept).isEqualTo(new StoredForm(key, ReferenceData.none().tools()).ofRejected(refused).line())
        .contains(key.of("w-1042")).doesNotContain("w-1042");
    assertThat(new String(form.ofRejected("not json w-1042".getBytes(StandardCharsets.UTF_8)).line(),
        StandardCharsets.UTF_8)).isEqualTo("not json w-1042");
  }

  @Test
  void the_batch_scans_suite_keeps_lines_as_received() throws Exception {
    assertThat(new StandardSuite(null, null, true).lineForm()).isNull();
  }

  @Test
  void a_missing_key_file_or_a_key_other_than_the_stores_stops_the_submission() throws Exception {
    assertThatThrownBy(() -> StandardSuite.forSubmit(dir.resolve("absent.key"), null, new Properties()))
        .hasMessageContaining("absent.key");
    Path ours = dir.resolve("ours.key");
    Path other = dir.resolve("other.key");
    PseudonymKey.loadOrCreate(other);
    try (Database db = Database.embedded(dir.resolve("postgres"))) {
      new Identities(db.dataSource()).adopt(PseudonymKey.loadOrCreate(ours).keyId());
      Properties login = new Properties();
      login.setProperty("user", "postgres");
      login.setProperty("password", db.embeddedPassword());
      assertThatCode(() -> StandardSuite.forSubmit(ours, db.jdbcUrl(), login)).doesNotThrowAnyException();
      assertThatThrownBy(() -> StandardSuite.forSubmit(other, db.jdbcUrl(), login))
          .hasMessageContaining("the stored data is under key");
    }
  }
}
