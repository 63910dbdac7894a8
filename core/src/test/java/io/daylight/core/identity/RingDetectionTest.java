package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ring recall and precision on a held-out scenario (seed 77, not the calibration seed; measured
 * recall 0.86, precision 1.00, floors 0.85 and 0.97; recall was 0.90 before a shared device became
 * evidence only together with shared personal identifiers or a copied CV (issue 15, staffing
 * agencies): the rings lost are those whose personas share nothing but a device): the
 * cluster findings scored by the default case scorer, "flagged" = an applicant case at level high.
 * Ring recall: rings with a high case holding at least two of their applications. Precision: high
 * cases whose members are mostly one ring's. Also: no look-alike group is ever in a high case.
 */
class RingDetectionTest {

  @Test void finds_most_rings_and_flags_no_look_alike_on_a_held_out_scenario() {
    ApplicantScenario s = ApplicantScenario.generate(77, 10_000, 100, true);
    LinkResult result = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(s.events);
    List<Finding> findings = ClusterSignals.findings(result);
    List<Case> cases = new CaseScorer(ScoringPolicy.DEFAULT).score(findings);
    Set<String> rings = new HashSet<>();
    s.label.values().forEach(l -> { if (l.startsWith("ring:")) rings.add(l); });
    Set<String> found = new HashSet<>();
    int high = 0;
    int correct = 0;
    Set<String> flaggedLookalikes = new HashSet<>();
    for (Case c : cases) {
      if (c.level() != Level.HIGH) continue;
      high++;
      Map<String, Integer> byRing = new HashMap<>();
      for (String m : c.members()) {
        String l = s.label.get(m);
        if (l.startsWith("ring:")) byRing.merge(l, 1, Integer::sum);
        if (l.startsWith("lookalike:")) flaggedLookalikes.add(l);
      }
      byRing.forEach((ring, n) -> { if (n >= 2) found.add(ring); });
      if (byRing.values().stream().anyMatch(n -> 2 * n > c.members().size())) correct++;
    }
    double recall = found.size() / (double) rings.size();
    double precision = high == 0 ? 1 : correct / (double) high;
    System.out.printf(Locale.ROOT, "rings %d, found %d: recall %.3f; high cases %d, ring-majority %d: precision %.3f%n",
        rings.size(), found.size(), recall, high, correct, precision);
    assertThat(flaggedLookalikes).isEmpty();
    assertThat(recall).isGreaterThanOrEqualTo(0.85);
    assertThat(precision).isGreaterThanOrEqualTo(0.97);
  }
}
