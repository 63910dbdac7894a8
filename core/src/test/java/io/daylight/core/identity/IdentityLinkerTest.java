package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.identity.LinkResult.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityLinkerTest {
  private static final String CV = "Built payment reconciliation services in Go and Kotlin for a fintech, cut batch time "
      + "from six hours to forty minutes, led migration of twelve services to Kubernetes, mentored four engineers, "
      + "designed an event sourced ledger with exactly once delivery, on call rotation owner for the billing platform, "
      + "introduced contract testing that caught three breaking changes before release";

  static Application app(String id, String name, String email, String phone, String dob, String line1, String postal,
                         String cv, String device, String photo) {
    Application.Candidate c = new Application.Candidate(name, email, phone, new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN),
        List.of(), line1 == null ? null : new Address(line1, null, "Phoenix", "AZ", postal, "US"), dob, null);
    return new Application(id, 0, "Engineer", c, null, null, device, null, cv, null, null, photo, null);
  }

  private static LinkResult link(List<? extends Event> events) {
    return new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(events);
  }

  @Test void one_phone_written_two_ways_links_and_says_so() {
    LinkResult r = link(List.of(
        app("a1", "Ann Lee", "ann@x.org", "+1 602 555 0143", null, null, null, null, null, null),
        app("a2", "Bo Chen", "bo@y.org", "+1 (602) 555-0143", null, null, null, null, null, null),
        app("a3", "Cy Diaz", "cy@z.org", "+1 480 555 0100", null, null, null, null, null, null)));
    assertThat(r.clusters()).hasSize(1);
    LinkResult.Cluster c = r.clusters().get(0);
    assertThat(c.id()).isEqualTo("ring-a1");
    assertThat(c.members()).containsExactly("a1", "a2");
    assertThat(c.edges().get(0).reason()).contains("written two ways").contains("+1 (602) 555-0143");
  }

  @Test void a_cv_reused_with_the_names_swapped_links_but_a_template_cohort_does_not() {
    String template = "professional summary results driven engineer core skills java sql git agile projects capstone ";
    LinkResult r = link(List.of(
        app("a1", "Jon Miller", "jon@x.org", null, null, null, null, "Jon Miller jon@x.org " + CV, null, null),
        app("a2", "Sam Ortiz", "sam@y.org", null, null, null, null, "Sam Ortiz sam@y.org +1 602 555 0199 " + CV, null, null),
        app("b1", "Amy Fox", "amy@q.org", null, null, null, null, template + "built a recipe app with react and firebase deployed on vercel with login", null, null),
        app("b2", "Raj Iyer", "raj@q.org", null, null, null, null, template + "wrote a chess engine in rust with alpha beta pruning and a web front end", null, null)));
    assertThat(r.clusters()).extracting(LinkResult.Cluster::members).containsExactly(List.of("a1", "a2"));
    LinkResult.Edge e = r.clusters().get(0).edges().get(0);
    assertThat(e.kind()).isEqualTo(EdgeKind.RESUME);
    assertThat(e.reason()).startsWith("CV 100 % identical").endsWith("under different names");
  }

  @Test void the_same_person_with_swapped_name_order_and_a_typo_links_by_fellegi_sunter() {
    List<Application> apps = new ArrayList<>();
    apps.add(app("p1", "Jonathan Miller", null, null, "1990-04-12", "12 Palm Street", "85004", null, null, null));
    apps.add(app("p2", "Miller Jonathon", null, null, "1990-04-12", "12 palm st", "85004", null, null, null));
    // Look-alike: a sibling at the same address, other given name and birth date.
    apps.add(app("p3", "Sarah Miller", null, null, "1993-09-30", "12 Palm Street", "85004", null, null, null));
    // Look-alike: a namesake elsewhere.
    apps.add(app("p4", "Jonathan Miller", null, null, "1971-01-05", "77 Desert Road", "85251", null, null, null));
    for (int i = 0; i < 300; i++) {
      apps.add(app("n" + i, "Person" + (char) ('a' + i % 26) + " Name" + i, null, null,
          String.format("19%02d-%02d-%02d", 50 + i % 50, 1 + i % 12, 1 + i % 28), (i + 1) + " Oak Avenue",
          String.format("%05d", 85000 + i), null, null, null));
    }
    LinkResult r = link(apps);
    assertThat(r.clusters()).extracting(LinkResult.Cluster::members).containsExactly(List.of("p1", "p2"));
    assertThat(r.clusters().get(0).edges().get(0).reason()).contains("given name and surname swapped")
        .contains("birth date exact");
  }

  @Test void a_reused_photo_within_four_bits_links_and_five_bits_does_not() {
    LinkResult r = link(List.of(
        app("a1", "Ann Lee", null, null, null, null, null, null, null, "c3a1f0e4b2d19e07"),
        app("a2", "Bo Chen", null, null, null, null, null, null, null, "c3a1f0e4b2d19e0f"),
        app("a3", "Cy Diaz", null, null, null, null, null, null, null, "c3a1f0e4b2d1610f")));
    assertThat(r.clusters()).extracting(LinkResult.Cluster::members).containsExactly(List.of("a1", "a2"));
    assertThat(r.clusters().get(0).edges().get(0).reason()).contains("1 bits apart");
  }

  @Test void a_worker_is_a_member_by_worker_id_and_shares_a_payroll_or_phone_edge() {
    Worker w = new Worker("e1", 10, "w-1042", "Jonathan Miller", "jm@corp.example", "602-555-0143",
        new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), null, null, "app-1", null, null, null, null);
    LinkResult r = link(List.of(w, app("app-9", "Li Wei", "li@x.org", "(602) 555-0143", null, null, null, null, null, null)));
    assertThat(r.clusters().get(0).members()).containsExactly("app-9", "w-1042");
    assertThat(r.clusters().get(0).edges().get(0).kind()).isEqualTo(EdgeKind.PHONE);
  }
}
