package io.daylight.core.payroll;

import static io.daylight.core.testkit.Events.address;
import static io.daylight.core.testkit.Events.day;
import static io.daylight.core.testkit.Events.payroll;
import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Address;
import io.daylight.core.event.Event;
import io.daylight.core.event.Worker;
import io.daylight.core.testkit.Events;
import io.daylight.core.testkit.Harness;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayrollDetectorsTest {
  static Worker w(String id, String name, Address home, String account, String holder, String bank) {
    return Events.worker(id, name, Events.PHOENIX, home, "S-" + id, home, account, holder, bank, null);
  }

  @Test
  void flags_one_account_paid_to_workers_of_different_homes_and_links_them() {
    List<Event> ev = List.of(
        w("w-1", "Ann Lee", address("1 A St", "Phoenix", "85001"), "acct-1", "Ann Lee", "US"),
        w("w-2", "Bo Park", address("2 B St", "Tucson", "85701"), "acct-2", "Bo Park", "US"),
        payroll("w-2", day(5), "acct-1", "Bo Park", "US", "ach"));
    List<Finding> f = Harness.run(new SharedPayrollAccountDetector(), ev);
    assertThat(f).hasSize(2).allSatisfy(x -> {
      assertThat(x.members()).containsExactly("w-1", "w-2");
      assertThat(x.explanation()).contains("account acct-1", "do not declare one home");
    });
  }

  @Test
  void a_couples_joint_account_at_one_home_is_quiet_but_a_third_worker_is_not() {
    Address home = address("5 Elm St", "Tempe", "85281");
    List<Event> two = List.of(w("w-1", "Ann Lee", home, "acct-j", "Ann and Sam Lee", "US"),
        w("w-2", "Sam Lee", home, "acct-j", "Ann and Sam Lee", "US"));
    assertThat(Harness.run(new SharedPayrollAccountDetector(), two)).isEmpty();
    List<Event> three = new java.util.ArrayList<>(two);
    three.add(w("w-3", "Kim Roe", address("9 Far Rd", "Mesa", "85201"), "acct-j", "Kim Roe", "US"));
    assertThat(Harness.run(new SharedPayrollAccountDetector(), three)).hasSize(3)
        .allSatisfy(x -> assertThat(x.members()).hasSize(3));
  }

  @Test
  void holder_names_match_across_initials_order_accents_and_joint_holders_but_not_a_stranger() {
    assertThat(HolderNames.matches("Jonathan Miller", "J. Miller")).isTrue();
    assertThat(HolderNames.matches("Jonathan Miller", "MILLER, JONATHAN")).isTrue();
    assertThat(HolderNames.matches("José Álvarez", "Jose Alvarez")).isTrue();
    assertThat(HolderNames.matches("Jonathan Miller", "Jane Miller and Jonathan Miller")).isTrue();
    assertThat(HolderNames.matches("María García López", "Maria Garcia")).isTrue();
    assertThat(HolderNames.matches("Jonathan Miller", "Robert Smith")).isFalse();
    assertThat(HolderNames.matches("Jonathan Miller", "Kevin Miller")).isFalse();
  }

  @Test
  void a_joint_account_naming_the_worker_among_its_holders_is_the_workers_own() {
    // How banks print joint holders: joined by "&", "and", "+" or "/", with or without spaces,
    // the shared family name written once, first or last, or only the couple's titles.
    for (String holder : List.of("Ann & Sam Lee", "Ann and Sam Lee", "Lee Ann & Sam", "Mr & Mrs Lee",
        "Mr and Mrs S Lee", "Ann&Sam Lee", "Sam+Ann Lee", "LEE, ANN / SAM", "Ann Park & Sam Lee")) {
      assertThat(HolderNames.matches("Sam Lee", holder)).as(holder).isTrue();
    }
    // Still pay to someone else: the worker is not among the holders, or only the spouse is.
    assertThat(HolderNames.matches("Sam Lee", "Ann & Bo Kim")).isFalse();
    assertThat(HolderNames.matches("Sam Lee", "Mrs Lee")).isFalse();
    assertThat(HolderNames.matches("Sam Lee", "Ann Lee")).isFalse();
    assertThat(HolderNames.matches("Sam Lee", "Ann&Bo Lee")).isFalse();
    Address home = address("5 Elm St", "Tempe", "85281");
    assertThat(Harness.run(new PayrollDestinationDetector(),
        List.of(w("w-1", "Sam Lee", home, "acct-j", "Mr & Mrs Lee", "US"),
            payroll("w-1", day(3), "acct-k", "Ann&Sam Lee", "US", "ach")))).isEmpty();
  }

  @Test
  void flags_holder_crypto_bank_abroad_and_churn_but_not_a_single_bank_change() {
    Address home = address("1 A St", "Phoenix", "85001");
    List<Event> ev = List.of(
        w("w-bad", "Jonathan Miller", home, "acct-1", "Jonathan Miller", "US"),
        payroll("w-bad", day(1), "acct-2", "Robert Smith", "US", "ach"),
        payroll("w-bad", day(20), "acct-3", "Jonathan Miller", "US", "crypto"),
        payroll("w-bad", day(40), "acct-4", "Jonathan Miller", "HK", "wire"),
        w("w-ok", "Ana Costa", home, "acct-9", "Ana Costa", "US"),
        payroll("w-ok", day(30), "acct-10", "A. Costa", "US", "ach"),
        w("w-llc", "Raj Patel", home, "acct-20", "Patel Consulting LLC", "US"));
    List<Finding> f = Harness.run(new PayrollDestinationDetector(), ev);
    assertThat(f).allMatch(x -> x.subject().equals("w-bad"));
    assertThat(f).extracting(Finding::dependencyGroup)
        .containsExactlyInAnyOrder("payroll-holder", "payroll-destination", "payroll-destination", "payroll-churn");
    assertThat(f).extracting(Finding::title).contains("Pay goes to a bank in HK, not the declared US", "3 payroll account changes in 90 days");
  }

  @Test
  void pay_moved_into_a_co_workers_own_account_reaches_the_owner_as_scheme_evidence() {
    List<Event> ev = List.of(
        w("w-1", "Ann Lee", address("1 A St", "Phoenix", "85001"), "acct-1", "Ann Lee", "US"),
        w("w-2", "Bo Park", address("2 B St", "Tucson", "85701"), "acct-2", "Bo Park", "US"),
        payroll("w-2", day(40), "acct-1", "Ann Lee", "US", "ach"));
    List<Finding> shared = Harness.run(new SharedPayrollAccountDetector(), ev);
    assertThat(shared).extracting(Finding::subject).containsExactlyInAnyOrder("w-1", "w-2");
    assertThat(shared).allSatisfy(x -> {
      assertThat(x.members()).containsExactly("w-1", "w-2");
      assertThat(x.title()).startsWith("Pay moved into a co-worker's account");
      assertThat(x.likelihoodRatio()).isEqualTo(SharedPayrollAccountDetector.CO_WORKER_PAIR_LR);
    });
    List<Finding> all = new java.util.ArrayList<>(shared);
    all.addAll(Harness.run(new PayrollDestinationDetector(), ev));
    java.util.Map<String, io.daylight.core.score.Level> level = new java.util.HashMap<>();
    for (io.daylight.core.score.Case c : new io.daylight.core.score.CaseScorer(io.daylight.core.score.ScoringPolicy.DEFAULT).score(all)) {
      level.put(c.subject(), c.level());
    }
    // Before: the owner w-1 at low (30 alone), the mover w-2 at medium (17.5 × 30).
    assertThat(level).containsEntry("w-1", io.daylight.core.score.Level.MEDIUM)
        .containsEntry("w-2", io.daylight.core.score.Level.HIGH);
  }

  @Test
  void pay_moved_into_a_joint_account_that_names_the_owner_is_only_a_shared_account() {
    List<Event> ev = List.of(
        w("w-1", "Ann Lee", address("1 A St", "Phoenix", "85001"), "acct-1", "Ann Lee", "US"),
        payroll("w-2", day(40), "acct-1", "Ann Lee & Bo Park", "US", "ach"));
    assertThat(Harness.run(new SharedPayrollAccountDetector(), ev))
        .allSatisfy(x -> assertThat(x.likelihoodRatio()).isEqualTo(SharedPayrollAccountDetector.ratio(2)))
        .isNotEmpty();
  }
}
