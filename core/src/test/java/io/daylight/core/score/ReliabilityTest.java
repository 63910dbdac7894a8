package io.daylight.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

  @Test
  void eachSubjectLandsInTheBinOfItsPosteriorBesideItsTruth() {
    Map<String, Double> p = new LinkedHashMap<>();
    Map<String, Boolean> truth = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      p.put("h" + i, 0.001);
      truth.put("h" + i, i == 0);
    }
    p.put("a", 0.9);
    truth.put("a", true);
    p.put("b", 0.85);
    truth.put("b", false);
    p.put("c", 1.0);
    truth.put("c", true);

    List<Reliability.Row> rows = Reliability.table(p, truth);

    assertThat(rows.get(0).n()).isEqualTo(100);
    assertThat(rows.get(0).observed()).isCloseTo(0.01, within(1e-12));
    assertThat(rows.get(5).n()).isEqualTo(2);
    assertThat(rows.get(5).fraud()).isEqualTo(1);
    assertThat(rows.get(5).meanPredicted()).isCloseTo(0.875, within(1e-12));
    assertThat(rows.get(6).n()).isEqualTo(1);
    assertThat(Reliability.format(rows)).contains("[0.80, 0.95)        2       1      0.8750     0.5000");
  }
}
