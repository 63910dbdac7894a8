package io.daylight.app;

import io.daylight.core.PostHireDetectors;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.identity.AnonymisedNetworkBurstDetector;
import io.daylight.core.identity.ApplicantLinkDetector;
import io.daylight.core.identity.ApplicationScreening;
import io.daylight.core.identity.ApplicationScreeningDetector;
import io.daylight.core.location.LocationDetectors;
import java.util.ArrayList;
import java.util.List;

/**
 * Every detector Daylight runs, wired with the deployment's context and reference data. The order
 * is fixed: the Flink runtime makes a detector's position part of its state key.
 */
public final class DetectorSet {
  private DetectorSet() {}

  public static List<Detector<?>> standard(DeploymentContext context, ReferenceData intel) {
    List<Detector<?>> all = new ArrayList<>();
    all.addAll(LocationDetectors.all(context));
    all.addAll(PostHireDetectors.all(context, intel.ip(), intel.tools(), intel.hardware()));
    all.add(new ApplicantLinkDetector(intel.phones()));
    all.add(new ApplicationScreeningDetector(new ApplicationScreening(intel.phones(), intel.ip(), intel.places(), context)));
    all.add(new AnonymisedNetworkBurstDetector(intel.ip()));
    return List.copyOf(all);
  }
}
