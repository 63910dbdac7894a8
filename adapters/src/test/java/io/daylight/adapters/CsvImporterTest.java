package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.csv.CsvImporter;
import io.daylight.core.event.Application;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Worker;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixtures: a spreadsheet-style ATS "Applications" export, an HRIS worker roster and a payroll
 * "direct deposit changes" export (each with a header row, RFC 4180 quoting), mapped by the
 * mapping files beside them onto the contract's application, worker and payroll fields.
 */
class CsvImporterTest {
  @Test
  void maps_ats_columns_onto_application_fields_in_the_mappings_time_zone() {
    Imported r = Imported.fixture(new CsvImporter(Imported.mapping("ats-mapping.yaml")), "ats-export.csv");
    assertThat(r.stats).isEqualTo(new ImportStats(3, 2, 1, 0));
    List<Application> apps = r.contractEvents().stream().map(Application.class::cast).toList();
    Application j = apps.get(0);
    assertThat(j.id()).isEqualTo("ats:A-20417");
    // 10:14 in Phoenix (UTC−7, no daylight saving) is 17:14Z.
    assertThat(r.events.get(0).path("time").asText()).isEqualTo("2026-01-21T17:14:00Z");
    assertThat(j.candidate().phone()).isEqualTo("+1 (602) 555-0143");
    assertThat(j.candidate().location().region()).isEqualTo("AZ");
    assertThat(j.candidate().links()).containsExactly("https://github.com/jmiller-dev");
    assertThat(j.education()).containsExactly(new Application.Education("University of Malaya", null, null, 2016));
    assertThat(j.source().agency()).isEqualTo("StaffPro LLC");
    assertThat(j.ip()).isEqualTo("37.120.136.27");
    // A blank GitHub cell leaves no hole in links; no agency means no source object at all.
    assertThat(apps.get(1).candidate().links()).containsExactly("https://www.linkedin.com/in/mgonzalez-data");
    assertThat(apps.get(1).source()).isNull();
    ObjectNode extra = (ObjectNode) r.events.get(0).path("extra").path("csv");
    assertThat(extra.path("Recruiter Notes").asText()).isEqualTo("Strong Go skills");
  }

  @Test
  void rejects_a_row_whose_time_does_not_match_the_declared_format() {
    Imported r = Imported.fixture(new CsvImporter(Imported.mapping("ats-mapping.yaml")), "ats-export.csv");
    assertThat(r.rejections).extracting(x -> x.line() + " " + x.reason())
        .containsExactly("4 csv: time '21/01/2026' is neither RFC 3339 nor in the mapping's time_format");
    assertThat(r.rejections.get(0).raw()).contains("Lee Park");
  }

  @Test
  void maps_the_hr_roster_to_worker_events_with_declared_place_laptop_and_engagement() {
    Imported r = Imported.fixture(new CsvImporter(Imported.mapping("hr-roster-mapping.yaml")), "hr-roster.csv");
    assertThat(r.stats).isEqualTo(new ImportStats(3, 2, 1, 0));
    Worker w = (Worker) r.contractEvents().get(0);
    assertThat(w.subject()).isEqualTo("w-1042");
    assertThat(w.declaredTz()).isEqualTo("America/Phoenix");
    assertThat(w.declaredLocation().city()).isEqualTo("Phoenix");
    assertThat(w.laptop().serial()).isEqualTo("C02XK1");
    assertThat(w.laptop().shipTo().city()).isEqualTo("Scottsdale");
    assertThat(w.homeAddress().postal()).isEqualTo("85004");
    assertThat(w.engagement()).isEqualTo(new Worker.Engagement("contractor", "StaffPro LLC"));
    assertThat(r.events.get(0).path("extra").path("csv").path("Cost Center").asText()).isEqualTo("ENG-204");
    // Without an id column the line carries no id: ingest hashes the (deterministic) line.
    assertThat(r.events.get(0).has("id")).isFalse();
    assertThat(r.rejections.get(0).reason()).isEqualTo("csv: no time in column 'Effective Date'");
  }

  @Test
  void maps_payroll_changes_keeping_offsets_and_rejecting_an_unreadable_date() {
    Imported r = Imported.fixture(new CsvImporter(Imported.mapping("payroll-mapping.yaml")), "payroll-changes.csv");
    assertThat(r.stats).isEqualTo(new ImportStats(4, 3, 1, 0));
    List<Payroll> p = r.contractEvents().stream().map(Payroll.class::cast).toList();
    assertThat(p).extracting(Payroll::account).containsExactly("acct-77aa01", "acct-3b21c9", "acct-77aa01");
    assertThat(p.get(0).method()).isEqualTo("payment_platform");
    assertThat(r.byId("payroll:PC-5502").path("time").asText()).isEqualTo("2026-03-02T21:30:00Z");
    assertThat(r.rejections.get(0).line()).isEqualTo(5);
  }

  @Test
  void refuses_a_mapping_without_type_or_time_or_with_a_path_that_is_not_a_field() throws IOException {
    assertThatThrownBy(() -> new CsvImporter(Mapping.parse("time: When"))).hasMessageContaining("needs 'type'");
    assertThatThrownBy(() -> new CsvImporter(Mapping.parse("type: worker\nname: Name"))).hasMessageContaining("needs 'time");
    assertThatThrownBy(() -> new CsvImporter(Mapping.parse("type: worker\ntime: T\n\"candidate name\": N")))
        .hasMessageContaining("not a contract field path");
  }

  @Test
  void explains_that_an_unquoted_yes_no_on_off_column_name_is_read_as_a_boolean() {
    assertThatThrownBy(() -> new CsvImporter(Mapping.parse("type: auth\ntime: t\nclient_utc_offset_min: off")))
        .hasMessageContaining("quote it");
  }

  @Test
  void types_numbers_and_booleans_by_their_contract_field_and_rejects_a_bad_number() throws IOException {
    CsvImporter imp = new CsvImporter(Mapping.parse("""
        type: auth
        time: t
        subject: who
        managed: m
        client_utc_offset_min: "off"
        """));
    Imported r = Imported.text(imp, "t,who,m,off\n2026-02-03T16:01:22Z,w-1,yes,-420\n2026-02-03T16:01:22Z,w-2,no,west\n");
    assertThat(r.events).hasSize(1);
    assertThat(r.events.get(0).path("managed").isBoolean()).isTrue();
    assertThat(r.events.get(0).path("client_utc_offset_min").asInt()).isEqualTo(-420);
    assertThat(r.rejections).extracting(x -> x.reason()).containsExactly("csv: client_utc_offset_min must be a number, not 'west'");
    r.contractEvents();
  }

  @Test
  void rejects_a_row_with_more_cells_than_the_header_and_reads_on() throws IOException {
    CsvImporter imp = new CsvImporter(Mapping.parse("type: payroll\ntime: t\nsubject: who\naccount: a"));
    Imported r = Imported.text(imp, "t,who,a\n2026-03-01T00:00:00Z,w-1,acct-1\n2026-03-01T00:00:00Z,w-2,acct-2,surplus\n2026-03-02T00:00:00Z,w-3\n2026-03-03T00:00:00Z,w-4,acct-4\n");
    assertThat(r.events).extracting(e -> e.path("subject").asText()).containsExactly("w-1", "w-3", "w-4");
    assertThat(r.rejections).extracting(x -> x.line()).containsExactly(3L);
    r.contractEvents();
  }
}
