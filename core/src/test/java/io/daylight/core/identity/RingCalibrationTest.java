package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Re-measures the cluster signals' likelihood ratios (calibration seed 20260101: 20,000 honest
 * applicants with look-alikes, 150 rings; and FEBRL 3) and checks the constants in
 * {@link RingLikelihoods} do not claim more than the measurement supports.
 */
class RingCalibrationTest {
  static final long CALIBRATION_SEED = 20260101L;

  @Test void coded_likelihood_ratios_do_not_exceed_what_the_labelled_scenarios_measure() {
    RingCalibration scenario = RingCalibration.ofScenario(ApplicantScenario.generate(CALIBRATION_SEED, 20_000, 150, true));
    RingCalibration febrl = RingCalibration.ofFebrl(Febrl.load("dataset3.csv"));
    System.out.print(scenario.table(febrl));
    assertRatio(scenario, febrl, ClusterSignals.MANY_NAMES, RingLikelihoods.MANY_NAMES_LR);
    assertRatio(scenario, febrl, ClusterSignals.CV_REUSE, RingLikelihoods.CV_REUSE_LR);
    assertRatio(scenario, febrl, ClusterSignals.CONTACT_SETS, RingLikelihoods.CONTACT_SETS_LR);
    assertRatio(scenario, febrl, ClusterSignals.REAPPEARS, RingLikelihoods.REAPPEARS_LR);
    assertRatio(scenario, febrl, ClusterSignals.VELOCITY, RingLikelihoods.VELOCITY_LR);
    // Used below the measurement on purpose (RingLikelihoods): never above it, and never firing on honest units.
    assertThat(RingLikelihoods.NETWORK_BURST_LR).isLessThanOrEqualTo(
        RingCalibration.ratio(scenario.counts.get(ClusterSignals.NETWORK_BURST), febrl.counts.get(ClusterSignals.NETWORK_BURST)));
    for (String assumed : java.util.List.of(ClusterSignals.NETWORK_BURST, ClusterSignals.WORK_HISTORY, ClusterSignals.EMAIL_TEMPLATE)) {
      assertThat(scenario.counts.get(assumed)[2]).as(assumed + " on honest units").isZero();
      assertThat(febrl.counts.get(assumed)[2]).as(assumed + " on FEBRL persons").isZero();
    }
  }

  private static void assertRatio(RingCalibration s, RingCalibration f, String detector, double coded) {
    double measured = RingCalibration.ratio(s.counts.get(detector), f.counts.get(detector));
    assertThat(coded).as(detector).isLessThanOrEqualTo(measured).isGreaterThan(measured * 0.8);
  }
}
