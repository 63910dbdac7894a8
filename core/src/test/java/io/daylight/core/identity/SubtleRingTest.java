package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 8: a ring that rewrites one CV template until its text is less alike than an
 * honest bootcamp cohort's, mints mailboxes by one recipe and files from one rented /24 in bursts.
 */
class SubtleRingTest {
  private static final long DAY = 86_400_000L;
  private static final List<Application.Employer> RING_HISTORY = List.of(
      new Application.Employer("Northwind Systems", "US", "Software Engineer", "2017-03", "2019-08"),
      new Application.Employer("Contoso Cloud", "US", "Senior Engineer", "2019-09", "2024-01"));

  private static Application app(String id, double day, String name, String email, String phone, String ip,
                                 String cv, List<Application.Employer> employers) {
    Application.Candidate c = new Application.Candidate(name, email, phone,
        new Place("Dallas", "TX", "US", Double.NaN, Double.NaN), List.of(), null, null, null);
    return new Application(id, (long) (day * DAY), "Backend Engineer", c, ip, "Mozilla/5.0", null, null, cv, null,
        employers, null, null);
  }

  private static List<Finding> signals(List<? extends Event> events) {
    return ClusterSignals.findings(new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(events));
  }

  @Test void a_ring_rewording_one_template_is_found_by_its_work_history_mailbox_recipe_and_network_but_a_bootcamp_cohort_is_not() {
    List<Event> ev = new ArrayList<>();
    String[][] ring = {
        {"Ethan Cole", "ecole4821.devpro@gmail.com", "+1 214 555 0101",
            "Backend engineer who ships reliable services. Built payment APIs in Go. Led migration to Kubernetes."},
        {"Maria Lopez", "mlopez1934.devpro@outlook.com", "+1 469 555 0177",
            "Engineer focused on scalable systems; moved the platform onto Kubernetes and wrote billing services in Go."},
        {"Owen Park", "opark7713.devpro@gmail.com", "+1 972 555 0144",
            "I design dependable back ends. At Contoso I rebuilt invoicing in Go and ran our cluster upgrade."},
        {"Ravi Khan", "rkhan2290.devpro@gmail.com", "+1 214 555 0199",
            "Distributed systems developer: Go microservices for payments, container orchestration, on-call lead."}};
    for (int i = 0; i < ring.length; i++) {
      ev.add(app("r" + i, 10 + i * 1.5, ring[i][0], ring[i][1], ring[i][2], "45.86.200." + (10 + i), ring[i][3], RING_HISTORY));
    }
    String template = "Full-stack developer graduate of the Summit Coding Bootcamp. Built a capstone web application "
        + "with React and Node.js, wrote REST APIs, deployed to the cloud and practised agile teamwork.";
    String[] cohort = {"Anna Young", "Brian Ortiz", "Chloe Nguyen", "David Reed"};
    for (int i = 0; i < cohort.length; i++) {
      String first = cohort[i].split(" ")[0].toLowerCase();
      String last = cohort[i].split(" ")[1].toLowerCase();
      ev.add(app("b" + i, 12 + i, cohort[i], first + "." + last + "@gmail.com", "+1 817 555 02" + (10 + i),
          "128.62.40." + (20 + i), template + " Former " + (i == 0 ? "barista" : i == 1 ? "teacher" : i == 2 ? "nurse" : "clerk") + ".",
          List.of(new Application.Employer("Employer " + i, "US", "Staff", "201" + i + "-0" + (i + 1), "2022-0" + (i + 2)),
              new Application.Employer("Bootcamp Employer " + i, "US", "Intern", "2023-0" + (i + 1), "2023-1" + i))));
    }
    List<Finding> f = signals(ev);
    assertThat(f).extracting(Finding::detector).contains(
        ClusterSignals.WORK_HISTORY, ClusterSignals.EMAIL_TEMPLATE, ClusterSignals.NETWORK_BURST);
    assertThat(f).allSatisfy(x -> assertThat(x.members()).allMatch(m -> m.startsWith("r")));
    List<Case> cases = new CaseScorer(ScoringPolicy.DEFAULT).score(f);
    assertThat(cases).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("ring-r0");
      assertThat(c.level()).isEqualTo(Level.HIGH);
    });
  }

  @Test void mailbox_recipes_abstract_the_persons_own_name_and_keep_only_recipes_with_a_literal_of_their_own() {
    assertThat(RingTraces.emailTemplate("ecole4821.devpro@gmail.com", "ethan", "cole")).isEqualTo("gS#4.devpro");
    assertThat(RingTraces.emailTemplate("mlopez1934.devpro@outlook.com", "maria", "lopez")).isEqualTo("gS#4.devpro");
    assertThat(RingTraces.emailTemplate("john.smith@gmail.com", "john", "smith")).isEmpty();
    assertThat(RingTraces.emailTemplate("jsmith1990@gmail.com", "john", "smith")).isEmpty();
    assertThat(RingTraces.network24("45.86.200.13")).isEqualTo("45.86.200.0/24");
    assertThat(RingTraces.workHistory(List.of(RING_HISTORY.get(0)))).isEmpty();
  }
}
