package io.daylight.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class CalibrationFitTest {

  static Finding finding(String detector, String subject, double ratio, String group) {
    return new Finding(detector + "|" + subject + "|" + ratio, detector, subject, SubjectKind.WORKER, 1_000L,
        detector + " fired", "", ratio, group, List.of(), List.of(), null);
  }

  /** n subjects of one class; detector d (stated ratio r, group g) fires on those {@code fires} accepts. */
  static void add(List<LabelledSubject> out, boolean fraud, int n, String prefix, Detecting... detecting) {
    for (int i = 0; i < n; i++) {
      String id = prefix + i;
      List<Finding> fs = new ArrayList<>();
      for (Detecting d : detecting) if (d.fires.test(i)) fs.add(finding(d.detector, id, d.ratio, d.group));
      out.add(new LabelledSubject("worker:" + id, SubjectKind.WORKER, fraud, fs));
    }
  }

  record Detecting(String detector, double ratio, String group, IntPredicate fires) {}

  @Test
  void aDetectorFiringOnFortyPercentOfFraudAndOnePercentOfHonestIsMeasuredNearForty() {
    List<LabelledSubject> s = new ArrayList<>();
    add(s, true, 200, "f", new Detecting("d", 10, "g", i -> i < 80));
    add(s, false, 2000, "h", new Detecting("d", 10, "g", i -> i < 20));

    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    Calibration.BinRatio b = c.ratios().get("d@lr10");
    assertThat(b.fraudFired()).isEqualTo(80);
    assertThat(b.honestFired()).isEqualTo(20);
    assertThat(b.fraudN()).isEqualTo(200);
    assertThat(b.honestN()).isEqualTo(2000);
    // honest: (20 + 4) / (2000 + 4 / 0.04) = 0.01143; fraud, prior mean 10 × 0.01143:
    // (80 + 4) / (200 + 4 / 0.1143) = 0.3574; 0.3574 / 0.01143 = 31.3, the raw 40 pulled toward the
    // stated 10 by 4 pseudo-firings per arm.
    assertThat(b.ratio()).isCloseTo(31.3, within(0.05));
    assertThat(b.source()).isEqualTo("measured on 2200 cases (fired on 80 of 200 fraudulent, 20 of 2000 honest)");
  }

  @Test
  void aSmallSampleIsPulledTowardTheStatedRatio() {
    List<LabelledSubject> s = new ArrayList<>();
    add(s, true, 10, "f", new Detecting("d", 10, "g", i -> i < 4));
    add(s, false, 100, "h", new Detecting("d", 10, "g", i -> i < 1));

    double r = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test").ratios().get("d@lr10").ratio();

    // raw 0.4 / 0.01 = 40; with the prior: honest (1 + 4) / (100 + 100) = 0.025, fraud
    // (4 + 4) / (10 + 4 / 0.25) = 0.3077, ratio 12.3
    assertThat(r).isCloseTo(12.3, within(0.05));
    double heavier = CalibrationFit.fit(s, CalibrationFit.DECISIONS_PRIOR_FIRINGS, "test").ratios().get("d@lr10").ratio();
    assertThat(heavier).isBetween(10.0, r);
  }

  @Test
  void withoutFraudulentSubjectsTheFitIsTheStatedRatioWhateverTheHonestDataSay() {
    for (double stated : new double[] {300, 10, 2, 0.5}) {
      for (int honestFired : new int[] {0, 7}) { // (until R × the honest rate would pass MAX_RATE)
        CalibrationFit.Bin b = new CalibrationFit.Bin("d", Calibration.tier(stated), SubjectKind.WORKER);
        b.logRatios.add(Math.log(stated));
        b.honestFired = honestFired;
        assertThat(CalibrationFit.ratio(b, 0, 1000, CalibrationFit.PRIOR_FIRINGS).ratio()).as("%s %s", stated, honestFired)
            .isEqualTo(stated);
      }
    }
  }

  @Test
  void aFindingWhoseBinNoLabelledSubjectShowedKeepsItsStatedRatioMarkedAssumed() {
    List<LabelledSubject> s = new ArrayList<>();
    add(s, true, 20, "f", new Detecting("d", 10, "g", i -> i < 8));
    add(s, false, 20, "h");
    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    Calibration.Weighed other = c.weigh(finding("e", "w-1", 7, "g2"));
    Calibration.Weighed otherTier = c.weigh(finding("d", "w-1", 100, "g"));

    assertThat(other.ratio()).isEqualTo(7);
    assertThat(other.source()).isEqualTo(Calibration.ASSUMED);
    assertThat(otherTier.source()).isEqualTo(Calibration.ASSUMED);
    assertThat(c.weigh(finding("d", "w-1", 12, "g")).source()).startsWith("measured on 40 cases");
  }

  @Test
  void tiersFollowTheOneTwoFiveSeries() {
    assertThat(Calibration.tier(12)).isEqualTo("lr10");
    assertThat(Calibration.tier(17.5)).isEqualTo("lr20");
    assertThat(Calibration.tier(80)).isEqualTo("lr100");
    assertThat(Calibration.tier(300)).isEqualTo("lr200");
    assertThat(Calibration.tier(4)).isEqualTo("lr5");
    assertThat(Calibration.tier(0.4)).isEqualTo("lr0.5");
    assertThat(Calibration.tier(3)).isEqualTo("lr2");
    assertThat(Calibration.tier(3.3)).isEqualTo("lr5");
  }

  @Test
  void groupsThatCoFireWithinBothClassesAreMergedIntoOne() {
    List<LabelledSubject> s = new ArrayList<>();
    // Fraud: each fires on 60 of 200, together on 50. Honest: each on 20 of 2000, together on 15.
    add(s, true, 200, "f", new Detecting("a", 10, "ga", i -> i < 60), new Detecting("b", 10, "gb", i -> i >= 10 && i < 70));
    add(s, false, 2000, "h", new Detecting("a", 10, "ga", i -> i < 20), new Detecting("b", 10, "gb", i -> i >= 5 && i < 25));

    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    assertThat(c.pairs()).hasSize(1);
    Calibration.GroupPair p = c.pairs().get(0);
    assertThat(p.fraudBoth()).isEqualTo(50);
    assertThat(p.honestBoth()).isEqualTo(15);
    assertThat(p.fraudH()).isGreaterThan(0.5);
    assertThat(p.honestH()).isGreaterThan(0.5);
    assertThat(p.dependent()).isTrue();
    assertThat(c.groupOf(finding("a", "x", 10, "ga"))).isEqualTo("ga+gb");
    assertThat(c.groupOf(finding("b", "x", 10, "gb"))).isEqualTo("ga+gb");
  }

  @Test
  void groupsThatCoFireOnlyBecauseBothDetectFraudStaySeparate() {
    List<LabelledSubject> s = new ArrayList<>();
    // Within each class the two fire independently (joint = product of marginals); pooled, they
    // co-fire far above chance because both fire mostly on fraud.
    add(s, true, 200, "f", new Detecting("a", 10, "ga", i -> i < 100), new Detecting("b", 10, "gb", i -> i % 2 == 0));
    add(s, false, 2000, "h", new Detecting("a", 10, "ga", i -> i < 100), new Detecting("b", 10, "gb", i -> i % 20 == 0));

    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    Calibration.GroupPair p = c.pairs().get(0);
    assertThat(p.fraudBoth()).isEqualTo(50);
    assertThat(p.fraudH()).isCloseTo(0.0, within(1e-9));
    assertThat(p.honestBoth()).isEqualTo(5);
    assertThat(p.honestH()).isCloseTo(0.0, within(1e-9));
    assertThat(p.dependent()).isFalse();
    assertThat(c.groupOf(finding("a", "x", 10, "ga"))).isEqualTo("ga");
  }

  @Test
  void coFiringOnFraudAloneMergesNothing() {
    List<LabelledSubject> s = new ArrayList<>();
    add(s, true, 200, "f", new Detecting("a", 10, "ga", i -> i < 60), new Detecting("b", 10, "gb", i -> i < 60));
    add(s, false, 2000, "h", new Detecting("a", 10, "ga", i -> i < 20), new Detecting("b", 10, "gb", i -> i >= 20 && i < 40));

    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    assertThat(c.pairs().get(0).fraudH()).isCloseTo(1.0, within(1e-9));
    assertThat(c.pairs().get(0).dependent()).isFalse();
  }

  @Test
  void aCalibrationSurvivesJavaSerialisationSoFlinkCanShipItWithTheScoringFunction() throws Exception {
    List<LabelledSubject> s = new ArrayList<>();
    add(s, true, 200, "f", new Detecting("a", 10, "ga", i -> i < 60), new Detecting("b", 10, "gb", i -> i >= 10 && i < 70));
    add(s, false, 2000, "h", new Detecting("a", 10, "ga", i -> i < 20), new Detecting("b", 10, "gb", i -> i >= 5 && i < 25));
    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    Object back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }

    assertThat(back).isEqualTo(c);
    assertThat(c.ratios()).isNotEmpty();
  }

  @Test
  void aWeakSignalIsMeasuredOnlyWhereNoStrongerEvidenceFired() {
    List<LabelledSubject> s = new ArrayList<>();
    // Fraud: a strong detector (2,000) fires on 180 of 200, the weak one (2) on those same 180 and
    // on 2 of the 20 others. Honest: the weak one on 40 of 2,000, the strong one never.
    add(s, true, 200, "f", new Detecting("strong", 2000, "gs", i -> i < 180), new Detecting("weak", 2, "gw", i -> i < 182));
    add(s, false, 2000, "h", new Detecting("weak", 2, "gw", i -> i < 40));

    Calibration.BinRatio weak = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test").ratios().get("weak@lr2");

    // Counted everywhere it would be 0.91 / 0.02 ≈ 45; where it decides, 2 of 20 fraudulent:
    // honest (40 + 4) / (2000 + 20) = 0.02178, fraud (2 + 4) / (20 + 4 / (2 × 0.02178)) = 0.05366,
    // ratio 2.46: the measured 0.1 / 0.02 = 5 on only 2 firings stays near the stated 2.
    assertThat(weak.fraudN()).isEqualTo(20);
    assertThat(weak.fraudFired()).isEqualTo(2);
    assertThat(weak.honestN()).isEqualTo(2000);
    assertThat(weak.ratio()).isCloseTo(2.46, within(0.005));
  }

  @Test
  void aBinWithNoFraudulentSubjectLeftToCountKeepsItsStatedRatio() {
    List<LabelledSubject> s = new ArrayList<>();
    add(s, true, 20, "f", new Detecting("strong", 2000, "gs", i -> true), new Detecting("weak", 2, "gw", i -> i < 10));
    add(s, false, 200, "h", new Detecting("weak", 2, "gw", i -> i < 2));

    Calibration c = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test");

    assertThat(c.ratios().get("weak@lr2").fraudN()).isZero();
    assertThat(c.weigh(finding("weak", "x", 2, "gw")).source()).isEqualTo(Calibration.ASSUMED);
    assertThat(c.weigh(finding("weak", "x", 2, "gw")).ratio()).isEqualTo(2);
  }

  @Test
  void aGroupSeenFirstOnAWorkerStillCoFiresWithAnApplicationGroupOnApplications() {
    List<LabelledSubject> s = new ArrayList<>();
    // ip-geolocation fires on a worker (sign-in place) before it is seen on applications (IP country)
    s.add(new LabelledSubject("worker:w0", SubjectKind.WORKER, false, List.of(finding("signin", "w0", 50, "signin-place"))));
    for (int i = 0; i < 40; i++) {
      String id = "a" + i;
      List<Finding> fs = new ArrayList<>();
      if (i % 20 <= 5) fs.add(application("screening.geography", id, 2, "applicant-geography"));
      if (i % 20 < 5) fs.add(application("ring", id, 2000, "identity-ring"));
      s.add(new LabelledSubject("applicant:" + id, SubjectKind.APPLICANT, i < 20, fs));
    }

    Calibration.GroupPair p = CalibrationFit.fit(s, CalibrationFit.PRIOR_FIRINGS, "test").pairs().get(0);

    assertThat(p.a()).isEqualTo("identity-ring");
    assertThat(p.b()).isEqualTo(DependencyGroups.IP_GEOLOCATION);
    assertThat(p.fraudBoth()).isEqualTo(5);
    assertThat(p.honestBoth()).isEqualTo(5);
    assertThat(p.fraudH()).isCloseTo(1.0, within(1e-9));
    assertThat(p.dependent()).isTrue();
  }

  static Finding application(String detector, String id, double ratio, String group) {
    return new Finding(detector + "|" + id, detector, id, SubjectKind.APPLICANT, 1, "", "", ratio, group, List.of(),
        List.of(), null);
  }
}
