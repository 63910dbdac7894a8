package io.daylight.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.app.ReferenceData;
import io.daylight.app.privacy.PseudonymKey;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.core.score.Case;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restart of serve must not change: the cases an analyst sees. */
class ServeRestartTest {
  @TempDir Path dir;

  /**
   * Regression: findings outlive raw telemetry (365 against 90 days by default), but a restart
   * rebuilt each case from the findings its replay of the remaining events produced, so a worker's
   * case silently lost the evidence whose events retention had already purged.
   */
  @Test
  void a_case_keeps_findings_whose_events_retention_purged_across_a_restart() throws Exception {
    Instant now = Instant.now();
    String worker = "{\"type\":\"worker\",\"id\":\"r-1\",\"time\":\"" + now.minus(Duration.ofDays(130)) + "\","
        + "\"subject\":\"w-7\",\"declared_tz\":\"America/Phoenix\","
        + "\"declared_location\":{\"city\":\"Phoenix\",\"region\":\"AZ\",\"country\":\"US\",\"lat\":33.448,\"lon\":-112.074}}";
    String anyDesk = "{\"type\":\"inventory\",\"id\":\"inv-old\",\"time\":\"" + now.minus(Duration.ofDays(120)) + "\","
        + "\"subject\":\"w-7\",\"device_id\":\"dev-7\",\"processes\":[{\"name\":\"AnyDesk.exe\","
        + "\"path\":\"C:\\\\Program Files (x86)\\\\AnyDesk\\\\AnyDesk.exe\",\"signer\":\"philandro Software GmbH\"}]}";
    String piKvm = "{\"type\":\"inventory\",\"id\":\"inv-new\",\"time\":\"" + now.minus(Duration.ofDays(5)) + "\","
        + "\"subject\":\"w-7\",\"device_id\":\"dev-7\",\"usb\":[{\"vid\":\"1d6b\",\"pid\":\"0104\",\"manufacturer\":\"PiKVM\","
        + "\"product\":\"PiKVM Composite Device\",\"serial\":\"CAFEBABE\"}]}";
    Pseudonyms pseudonyms = PseudonymKey.loadOrCreate(dir.resolve("pseudonym.key"));
    String subject = pseudonyms.of("w-7");

    List<String> before;
    try (DaylightServer server = start(pseudonyms)) {
      server.service().ingest(new ByteArrayInputStream(String.join("\n", worker, anyDesk, piKvm)
          .getBytes(StandardCharsets.UTF_8)), "test");
      server.service().flush();
      before = caseOf(server, subject).findings();
      assertThat(before).as("both devices' findings are in the case").hasSize(2);
      var report = server.retention().run("test", false);
      assertThat(server.events().count()).as("the 120-day-old inventory is purged: " + report.toJson()).isEqualTo(2);
      assertThat(server.findings().bySubject(SubjectKind.WORKER, subject)).extracting(Finding::uid)
          .containsExactlyInAnyOrderElementsOf(before);
    }

    try (DaylightServer server = start(pseudonyms)) {
      assertThat(caseOf(server, subject).findings()).containsExactlyInAnyOrderElementsOf(before);
    }
  }

  private DaylightServer start(Pseudonyms pseudonyms) {
    return DaylightServer.start(Database.embedded(dir.resolve("postgres")), DeploymentContext.EMPTY, ReferenceData.none(),
        ScoringPolicy.DEFAULT, 3_600_000L, 0, pseudonyms);
  }

  private static Case caseOf(DaylightServer server, String subject) {
    return server.cases().get(SubjectKind.WORKER, subject).orElseThrow(() -> new AssertionError("no case for " + subject));
  }
}
