package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSignalsTest {
  private static final long DAY = 86_400_000L;

  private static Application app(String id, long day, String name, String email, String phone, String dob, String line1) {
    Application.Candidate c = new Application.Candidate(name, email, phone, new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN),
        List.of(), line1 == null ? null : new Address(line1, null, "Phoenix", "AZ", "85004", "US"), dob, null);
    return new Application(id, day * DAY, "Engineer", c, null, null, null, null, null, null, null, null, null);
  }

  private static List<Finding> signals(List<? extends Event> events) {
    return ClusterSignals.findings(new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(events));
  }

  @Test void three_names_on_one_phone_written_three_ways_is_a_ring_but_two_siblings_on_a_family_phone_are_not() {
    List<Finding> f = signals(List.of(
        app("r1", 1, "Ethan Cole", "ec@x.org", "+1 602-5550-143", "1990-01-02", null),
        app("r2", 3, "Maria Lopez", "ml@x.org", "+1-60-2555-0143", "1991-03-04", null),
        app("r3", 5, "Owen Park", "op@x.org", "+1 (602) 555 0143", "1989-05-06", null),
        app("s1", 2, "Anna Young", "ay@y.org", "(480) 555-0101", "1999-01-01", "12 Palm St"),
        app("s2", 9, "Brian Young", "by@y.org", "480-555-0101", "2001-06-30", "12 Palm Street")));
    assertThat(f).extracting(Finding::detector).containsExactly(ClusterSignals.MANY_NAMES);
    Finding ring = f.get(0);
    assertThat(ring.subject()).isEqualTo("ring-r1");
    assertThat(ring.kind()).isEqualTo(SubjectKind.APPLICANT);
    assertThat(ring.members()).containsExactly("r1", "r2", "r3");
    assertThat(ring.title()).isEqualTo("3 different names behind one phone number +16025550143 (written 3 ways)");
    assertThat(ring.likelihoodRatio()).isEqualTo(RingLikelihoods.MANY_NAMES_LR);
  }

  @Test void a_hired_workers_identity_in_a_later_application_reappears_but_an_internal_move_does_not() {
    Worker w = new Worker("e1", 100 * DAY, "w-7", "Grace Turner", "grace.turner@corp.example", "602-555-0199",
        new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), null, null, "a0", new Address("9 Elm Street", null, "Phoenix", "AZ", "85004", "US"),
        null, null, null);
    Worker moving = new Worker("e2", 100 * DAY, "w-8", "Henry Walsh", "henry.walsh@corp.example", "602-555-0188",
        new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), null, null, "b0", new Address("4 Oak Road", null, "Phoenix", "AZ", "85004", "US"),
        null, null, null);
    List<Finding> f = signals(List.of(w, moving,
        app("a0", 60, "Grace Turner", "grace.t@gmail.com", "602-555-0199", "1988-02-03", "9 Elm Street"),
        app("a9", 200, "Grace Turner", "gturner77@proton.me", "+1 602-5550-177", "1988-02-03", "9 Elm St"),
        app("b0", 60, "Henry Walsh", "hw@gmail.com", "602-555-0188", "1980-07-07", "4 Oak Road"),
        app("b9", 220, "Henry Walsh", "henry.walsh@corp.example", "602-555-0188", "1980-07-07", "4 Oak Road")));
    assertThat(f).filteredOn(x -> x.detector().equals(ClusterSignals.REAPPEARS)).singleElement()
        .satisfies(x -> assertThat(x.title()).isEqualTo("Hired worker w-7's identity reappears in application a9"));
  }

  @Test void a_workers_own_hiring_application_is_not_a_reappearance_when_roster_mailboxes_at_the_company_domain_collide() {
    // Two honest hires whose roster e-mail is the company's (a generic or namesake-collided mailbox
    // at corp.example); each was hired through their own application with personal contacts. The
    // company mailbox says nothing about who a person is, so the later hire's own application is
    // not the earlier hire's identity reappearing.
    Place phx = new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN);
    Worker first = new Worker("e1", 100 * DAY, "w-1", "Wei Zhang", "wei.zhang@corp.example", "602-555-0111", phx, null,
        null, "a1", new Address("9 Elm Street", null, "Phoenix", "AZ", "85004", "US"), null, null, null);
    Worker second = new Worker("e2", 170 * DAY, "w-2", "Wei Zhang", "Wei.Zhang@corp.example", "480-555-0122", phx, null,
        null, "a2", new Address("4 Oak Road", null, "Tempe", "AZ", "85281", "US"), null, null, null);
    Worker third = new Worker("e3", 90 * DAY, "w-3", "Ann Lee", "ann.lee@corp.example", "602-555-0133", phx, null,
        null, "a3", null, null, null, null);
    List<Finding> f = signals(List.of(first, second, third,
        app("a1", 60, "Wei Zhang", "wz.dev@gmail.com", "602-555-0111", "1990-04-05", "9 Elm Street"),
        app("a2", 150, "Wei Zhang", "zhangwei88@outlook.com", "480-555-0122", "1985-11-12", "4 Oak Road"),
        app("a3", 50, "Ann Lee", "annlee@gmail.com", "602-555-0133", "1992-01-01", null)));
    assertThat(f).extracting(Finding::detector).doesNotContain(ClusterSignals.REAPPEARS);

    // The first hire's own identity (name, birth date, address) behind the second hire's
    // application, with new contacts, still is.
    List<Finding> reused = signals(List.of(first, second, third,
        app("a1", 60, "Wei Zhang", "wz.dev@gmail.com", "602-555-0111", "1990-04-05", "9 Elm Street"),
        app("a2", 150, "Wei Zhang", "zhangwei88@outlook.com", "480-555-0122", "1990-04-05", "9 Elm St"),
        app("a3", 50, "Ann Lee", "annlee@gmail.com", "602-555-0133", "1992-01-01", null)));
    assertThat(reused).filteredOn(x -> x.detector().equals(ClusterSignals.REAPPEARS)).singleElement()
        .satisfies(x -> assertThat(x.title()).isEqualTo("Hired worker w-1's identity reappears in application a2"));
  }

  private static final String[] GIVEN = {"Liam", "Noah", "Emma", "Olivia", "Ava", "Mia", "Lucas", "Amir", "Sofia", "Ivan",
      "Chloe", "Ravi"};
  private static final String[] FAMILY = {"Novak", "Reyes", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Haddad",
      "Ferreira", "Petrov", "Dubois", "Iyer"};
  private static final String[] WORK = {"payment reconciliation in Go", "a React design system", "Kafka stream processing",
      "iOS offline sync", "Terraform for a hospital network", "fraud models in Python", "a Rust storage engine",
      "Android accessibility audits", "SAP integration middleware", "Postgres query tuning", "embedded firmware in C",
      "an Elixir chat backend"};

  /** A candidate of their own: own phone, e-mail, profile and CV; filed on the given device. */
  private static Application filed(int i, long day, String device, String resume) {
    String name = GIVEN[i] + " " + FAMILY[i];
    Application.Candidate c = new Application.Candidate(name, GIVEN[i].toLowerCase() + "." + FAMILY[i].toLowerCase() + "@mail.example",
        String.format("602-555-%04d", 1000 + i), new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN),
        List.of("https://github.com/" + GIVEN[i].toLowerCase() + FAMILY[i].toLowerCase()), null, null, null);
    return new Application("ag" + i, day * DAY, "Engineer", c, "203.0.113.7", "ua", device, null, resume, null, null, null,
        new Application.Source("agency", "StaffPro LLC", null));
  }

  private static String ownCv(int i) {
    return GIVEN[i] + " " + FAMILY[i] + ". Eight years building " + WORK[i] + "; led a team of " + (i + 2)
        + " engineers, cut incident count by " + (10 + 3 * i) + " percent, mentored interns, wrote the on-call runbook "
        + "for " + WORK[(i + 5) % WORK.length] + " and migrated " + (i + 1) + " services to a new platform in " + (2015 + i) + ".";
  }

  @Test void an_agency_recruiter_filing_a_dozen_candidates_of_their_own_from_one_office_machine_is_not_a_ring() {
    // Twelve candidates, each with their own phone, e-mail, profile and CV, filed within five days
    // from the recruiter's machine; one is hired. One device behind many names, and nothing else.
    List<Event> events = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) events.add(filed(i, 10 + i % 5, "dev-staffpro-office", ownCv(i)));
    events.add(new Worker("e1", 40 * DAY, "w-9", "Emma Okafor", "emma.okafor@corp.example", "602-555-1002",
        new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), null, null, "ag2", null, null, null, null));
    LinkResult linked = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(events);
    assertThat(linked.clusters()).as("the linker still shows the shared machine").isNotEmpty();
    assertThat(ClusterSignals.findings(linked)).isEmpty();
  }

  @Test void personas_sharing_one_laptop_and_a_phone_or_a_copied_cv_are_still_many_names_behind_one_device() {
    List<Event> events = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) events.add(filed(i, 10 + i, "dev-farm", ownCv(i)));
    // Two of the personas give one phone: the device group is corroborated by a personal identifier.
    Application a = filed(4, 12, "dev-farm", ownCv(4));
    Application.Candidate c = a.candidate();
    events.add(new Application(a.id(), a.time(), a.position(), new Application.Candidate(c.name(), c.email(), "602-555-1001",
        c.location(), c.links(), null, null, null), a.ip(), a.userAgent(), a.deviceId(), null, a.resumeText(), null, null, null, null));
    List<Finding> f = signals(events);
    assertThat(f).filteredOn(x -> x.detector().equals(ClusterSignals.MANY_NAMES)).singleElement()
        .satisfies(x -> assertThat(x.title()).isEqualTo("5 different names behind one browser device"));
  }

  @Test void one_identity_applying_with_three_contact_sets_in_a_month_fires_contacts_and_velocity() {
    List<Finding> f = signals(List.of(
        app("c1", 1, "Liam Novak", "ln1@gmail.com", "602-555-0001", "1992-04-05", "3 Birch Lane"),
        app("c2", 8, "Liam Novak", "ln2@outlook.com", "602-555-0002", "1992-04-05", "3 Birch Lane"),
        app("c3", 15, "Liam Novak", "ln3@gmail.com", "602-555-0003", "1992-04-05", "3 Birch Lane"),
        app("c4", 22, "Liam Novak", "ln3@gmail.com", "602-555-0003", "1992-04-05", "3 Birch Lane")));
    assertThat(f).extracting(Finding::detector).containsExactlyInAnyOrder(ClusterSignals.CONTACT_SETS, ClusterSignals.VELOCITY);
  }

  private static Application withProfile(String id, long day, String name, String email, String phone, String dob, String link) {
    Application.Candidate c = new Application.Candidate(name, email, phone, new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN),
        List.of(link), null, dob, null);
    return new Application(id, day * DAY, "Engineer", c, null, null, null, null, null, null, null, null, null);
  }

  private static Application inState(String id, long day, String name, String email, String phone, String city, String state) {
    Application.Candidate c = new Application.Candidate(name, email, phone, new Place(city, state, "US", Double.NaN, Double.NaN),
        List.of(), null, null, null);
    return new Application(id, day * DAY, "Engineer", c, null, null, null, null, null, null, null, null, null);
  }

  @Test void two_people_listing_one_github_profile_are_a_ring_but_one_person_after_a_name_change_is_not() {
    List<Finding> two = signals(List.of(
        withProfile("g1", 1, "Ethan Cole", "ec@x.org", "602-555-0143", "1990-01-02", "https://github.com/devstar-9"),
        withProfile("g2", 6, "Maria Lopez", "ml@y.org", "480-555-0177", "1991-03-04", "github.com/DevStar-9/")));
    assertThat(two).filteredOn(x -> x.detector().equals(ClusterSignals.MANY_NAMES)).singleElement()
        .satisfies(x -> assertThat(x.title()).isEqualTo("2 different names behind one profile link"));
    List<Finding> renamed = signals(List.of(
        withProfile("m1", 1, "Anna Young", "anna.y@x.org", "602-555-0101", "1990-01-02", "https://github.com/annay"),
        withProfile("m2", 90, "Anna Kowalski", "anna.y@x.org", "602-555-0101", "1990-01-02", "https://github.com/annay")));
    assertThat(renamed).extracting(Finding::detector).doesNotContain(ClusterSignals.MANY_NAMES);
  }

  @Test void a_hires_name_and_phone_with_a_new_email_from_another_state_reappears_but_a_new_email_at_home_does_not() {
    Worker hire = new Worker("e1", 100 * DAY, "w-7", "Grace Turner", "grace.turner@corp.example", "602-555-0199",
        new Place("Phoenix", "AZ", "US", Double.NaN, Double.NaN), null, null, "a0", null, null, null, null);
    Application own = inState("a0", 60, "Grace Turner", "grace.t@gmail.com", "602-555-0199", "Phoenix", "AZ");
    List<Finding> borrowed = signals(List.of(hire, own,
        inState("a9", 200, "Grace Turner", "g.turner.dev@outlook.com", "602-555-0199", "Columbus", "OH")));
    assertThat(borrowed).filteredOn(x -> x.detector().equals(ClusterSignals.REAPPEARS)).singleElement()
        .satisfies(x -> assertThat(x.title()).isEqualTo("Hired worker w-7's identity reappears in application a9"));
    List<Finding> newMailbox = signals(List.of(hire, own,
        inState("a8", 200, "Grace Turner", "grace.turner.88@outlook.com", "602-555-0199", "Phoenix", "AZ")));
    assertThat(newMailbox).extracting(Finding::detector).doesNotContain(ClusterSignals.REAPPEARS);
    List<Finding> ownContacts = signals(List.of(hire, own,
        inState("a7", 200, "Grace Turner", "grace.t@gmail.com", "602-555-0199", "Columbus", "OH")));
    assertThat(ownContacts).extracting(Finding::detector).doesNotContain(ClusterSignals.REAPPEARS);
  }
}
