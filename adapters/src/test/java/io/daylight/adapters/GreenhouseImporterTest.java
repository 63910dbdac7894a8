package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.greenhouse.GreenhouseImporter;
import io.daylight.core.event.Application;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixture shape: Greenhouse Harvest API candidate objects as {@code GET /v1/candidates} lists them
 * (developers.greenhouse.io/harvest.html, "The candidate object": id, first_name, last_name,
 * company, title, phone_numbers[{value,type}], addresses[{value,type}], email_addresses[{value,type}],
 * website_addresses, social_media_addresses, recruiter, tags, applications[], educations[{school_name,
 * degree, discipline, start_date, end_date}], employments[{company_name, title, start_date, end_date}],
 * custom_fields, keyed_custom_fields) with application objects ("The application object": id,
 * candidate_id, prospect, applied_at, source{id,public_name}, credited_to, jobs[{id,name}], status,
 * current_stage, answers, location{address}).
 */
class GreenhouseImporterTest {
  private final GreenhouseImporter importer = new GreenhouseImporter(Imported.mapping("subjects-mapping.yaml"));

  @Test
  void converts_each_application_of_each_candidate_to_an_application_event() {
    Imported r = Imported.fixture(importer, "greenhouse-candidates.json");
    assertThat(r.stats).isEqualTo(new ImportStats(3, 3, 0, 0));
    List<Application> apps = r.contractEvents().stream().map(Application.class::cast).toList();
    assertThat(apps).extracting(Application::id).containsExactly("greenhouse:8812001", "greenhouse:8812377", "greenhouse:8812540");
    Application j = apps.get(0);
    assertThat(j.position()).isEqualTo("Senior Backend Engineer (remote)");
    assertThat(j.candidate().name()).isEqualTo("Jonathan Miller");
    assertThat(j.candidate().email()).isEqualTo("jon.miller.dev@gmail.com");
    assertThat(j.candidate().phone()).isEqualTo("+1 (602) 555-0143");
    assertThat(j.candidate().location().city()).isEqualTo("Phoenix");
    assertThat(j.candidate().location().country()).isEqualTo("US");
    assertThat(j.candidate().address().line1()).isEqualTo("12 Palm St");
    assertThat(j.candidate().address().postal()).isEqualTo("85004");
    assertThat(j.candidate().links()).containsExactly("https://jmiller-dev.github.io", "https://github.com/jmiller-dev");
    assertThat(j.education()).containsExactly(new Application.Education("University of Malaya", null, "Bachelor's Degree Computer Science", 2016));
    assertThat(j.employers()).containsExactly(new Application.Employer("Example Tech LLC", null, "Senior Developer", "2018-01", "2022-06"));
    assertThat(j.source()).isEqualTo(new Application.Source("agency", "StaffPro LLC", null));
  }

  @Test
  void keeps_the_shared_phone_of_a_near_duplicate_applicant_and_the_referrer_of_a_referral() {
    List<Application> apps = Imported.fixture(importer, "greenhouse-candidates.json").contractEvents().stream()
        .map(Application.class::cast).toList();
    assertThat(apps.get(1).candidate().name()).isEqualTo("Jon Millar");
    assertThat(apps.get(1).candidate().phone()).isEqualTo("602-555-0143");
    assertThat(apps.get(2).source()).isEqualTo(new Application.Source("Employee Referral", null, "w-1077"));
    assertThat(apps.get(2).candidate().email()).isEqualTo("d.okafor@protonmail.com");
  }

  @Test
  void keeps_unmapped_fields_under_extra_but_drops_signed_attachment_urls() {
    ObjectNode e = Imported.fixture(importer, "greenhouse-candidates.json").events.get(0);
    ObjectNode extra = (ObjectNode) e.path("extra").path("greenhouse");
    assertThat(extra.path("candidate").path("custom_fields").path("desired_salary").asText()).isEqualTo("150000");
    assertThat(extra.path("application").path("current_stage").path("name").asText()).isEqualTo("Application Review");
    assertThat(e.toString()).doesNotContain("X-Amz-Signature");
  }

  @Test
  void rejects_a_candidate_without_applications_and_an_application_without_a_time() {
    Imported r = Imported.text(importer, """
        [{"id":1,"first_name":"A","last_name":"B","applications":[]},
         {"id":2,"first_name":"C","last_name":"D","applications":[{"id":9,"applied_at":null}]},
         {"id":4341,"candidate_id":23123,"prospect":true,"applied_at":"2014-03-26T18:03:45Z"}]
        """);
    assertThat(r.events).isEmpty();
    assertThat(r.rejections).extracting(x -> x.line() + " " + x.reason()).containsExactly(
        "1 greenhouse: candidate has no applications (export candidates with their applications)",
        "2 greenhouse: missing applications[].applied_at",
        "3 greenhouse: not a Harvest candidate object (no first_name/last_name)");
  }
}
