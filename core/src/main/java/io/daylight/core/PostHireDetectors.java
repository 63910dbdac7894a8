package io.daylight.core;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.InputHardwareDetector;
import io.daylight.core.endpoint.IssuedLaptopDetector;
import io.daylight.core.endpoint.LaptopShipToDetector;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.endpoint.RemoteAccessToolDetector;
import io.daylight.core.endpoint.VpnClientDetector;
import io.daylight.core.farm.LaptopFarmDetector;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.payroll.PayrollDestinationDetector;
import io.daylight.core.payroll.SharedPayrollAccountDetector;
import io.daylight.core.signin.AnonymisedSignInDetector;
import io.daylight.core.signin.DeclaredPlaceSignInDetector;
import io.daylight.core.signin.ImpossibleTravelDetector;
import io.daylight.core.signin.UnmanagedDeviceDetector;
import io.daylight.core.vendor.AgencyApplicationsDetector;
import java.util.List;

/**
 * The detectors for after hiring (devices, sign-ins, laptop farms, payroll, agencies), wired from
 * the deployment context, the IP intel and the two hardware/software catalogues. Agency reviews
 * of placements look across findings and are run after a scan by
 * {@link io.daylight.core.vendor.AgencyPlacementReview}.
 */
public final class PostHireDetectors {
  private PostHireDetectors() {}

  public static List<Detector<?>> all(DeploymentContext ctx, IpIntel ip, RemoteAccessCatalogue tools,
                                      InputHardwareCatalogue hardware) {
    return List.of(
        new RemoteAccessToolDetector(ctx, tools),
        new VpnClientDetector(ctx),
        new InputHardwareDetector(hardware),
        new IssuedLaptopDetector(),
        new LaptopShipToDetector(),
        new LaptopFarmDetector(ctx, ip),
        new SharedPayrollAccountDetector(),
        new PayrollDestinationDetector(),
        new AnonymisedSignInDetector(ctx, ip),
        new DeclaredPlaceSignInDetector(ctx, ip),
        new ImpossibleTravelDetector(ctx, ip),
        new UnmanagedDeviceDetector(),
        new AgencyApplicationsDetector(ip));
  }
}
