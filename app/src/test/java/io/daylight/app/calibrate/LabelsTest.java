package io.daylight.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {
  @TempDir Path tmp;

  @Test
  void theDemosAnswerKeyMarksSchemesRingsAndSchemeHiresAsFraudAndLookAlikesAsHonest() throws IOException {
    Path truth = tmp.resolve("truth.json");
    Files.writeString(truth, """
        {"subjects": {"w-1": {"scheme": "laptop_farm", "labels": ["laptop_farm"]},
                      "w-2": {"scheme": null, "labels": ["traveller"]}},
         "applications": {"a-1": {"labels": ["hire:w-1", "laptop_farm"]}, "a-2": {"labels": ["hire:w-2"]},
                          "a-3": {"labels": ["applicant_ring"]}, "a-4": {"labels": ["bootcamp_template"]}},
         "unlabelled_applications_are": "honest"}""");
    Path events = tmp.resolve("e.ndjson");
    Files.writeString(events, """
        {"type":"application","id":"a-4","time":"2026-03-02T14:05:11Z"}
        {"type":"application","id":"a-5","time":"2026-03-02T14:05:11Z"}
        {"type":"worker","id":"hr-1","subject":"w-1","time":"2026-03-02T14:05:11Z"}
        """);

    Labels l = Labels.read(truth);
    assertThat(l.addUnlisted(List.of(events))).isEqualTo(1);

    assertThat(l.fraud()).containsEntry("worker:w-1", true).containsEntry("worker:w-2", false)
        .containsEntry("applicant:a-1", true).containsEntry("applicant:a-2", false)
        .containsEntry("applicant:a-3", true).containsEntry("applicant:a-4", false)
        .containsEntry("applicant:a-5", false).hasSize(7);
  }

  @Test
  void theFraudFlagShapeIsReadAsItIs() throws IOException {
    Path truth = tmp.resolve("truth.json");
    Files.writeString(truth, "{\"workers\": {\"w-1\": {\"fraud\": true}}, \"applications\": {\"a-1\": {\"fraud\": false}}}");

    assertThat(Labels.read(truth).fraud()).containsExactlyInAnyOrderEntriesOf(
        java.util.Map.of("worker:w-1", true, "applicant:a-1", false));
  }
}
