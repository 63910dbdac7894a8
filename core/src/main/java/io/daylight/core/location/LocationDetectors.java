package io.daylight.core.location;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.remote.RemoteInputDetector;
import io.daylight.core.timezone.TimeZoneDetector;
import java.util.List;

/** The location family (issue 3) for the runtime to register: endpoint, human, input, clocks. */
public final class LocationDetectors {
  private LocationDetectors() {}

  public static List<Detector<?>> all(DeploymentContext ctx) {
    return List.of(
        new EndpointPlaceDetector(ctx),
        new RelayGapDetector(ctx),
        new LandmarkAuditDetector(ctx),
        new InteractionDelayDetector(),
        new OperatorShiftDetector(),
        new RemoteInputDetector(),
        new TimeZoneDetector());
  }
}
