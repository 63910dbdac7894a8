package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.Rtt;
import io.daylight.core.geo.Fibre;
import io.daylight.core.geo.GreatCircle;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.Places;
import io.daylight.core.testkit.Places.Spot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandmarkAuditDetectorTest {

  /** sao-1 states Sao Paulo but answers from Miami. */
  static List<Event> withLiar(List<Event> events) {
    List<Event> out = new ArrayList<>();
    Spot[] where = new Spot[1];
    for (Event e : events) {
      if (e instanceof Rtt r && r.landmark().id().equals("sao-1")) {
        double trueKm = GreatCircle.km(where[0].lat(), where[0].lon(), Places.MIAMI.lat(), Places.MIAMI.lon());
        e = new Rtt(r.id(), r.time(), r.subject(), r.deviceId(), r.landmark(), Fibre.rttFloorMs(trueKm) * 2 + 10, "tcp");
      } else if (e instanceof io.daylight.core.event.Worker w) {
        where[0] = Places.DECLARED.stream().filter(p -> p.name().equals(w.declaredLocation().city())).findFirst().orElseThrow();
      }
      out.add(e);
    }
    return out;
  }

  @Test
  void names_a_landmark_that_beats_light_for_many_workers_and_not_one_that_catches_a_single_vpn_worker() {
    List<Event> events = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      Spot home = Places.DECLARED.get(w);
      events.addAll(withLiar(EndpointPlaceDetectorTest.days("w-" + w, home, 15, d -> home, 0, 2)));
    }
    events.addAll(EndpointPlaceDetectorTest.days("w-vpn", Places.PHOENIX, 15, d -> Places.VPN_EXITS.get(0), 0, 2));
    List<Finding> f = Harness.run(List.of(new LandmarkAuditDetector(EndpointPlaceDetectorTest.CTX)), events);
    assertThat(f).extracting(Finding::subject).containsExactly("sao-1");
    assertThat(f.get(0).kind()).isEqualTo(SubjectKind.LANDMARK);
    assertThat(f.get(0).explanation()).contains("stated position is almost certainly wrong");
  }
}
