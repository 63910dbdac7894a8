package io.daylight.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.Place;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import io.daylight.core.geo.Fibre;
import io.daylight.core.geo.GreatCircle;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.Places;
import io.daylight.core.testkit.Places.Spot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EndpointPlaceDetectorTest {
  static final long DAY = 86_400_000L;
  static final long T0 = WorkerSimTimes.START;
  static final DeploymentContext CTX = new DeploymentContext(CidrSet.of(List.of(Places.CORPORATE_CIDR)), Set.of(),
      Places.LANDMARKS, List.of());
  static final Spot FRANKFURT = Places.VPN_EXITS.get(0);

  /** Round trips from a place: floor × 2 (about the WonderProxy median) + 10 ms last mile + extra. */
  static List<Event> days(String subject, Spot declared, int days, java.util.function.IntFunction<Spot> where,
                          double extraMs, double jitterMeanMs) {
    SplittableRandom rng = new SplittableRandom(subject.hashCode());
    List<Event> out = new ArrayList<>();
    out.add(new Worker(subject + "-w", T0 - DAY, subject, "n/a", null, null,
        new Place(declared.name(), null, "US", declared.lat(), declared.lon()), declared.zone(), null, null, null,
        null, null, null));
    int seq = 0;
    for (int d = 0; d < days; d++) {
      Spot at = where.apply(d);
      for (Rtt.Landmark l : Places.LANDMARKS) {
        double km = GreatCircle.km(at.lat(), at.lon(), l.lat(), l.lon());
        for (int k = 0; k < 3; k++) {
          double rtt = Fibre.rttFloorMs(km) * 2 + 10 + extraMs - jitterMeanMs * Math.log(1 - rng.nextDouble());
          out.add(new Rtt(subject + "-" + seq++, T0 + d * DAY + 3_600_000L * (9 + k), subject, "dev", l, rtt, "tcp"));
        }
      }
    }
    return out;
  }

  static List<Finding> run(List<Event> events) {
    return Harness.run(List.of(new EndpointPlaceDetector(CTX)), events);
  }

  @Test
  void proves_a_vpn_worker_declaring_phoenix_is_not_there_while_a_home_worker_is_left_alone() {
    List<Event> events = new ArrayList<>(days("w-vpn", Places.PHOENIX, 20, d -> FRANKFURT, 0, 2));
    events.addAll(days("w-home", Places.PHOENIX, 20, d -> Places.PHOENIX, 0, 2));
    List<Finding> f = run(events);
    assertThat(f).extracting(Finding::subject).containsExactly("w-vpn");
    Finding vpn = f.get(0);
    assertThat(vpn.likelihoodRatio()).isCloseTo(59_763.0 / 164, org.assertj.core.data.Offset.offset(0.01));
    assertThat(vpn.explanation()).contains("fra-1").contains("declared Phoenix").contains("measured days");
    double centroidLat = Double.parseDouble(vpn.evidence().stream()
        .filter(e -> e.name().equals("feasible_region_centroid")).findFirst().orElseThrow().value().split(",")[0]);
    double centroidLon = Double.parseDouble(vpn.evidence().stream()
        .filter(e -> e.name().equals("feasible_region_centroid")).findFirst().orElseThrow().value().split(",")[1]);
    assertThat(GreatCircle.km(centroidLat, centroidLon, FRANKFURT.lat(), FRANKFURT.lon())).isLessThan(1_500);
  }

  @Test
  void a_traveller_abroad_for_a_week_is_not_flagged() {
    List<Event> events = days("w-trip", Places.PHOENIX, 30, d -> d >= 3 && d < 10 ? Places.TRIPS.get(0) : Places.PHOENIX, 0, 2);
    assertThat(run(events)).isEmpty();
  }

  @Test
  void satellite_and_wifi_jitter_only_slow_replies_and_never_make_a_finding() {
    List<Event> events = new ArrayList<>(days("w-sat", Places.DENVER, 20, d -> Places.DENVER, 560, 20));
    events.addAll(days("w-wifi", Places.SEATTLE, 20, d -> Places.SEATTLE, 0, 40));
    assertThat(run(events)).isEmpty();
  }

  @Test
  void round_trips_taken_through_the_corporate_egress_measure_the_company_not_the_device() {
    // Ashburn corporate exit for a Phoenix worker: ash-1 answers in ~1 ms, far under Phoenix's floor
    List<Event> onVpn = new ArrayList<>(days("w-corp", Places.PHOENIX, 20, d -> Places.CORPORATE_EXIT, 0, 2));
    onVpn.add(new Auth("a1", T0 - 1000, "w-corp", Places.CORPORATE_IP, "dev", true, "success", "push", "ua", -420));
    assertThat(run(onVpn)).isEmpty();
    List<Event> unknownExit = days("w-corp", Places.PHOENIX, 20, d -> Places.CORPORATE_EXIT, 0, 2);
    assertThat(run(unknownExit)).extracting(Finding::subject).containsExactly("w-corp");
  }

  @Test
  void one_corrupt_fast_sample_per_day_cannot_make_a_violation() {
    List<Event> events = new ArrayList<>(days("w-glitch", Places.PHOENIX, 20, d -> Places.PHOENIX, 0, 2));
    for (int d = 0; d < 20; d++) {
      events.add(new Rtt("g" + d, T0 + d * DAY + 3_600_000L * 15, "w-glitch", "dev", Places.LANDMARKS.get(4), 1.0, "tcp"));
    }
    assertThat(run(events)).isEmpty();
  }

  @Test
  void a_landmark_with_a_wrong_stated_position_is_reported_about_the_landmark_and_not_the_worker() {
    // sao-1 claims Sao Paulo but answers from Miami: Miami workers' round trips to it beat light against every US landmark
    Rtt.Landmark liar = Places.LANDMARKS.get(7);
    List<Event> events = new ArrayList<>();
    for (Event e : days("w-miami", Places.MIAMI, 15, d -> Places.MIAMI, 0, 2)) {
      if (e instanceof Rtt r && r.landmark().id().equals(liar.id())) {
        double km = GreatCircle.km(Places.MIAMI.lat(), Places.MIAMI.lon(), Places.MIAMI.lat(), Places.MIAMI.lon());
        e = new Rtt(r.id(), r.time(), r.subject(), r.deviceId(), liar, Fibre.rttFloorMs(km) * 2 + 10, "tcp");
      }
      events.add(e);
    }
    DeploymentContext noLandmarkList = DeploymentContext.EMPTY;
    List<Finding> f = Harness.run(List.of(new EndpointPlaceDetector(noLandmarkList)), events);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).kind()).isEqualTo(SubjectKind.LANDMARK);
    assertThat(f.get(0).subject()).isEqualTo("sao-1");
    assertThat(f.get(0).explanation()).contains("where light needs");
  }
}
