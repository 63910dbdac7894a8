package io.daylight.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.daylight.app.ReferenceData;
import io.daylight.app.privacy.PseudonymKey;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.privacy.Pseudonyms;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.store.Database;
import io.daylight.store.SubjectRecords;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve keeps of the lines it refuses, and that a person's rights still reach them. */
class RejectedLinesTest {
  @TempDir Path dir;

  @Test
  void a_refused_line_names_its_worker_by_pseudonym_and_export_and_erasure_by_worker_id_still_find_it()
      throws Exception {
    Pseudonyms pseudonyms = PseudonymKey.loadOrCreate(dir.resolve("pseudonym.key"));
    Database db = Database.embedded(dir.resolve("postgres"));
    try (DaylightServer server = DaylightServer.start(db, DeploymentContext.EMPTY, ReferenceData.none(),
        ScoringPolicy.DEFAULT, 3_600_000L, 0, pseudonyms)) {
      String lines = String.join("\n",
          "{\"type\":\"auth\",\"subject\":\"w-9\",\"src_ip\":\"198.51.100.23\",\"outcome\":\"success\"}",
          "not json, subject w-9",
          "{\"type\":\"auth\",\"time\":\"2026-02-03T16:01:22Z\",\"subject\":\"w-10\",\"outcome\":\"success\"}");
      var report = server.service().ingest(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "sensor");
      assertThat(report.rejected()).isEqualTo(2);

      List<String> raws = rejectedRaws(db);
      assertThat(raws).containsExactlyInAnyOrder(
          "{\"type\":\"auth\",\"subject\":\"" + pseudonyms.of("w-9") + "\",\"src_ip\":\"198.51.100.23\",\"outcome\":\"success\"}",
          "not json, subject w-9");

      SubjectRecords rights = new SubjectRecords(db.dataSource(), server.security().audit(), Clock.systemUTC());
      JsonNode export = rights.export("w-9", "dpo");
      assertThat(export.get("rejected_lines").findValuesAsText("raw")).singleElement().asString()
          .contains(pseudonyms.of("w-9"));
      rights.erase("w-9", "dpo", null);
      assertThat(rejectedRaws(db)).containsExactly("not json, subject w-9");
    }
  }

  private static List<String> rejectedRaws(Database db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT raw FROM rejected ORDER BY id")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
