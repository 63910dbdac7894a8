package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.testkit.WorkerSim.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small run of the accuracy study: the physical model's look-alikes stay clear, schemes are caught. */
class LocationScenarioTest {

  @Test
  void benign_look_alikes_stay_clear_while_vpn_workers_and_laptop_farms_are_caught() {
    LocationAccuracyStudy.Result r = LocationAccuracyStudy.run(11, 200, 60, false);
    Map<String, Map<Kind, Integer>> byKind = r.flaggedByKind();
    for (String rule : new String[] {"location.endpoint-place (any)", "remote.input-timing (any)"}) {
      Map<Kind, Integer> k = byKind.getOrDefault(rule, Map.of());
      assertThat(k).doesNotContainKeys(Kind.SATELLITE, Kind.WIFI_JITTER, Kind.CORPORATE_VPN, Kind.SSH_GRID, Kind.KLOAK,
          Kind.FAST_TYPIST, Kind.HOME);
    }
    assertThat(byKind.get("location.endpoint-place (any)")).containsKey(Kind.VPN_ABROAD);
    assertThat(byKind.get("location.operator-distance").getOrDefault(Kind.LAPTOP_FARM, 0))
        .isGreaterThanOrEqualTo(r.counts().get(Kind.LAPTOP_FARM) / 2);
    assertThat(r.fpr("location.operator-distance")).isLessThanOrEqualTo(0.02);
  }
}
