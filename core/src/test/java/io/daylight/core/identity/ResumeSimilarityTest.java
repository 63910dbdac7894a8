package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the 0.7 threshold sits between a shared template and a reused CV (ResumeSimilarity's javadoc). */
class ResumeSimilarityTest {

  @Test void bootcamp_template_cvs_stay_well_below_the_threshold_and_most_reused_ring_cvs_above_it() {
    ApplicantScenario s = ApplicantScenario.generate(20260101L, 20_000, 150, true);
    Map<String, List<IdentityRecord>> groups = new HashMap<>();
    for (Event e : s.events) {
      if (!(e instanceof Application a)) continue;
      String l = s.label.get(a.id());
      if (l.startsWith("lookalike:bootcamp:") || l.startsWith("ring:")) {
        groups.computeIfAbsent(l, k -> new ArrayList<>()).add(IdentityRecord.of(a, PhoneIntel.DIGITS_ONLY));
      }
    }
    double templateMax = 0;
    double templateMin = 1;
    List<Double> ring = new ArrayList<>();
    for (Map.Entry<String, List<IdentityRecord>> g : groups.entrySet()) {
      List<IdentityRecord> rs = g.getValue();
      for (int i = 0; i < rs.size(); i++) {
        for (int j = i + 1; j < rs.size(); j++) {
          double est = ResumeSimilarity.estimate(rs.get(i).cv, rs.get(j).cv);
          if (g.getKey().startsWith("lookalike:")) {
            templateMax = Math.max(templateMax, est);
            templateMin = Math.min(templateMin, est);
          } else if (est > 0.5) {
            ring.add(est);
          }
        }
      }
    }
    ring.sort(null);
    double above = ring.stream().filter(x -> x >= ResumeSimilarity.THRESHOLD).count() / (double) ring.size();
    System.out.printf(Locale.ROOT, "bootcamp template pairs: Jaccard %.2f–%.2f; reused ring CVs (each copy with ~1.5 %% of "
            + "words edited): %.2f–%.2f, median %.2f, %.0f %% at or above %.1f (%d pairs)%n",
        templateMin, templateMax, ring.get(0), ring.get(ring.size() - 1), ring.get(ring.size() / 2), 100 * above,
        ResumeSimilarity.THRESHOLD, ring.size());
    assertThat(templateMax).isLessThan(0.3);
    assertThat(above).isGreaterThan(0.6);
  }
}
