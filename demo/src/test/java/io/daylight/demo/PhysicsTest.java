package io.daylight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks against docs/latency-calibration.md: nothing answers faster than light in fibre. */
class PhysicsTest {
  private static final long START = DemoOrganisation.START.atStartOfDay(ZoneOffset.UTC).toEpochSecond();

  @Test
  void the_floor_is_one_ms_of_round_trip_per_hundred_km_and_calibrated_paths_sit_above_it() {
    assertThat(PathLatency.floorMs(199.86)).isEqualTo(2.0);
    for (double km : new double[] {50, 300, 800, 2000, 4500, 8000, 12000}) {
      double previous = 0;
      for (double u = 0; u <= 1.0; u += 0.01) {
        double ms = PathLatency.pathMs(km, u);
        assertThat(ms).isGreaterThanOrEqualTo(PathLatency.floorMs(km));
        assertThat(ms).isGreaterThanOrEqualTo(previous);
        previous = ms;
      }
    }
    // The WonderProxy median inflation of the 6,000-10,000 km band is 1.80.
    assertThat(PathLatency.pathMs(8000, 0.5)).isCloseTo(PathLatency.floorMs(8000) * 1.80, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void no_honest_round_trip_is_faster_than_light_in_fibre_from_the_host_that_answered_it() {
    DefaultOrganisation org = DefaultOrganisation.get();
    int checked = 0;
    for (JsonNode e : org.of("rtt")) {
      JsonNode s = org.truth.get("subjects").get(e.get("subject").asText());
      if (!s.get("scheme").isNull()) continue;
      LatLon landmark = new LatLon(e.get("landmark").get("lat").asDouble(), e.get("landmark").get("lon").asDouble());
      int day = (int) Math.floorDiv(Instant.parse(e.get("time").asText()).getEpochSecond() - START, 86_400);
      // The working day an event belongs to can be the UTC day before or after (zones span -8 to +9 h).
      double floor = Double.MAX_VALUE;
      for (int d = day - 1; d <= day + 1; d++) {
        for (LatLon answer : answeringPoints(s, d, e.get("method").asText())) {
          floor = Math.min(floor, PathLatency.floorMs(landmark.kmTo(answer)));
        }
      }
      assertThat(e.get("rtt_ms").asDouble()).as("%s", e).isGreaterThanOrEqualTo(floor);
      checked++;
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  /** Where the probe can have been answered: the device, or the tunnel exit for a probe of the public address. */
  private static List<LatLon> answeringPoints(JsonNode s, int day, String method) {
    List<LatLon> out = new ArrayList<>();
    LatLon device = point(s.get("device"));
    boolean tunnelled = s.has("egress");
    for (JsonNode ep : s.get("episodes")) {
      if (day < ep.get("first_day").asInt() || day > ep.get("last_day").asInt()) continue;
      if (ep.get("kind").asText().equals("trip")) device = point(ep);
      else tunnelled = true;
      if (ep.get("kind").asText().equals("consumer_vpn") && method.equals("tcp")) out.add(point(ep));
    }
    if (tunnelled && method.equals("tcp") && s.has("egress")) out.add(point(s.get("egress")));
    if (!(tunnelled && method.equals("tcp"))) out.add(device);
    return out;
  }

  private static LatLon point(JsonNode n) {
    return new LatLon(n.get("lat").asDouble(), n.get("lon").asDouble());
  }
}
