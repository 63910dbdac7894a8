package io.daylight.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.location.EndpointPlaceDetector;
import io.daylight.core.location.RelayGapDetector;
import io.daylight.core.signin.AnonymisedSignInDetector;
import io.daylight.core.signin.DeclaredPlaceSignInDetector;
import io.daylight.core.signin.ImpossibleTravelDetector;
import io.daylight.core.identity.ApplicationScreening;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings resting on one measurement share a group, so the scorer counts that measurement once. */
class DependencyGroupsTest {

  /** A detector and the group its findings state (as in its source). */
  record Stated(String detector, String group) {}

  static final Stated FAR_FROM_DECLARED = new Stated(DeclaredPlaceSignInDetector.NAME, "signin-place");
  static final Stated IMPOSSIBLE_TRAVEL = new Stated(ImpossibleTravelDetector.NAME, "signin-place");
  static final Stated APPLICATION_IP_COUNTRY = new Stated(ApplicationScreening.GEOGRAPHY, "applicant-geography");
  static final Stated ANONYMISER_SIGN_IN = new Stated(AnonymisedSignInDetector.NAME, "signin-anonymiser");
  static final Stated RELAY_GAP = new Stated(RelayGapDetector.NAME, "endpoint-location");
  static final Stated ENDPOINT_PLACE = new Stated(EndpointPlaceDetector.NAME, "endpoint-location");

  /** Each pair observes one fact: why is in {@link DependencyGroups}. */
  static final List<List<Stated>> KNOWN_CORRELATED = List.of(
      List.of(FAR_FROM_DECLARED, IMPOSSIBLE_TRAVEL),
      List.of(FAR_FROM_DECLARED, APPLICATION_IP_COUNTRY),
      List.of(IMPOSSIBLE_TRAVEL, APPLICATION_IP_COUNTRY),
      List.of(ANONYMISER_SIGN_IN, RELAY_GAP),
      List.of(ANONYMISER_SIGN_IN, ENDPOINT_PLACE),
      List.of(RELAY_GAP, ENDPOINT_PLACE));

  @Test
  void eachKnownCorrelatedPairIsCountedInOneGroup() {
    assertThat(KNOWN_CORRELATED).hasSize(6);
    for (List<Stated> pair : KNOWN_CORRELATED) {
      String a = Calibration.NONE.groupOf(CalibrationFitTest.finding(pair.get(0).detector(), "w", 10, pair.get(0).group()));
      String b = Calibration.NONE.groupOf(CalibrationFitTest.finding(pair.get(1).detector(), "w", 10, pair.get(1).group()));
      assertThat(a).as(pair.toString()).isEqualTo(b);
    }
  }

  @Test
  void ipGeolocationAndTheTunnelAreTwoMeasurements() {
    assertThat(DependencyGroups.byMeasurement("signin-place")).isEqualTo(DependencyGroups.IP_GEOLOCATION);
    assertThat(DependencyGroups.byMeasurement("signin-anonymiser")).isEqualTo(DependencyGroups.NETWORK_RELAY);
    assertThat(DependencyGroups.byMeasurement("time-zone")).isEqualTo("time-zone");
  }
}
