package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity resolution on FEBRL 3 and 4 (docs/accuracy.md, section "Identity resolution"). The floors
 * are the measured F1 (0.9964 and 0.9969) minus a 0.003 margin: a regression of ~20 pairs fails.
 */
class FebrlAccuracyTest {

  private static LinkMetrics run(String label, Febrl f) {
    LinkResult result = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(f.applications);
    LinkMetrics linker = LinkMetrics.of(result.clusters().stream().map(LinkResult.Cluster::members).toList(), f.person);
    LinkMetrics baseline = LinkMetrics.of(ExactKeyBaseline.clusters(f.applications), f.person);
    System.out.println(baseline.line(label + " exact-key baseline"));
    System.out.println(linker.line(label + " linker"));
    System.out.println(label + " stats " + result.stats());
    System.out.println(result.model());
    return linker;
  }

  @Test void links_febrl_3_duplicates_with_f1_above_the_floor() {
    LinkMetrics m = run("FEBRL 3", Febrl.load("dataset3.csv"));
    assertThat(m.f1()).isGreaterThanOrEqualTo(0.993);
  }

  @Test void links_febrl_4_across_the_two_files_with_f1_above_the_floor() {
    LinkMetrics m = run("FEBRL 4", Febrl.load("dataset4a.csv", "dataset4b.csv"));
    assertThat(m.f1()).isGreaterThanOrEqualTo(0.993);
  }

  @Test void the_linker_beats_the_exact_key_baseline_on_the_same_records() {
    Febrl f = Febrl.load("dataset3.csv");
    LinkMetrics baseline = LinkMetrics.of(ExactKeyBaseline.clusters(f.applications), f.person);
    LinkResult result = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(f.applications);
    LinkMetrics linker = LinkMetrics.of(result.clusters().stream().map(LinkResult.Cluster::members).toList(), f.person);
    assertThat(baseline.f1()).isBetween(0.95, 0.97);
    assertThat(linker.f1() - baseline.f1()).isGreaterThan(0.03);
  }
}
