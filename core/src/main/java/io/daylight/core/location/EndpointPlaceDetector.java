package io.daylight.core.location;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import io.daylight.core.geo.Fibre;
import io.daylight.core.state.ArraySets;
import io.daylight.core.geo.GreatCircle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the worker's endpoint is, from landmark round trips (docs/latency-calibration.md).
 *
 * <p><b>Windows.</b> Per landmark and event-time day (UTC), the robust minimum is the
 * <em>second</em>-lowest round trip, and a landmark counts that day only with two or more samples:
 * one corrupt fast sample cannot make a day, and Wi-Fi jitter and bufferbloat only ever add delay,
 * so a minimum filters them. A day is closed by an event-time timer at its end.
 *
 * <p><b>Landmarks that lie.</b> Two landmarks both reaching one endpoint must satisfy
 * {@code dist(A,B) ≤ (rA + rB)/2 · 199.86}: the endpoint is within each one's disc. A pair that
 * breaks this beats light, so one of them is not where it says (0.27 % of WonderProxy pairs did,
 * each a mislabelled server). The landmark alone in most broken pairs is excluded for the day
 * (with a tie, every tied landmark is excluded, blaming none). A worker whose endpoint moved
 * during a day (home in the morning, a VPN in the afternoon) breaks pairs too, so a landmark is
 * reported, as a {@link SubjectKind#LANDMARK} finding, only once it has been blamed alone on
 * {@value #MIN_BLAME_DAYS} days for this worker.
 *
 * <p><b>Proof.</b> A day is a <em>violation day</em> when a trusted landmark's robust minimum is
 * below the light floor of its distance to the declared place: the device is provably elsewhere
 * that day. One day proves a trip; the worker finding needs violations on at least
 * {@value #MIN_DAYS} days and on more than half of the measured days. Its ratio,
 * 59,763 / 164 ≈ 364 (1 / 0.27 %), is the WonderProxy faster-than-light (mislabelled landmark)
 * pair rate: the only honest way to beat physics.
 *
 * <p><b>Evidence.</b> A day is <em>implausible</em> when, for some landmark, the inflation
 * {@code rtt / floor(declared distance)} is in the fast tail of real paths at that distance:
 * P(inflation ≤ observed) from {@link CalibrationTable#cdf}, corrected for the number of
 * landmarks tried ({@code 1 − (1 − q)^K}), at most {@value #IMPLAUSIBLE_P}. Same persistence rule;
 * ratio = 1 / (median day probability), because an honest route that is unusually direct is
 * direct every day (the days are not independent draws), capped at the physics ratio.
 *
 * <p><b>Confounders.</b> Only "too fast" is used: satellite links (≈550 ms geostationary, 25–40 ms
 * low-orbit), Wi-Fi jitter and VPN hair-pins only ever slow a reply, so they cannot produce either
 * finding. Round trips taken while the worker's last seen address (auth {@code src_ip}, inventory
 * {@code public_ip}) is a corporate egress from the context file measure the company's own exit,
 * not the device, and are skipped.
 */
public final class EndpointPlaceDetector implements Detector<EndpointPlaceDetector.State> {
  public static final String NAME = "location.endpoint-place";
  /**
   * Violations on 10 days (two working weeks, longer than a usual trip) and on more than half of
   * at least 20 measured days: a two-week holiday early in the job is then at most half of the
   * history, so it cannot make the finding alone (policy choices, checked in the accuracy study).
   */
  static final int MIN_DAYS = 10;
  static final int MIN_MEASURED_DAYS = 20;
  static final int MIN_SAMPLES_PER_LANDMARK_DAY = 2;
  static final int MIN_BLAME_DAYS = 3;
  static final double IMPLAUSIBLE_P = 0.05;
  /** 59,763 / 164 ≈ 364: one over the WonderProxy 2020 faster-than-light (mislabelled server) pair rate. */
  static final double PROOF_RATIO = 1 / CalibrationTable.FASTER_THAN_LIGHT_RATE;
  static final long DAY_MS = 86_400_000L;
  private static final int MAX_EVENT_IDS = 20;

  private final Map<String, Rtt.Landmark> knownLandmarks = new HashMap<>();
  private final DeploymentContext context;

  public EndpointPlaceDetector(DeploymentContext context) {
    this.context = context;
    for (Rtt.Landmark l : context.landmarks()) knownLandmarks.put(l.id(), l);
  }

  /** Per-worker memory: declared place, open day buckets, day verdicts, what was reported. */
  public static final class State {
    public double declaredLat = Double.NaN;
    public double declaredLon = Double.NaN;
    public String declaredLabel;
    public boolean onCorporateEgress;
    /** The last day whose closing timer was asked for (asking once per day keeps the queue small). */
    public long timerDay = Long.MIN_VALUE;
    public int corporateSamplesSkipped;
    /** Open (landmark, day) buckets: parallel arrays, {@code open} entries in use. */
    public int open;
    public long[] bucketDay = new long[4];
    public String[] bucketLandmark = new String[4];
    public double[] bucketLat = new double[4];
    public double[] bucketLon = new double[4];
    public double[] bucketMin1 = new double[4];
    public double[] bucketMin2 = new double[4];
    public int[] bucketCount = new int[4];
    public long[] measuredDays = new long[0];
    public long[] violationDays = new long[0];
    public long[] implausibleDays = new long[0];
    public double[] implausibleP = new double[0];
    /** The strongest violation seen: landmark, its robust minimum, the floor it beat. */
    public String worstLandmark;
    public double worstRttMs = Double.NaN;
    public double worstFloorMs = Double.NaN;
    public double worstDistanceKm = Double.NaN;
    /** The fastest-tail implausible observation. */
    public String tailLandmark;
    public double tailRttMs = Double.NaN;
    public double tailDistanceKm = Double.NaN;
    public double tailP = Double.NaN;
    public int tailLandmarksTried;
    /** Robust minima of the last violation or implausible day, for the multilateration region. */
    public String[] regionLandmarks = new String[0];
    public double[] regionLat = new double[0];
    public double[] regionLon = new double[0];
    public double[] regionRtt = new double[0];
    /** Landmarks blamed alone for broken pairs, with the number of days each was. */
    public String[] blamedLandmarks = new String[0];
    public int[] blamedDays = new int[0];
    public String[] reportedLandmarks = new String[0];
    public boolean reportedProof;
    public boolean reportedImplausible;
    /** Ids of round trips under the declared place's floor (first {@value #MAX_EVENT_IDS}); an array, not a List, so Flink needs no Kryo. */
    public String[] eventIds = new String[0];
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() {
    return EnumSet.of(EventType.WORKER, EventType.RTT, EventType.AUTH, EventType.INVENTORY);
  }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    if (event instanceof Worker w) {
      if (w.declaredLocation() != null && w.declaredLocation().hasCoordinates()) {
        s.declaredLat = w.declaredLocation().lat();
        s.declaredLon = w.declaredLocation().lon();
        s.declaredLabel = w.declaredLocation().label();
      }
    } else if (event instanceof Auth a) {
      noteAddress(s, a.srcIp());
    } else if (event instanceof Inventory inv) {
      noteAddress(s, inv.publicIp());
    } else if (event instanceof Rtt r) {
      onRtt(s, r, ctx);
    }
  }

  private void noteAddress(State s, String ip) {
    if (ip != null && !ip.isEmpty()) s.onCorporateEgress = context.corporateEgress().contains(ip);
  }

  private void onRtt(State s, Rtt r, DetectorContext ctx) {
    if (r.landmark() == null || r.landmark().id() == null || !(r.rttMs() >= 0)) return;
    if (s.onCorporateEgress) {
      s.corporateSamplesSkipped++;
      return;
    }
    Rtt.Landmark lm = knownLandmarks.getOrDefault(r.landmark().id(), r.landmark());
    long day = Math.floorDiv(r.time(), DAY_MS);
    int i = bucket(s, day, lm);
    double v = r.rttMs();
    if (v < s.bucketMin1[i]) {
      s.bucketMin2[i] = s.bucketMin1[i];
      s.bucketMin1[i] = v;
    } else if (v < s.bucketMin2[i]) {
      s.bucketMin2[i] = v;
    }
    s.bucketCount[i]++;
    if (r.id() != null && s.eventIds.length < MAX_EVENT_IDS && !Double.isNaN(s.declaredLat)
        && v < Fibre.rttFloorMs(GreatCircle.km(s.declaredLat, s.declaredLon, lm.lat(), lm.lon()))) {
      s.eventIds = java.util.Arrays.copyOf(s.eventIds, s.eventIds.length + 1);
      s.eventIds[s.eventIds.length - 1] = r.id();
    }
    if (day != s.timerDay) {
      s.timerDay = day;
      ctx.timerAt((day + 1) * DAY_MS);
    }
  }

  private static int bucket(State s, long day, Rtt.Landmark lm) {
    for (int i = 0; i < s.open; i++) {
      if (s.bucketDay[i] == day && s.bucketLandmark[i].equals(lm.id())) return i;
    }
    if (s.open == s.bucketDay.length) {
      int n = s.open * 2;
      s.bucketDay = java.util.Arrays.copyOf(s.bucketDay, n);
      s.bucketLandmark = java.util.Arrays.copyOf(s.bucketLandmark, n);
      s.bucketLat = java.util.Arrays.copyOf(s.bucketLat, n);
      s.bucketLon = java.util.Arrays.copyOf(s.bucketLon, n);
      s.bucketMin1 = java.util.Arrays.copyOf(s.bucketMin1, n);
      s.bucketMin2 = java.util.Arrays.copyOf(s.bucketMin2, n);
      s.bucketCount = java.util.Arrays.copyOf(s.bucketCount, n);
    }
    int i = s.open++;
    s.bucketDay[i] = day;
    s.bucketLandmark[i] = lm.id();
    s.bucketLat[i] = lm.lat();
    s.bucketLon[i] = lm.lon();
    s.bucketMin1[i] = Double.POSITIVE_INFINITY;
    s.bucketMin2[i] = Double.POSITIVE_INFINITY;
    s.bucketCount[i] = 0;
    return i;
  }

  @Override
  public void onTimer(State s, long time, DetectorContext ctx) {
    long day = time / DAY_MS - 1;
    // gather the closing day's landmarks with enough samples, in a fixed order (by id)
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < s.open; i++) {
      if (s.bucketDay[i] == day && s.bucketCount[i] >= MIN_SAMPLES_PER_LANDMARK_DAY) idx.add(i);
    }
    idx.sort((a, b) -> s.bucketLandmark[a].compareTo(s.bucketLandmark[b]));
    int n = idx.size();
    String[] ids = new String[n];
    double[] lat = new double[n];
    double[] lon = new double[n];
    double[] rtt = new double[n];
    for (int k = 0; k < n; k++) {
      int i = idx.get(k);
      ids[k] = s.bucketLandmark[i];
      lat[k] = s.bucketLat[i];
      lon[k] = s.bucketLon[i];
      rtt[k] = s.bucketMin2[i];
    }
    removeDay(s, day);
    byte[] status = LandmarkConsistency.judge(lat, lon, rtt, n);
    boolean[] trusted = new boolean[n];
    for (int k = 0; k < n; k++) {
      trusted[k] = status[k] == LandmarkConsistency.TRUSTED;
      if (status[k] == LandmarkConsistency.BLAMED && blame(s, ids[k]) >= MIN_BLAME_DAYS) {
        reportLandmark(s, k, ids, lat, lon, rtt, n, time, ctx);
      }
    }
    if (Double.isNaN(s.declaredLat)) return;
    judgeDay(s, day, time, ids, lat, lon, rtt, trusted, n, ctx);
  }

  private static void removeDay(State s, long day) {
    int w = 0;
    for (int i = 0; i < s.open; i++) {
      if (s.bucketDay[i] == day) continue;
      s.bucketDay[w] = s.bucketDay[i];
      s.bucketLandmark[w] = s.bucketLandmark[i];
      s.bucketLat[w] = s.bucketLat[i];
      s.bucketLon[w] = s.bucketLon[i];
      s.bucketMin1[w] = s.bucketMin1[i];
      s.bucketMin2[w] = s.bucketMin2[i];
      s.bucketCount[w] = s.bucketCount[i];
      w++;
    }
    for (int i = w; i < s.open; i++) s.bucketLandmark[i] = null;
    s.open = w;
  }

  private void judgeDay(State s, long day, long time, String[] ids, double[] lat, double[] lon, double[] rtt,
                        boolean[] trusted, int n, DetectorContext ctx) {
    int tried = 0;
    double bestQ = 1;
    int bestK = -1;
    boolean violation = false;
    for (int k = 0; k < n; k++) {
      if (!trusted[k]) continue;
      tried++;
      double km = GreatCircle.km(s.declaredLat, s.declaredLon, lat[k], lon[k]);
      double floor = Fibre.rttFloorMs(km);
      if (rtt[k] < floor) {
        violation = true;
        if (Double.isNaN(s.worstRttMs) || floor - rtt[k] > s.worstFloorMs - s.worstRttMs) {
          s.worstRttMs = rtt[k];
          s.worstFloorMs = floor;
          s.worstDistanceKm = km;
          s.worstLandmark = ids[k];
        }
      }
      double q = CalibrationTable.cdf(km, rtt[k] / floor);
      if (!Double.isNaN(q) && q < bestQ) {
        bestQ = q;
        bestK = k;
      }
    }
    if (tried == 0) return;
    s.measuredDays = ArraySets.add(s.measuredDays, day);
    double dayP = bestK < 0 ? 1 : 1 - Math.pow(1 - bestQ, tried);
    boolean implausible = dayP <= IMPLAUSIBLE_P;
    if (violation) s.violationDays = ArraySets.add(s.violationDays, day);
    if (implausible) {
      s.implausibleDays = ArraySets.add(s.implausibleDays, day);
      s.implausibleP = appendSorted(s.implausibleP, dayP);
      if (Double.isNaN(s.tailP) || dayP < s.tailP) {
        s.tailP = dayP;
        s.tailLandmark = ids[bestK];
        s.tailRttMs = rtt[bestK];
        s.tailDistanceKm = GreatCircle.km(s.declaredLat, s.declaredLon, lat[bestK], lon[bestK]);
        s.tailLandmarksTried = tried;
      }
    }
    if (violation || implausible) keepRegion(s, ids, lat, lon, rtt, trusted, n);
    if (!s.reportedProof && persistent(s.violationDays, s.measuredDays)) {
      s.reportedProof = true;
      ctx.emit(proofFinding(s, ctx.key(), time));
    } else if (!s.reportedProof && !s.reportedImplausible && persistent(s.implausibleDays, s.measuredDays)) {
      s.reportedImplausible = true;
      ctx.emit(implausibleFinding(s, ctx.key(), time));
    }
  }

  static boolean persistent(long[] days, long[] measured) {
    return days.length >= MIN_DAYS && measured.length >= MIN_MEASURED_DAYS && 2 * days.length > measured.length;
  }

  private static void keepRegion(State s, String[] ids, double[] lat, double[] lon, double[] rtt, boolean[] trusted, int n) {
    int m = 0;
    for (int k = 0; k < n; k++) if (trusted[k]) m++;
    s.regionLandmarks = new String[m];
    s.regionLat = new double[m];
    s.regionLon = new double[m];
    s.regionRtt = new double[m];
    int j = 0;
    for (int k = 0; k < n; k++) {
      if (!trusted[k]) continue;
      s.regionLandmarks[j] = ids[k];
      s.regionLat[j] = lat[k];
      s.regionLon[j] = lon[k];
      s.regionRtt[j++] = rtt[k];
    }
  }

  private static double[] appendSorted(double[] a, double v) {
    double[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = v;
    java.util.Arrays.sort(out);
    return out;
  }

  /** The hard and the plausible (p5) multilateration regions of the kept day. */
  static FeasibleRegion[] regions(State s) {
    int m = s.regionLat.length;
    double[] hard = new double[m];
    double[] plausible = new double[m];
    for (int k = 0; k < m; k++) {
      hard[k] = Fibre.maxKm(s.regionRtt[k]);
      plausible[k] = CalibrationTable.maxKmAtQuantile(s.regionRtt[k], CalibrationTable.P5);
    }
    return new FeasibleRegion[] {
        FeasibleRegion.intersect(s.regionLat, s.regionLon, hard, m),
        FeasibleRegion.intersect(s.regionLat, s.regionLon, plausible, m)};
  }

  private static String regionText(FeasibleRegion hard, FeasibleRegion plausible, int landmarks) {
    if (!hard.feasible()) return "";
    String t = String.format(Locale.ROOT,
        " Intersecting the %d landmarks' discs (radius = robust minimum/2 · 199.86 km) places the endpoint within "
            + "%s km of %s, %s",
        landmarks, Numbers.grouped(hard.extentKm()), Numbers.format(hard.lat()), Numbers.format(hard.lon()));
    if (plausible.feasible()) {
      t += String.format(Locale.ROOT, "; with real-path inflation (p5), within %s km of %s, %s",
          Numbers.grouped(plausible.extentKm()), Numbers.format(plausible.lat()), Numbers.format(plausible.lon()));
    }
    return t + ".";
  }

  private static List<Evidence> regionEvidence(FeasibleRegion hard, FeasibleRegion plausible) {
    List<Evidence> ev = new ArrayList<>();
    if (hard.feasible()) {
      ev.add(Evidence.fact("feasible_region_centroid", Numbers.format(hard.lat()) + "," + Numbers.format(hard.lon()),
          "constraint-based multilateration (Gueye et al. 2006), hard discs"));
      ev.add(Evidence.measured("feasible_region_extent_km", hard.extentKm(), "km", null, "same"));
    }
    if (plausible.feasible()) {
      ev.add(Evidence.fact("plausible_region_centroid",
          Numbers.format(plausible.lat()) + "," + Numbers.format(plausible.lon()),
          "discs shrunk by WonderProxy 2020 p5 inflation (latency-calibration.md)"));
      ev.add(Evidence.measured("plausible_region_extent_km", plausible.extentKm(), "km", null, "same"));
    }
    return ev;
  }

  private Finding proofFinding(State s, String subject, long time) {
    FeasibleRegion[] r = regions(s);
    double maxKm = Fibre.maxKm(s.worstRttMs);
    String explanation = String.format(Locale.ROOT,
        "Worker %s declared %s. Landmark %s is %s km from there, so no reply can come back in under %s ms "
            + "(light in fibre, 199.86 km/ms one way); the endpoint's robust daily minimum (second-lowest of at least "
            + "%d round trips) was %s ms, so it was at most %s km from the landmark. The floor was beaten on %d of %d "
            + "measured days: the device is not at the declared place.%s",
        subject, s.declaredLabel, s.worstLandmark, Numbers.grouped(s.worstDistanceKm), Numbers.format(s.worstFloorMs),
        MIN_SAMPLES_PER_LANDMARK_DAY, Numbers.format(s.worstRttMs), Numbers.grouped(maxKm),
        s.violationDays.length, s.measuredDays.length, regionText(r[0], r[1], s.regionLat.length));
    List<Evidence> ev = new ArrayList<>(List.of(
        Evidence.measured("min_rtt_ms", s.worstRttMs, "ms", "floor " + Numbers.format(s.worstFloorMs) + " ms",
            "latency-calibration.md: rttFloor = 2·d/199.86"),
        Evidence.measured("declared_to_landmark_km", s.worstDistanceKm, "km", null, "great circle"),
        Evidence.measured("endpoint_max_km_from_landmark", maxKm, "km", null, "dMax = rtt/2·199.86"),
        Evidence.fact("landmark", s.worstLandmark, "rtt event"),
        Evidence.measured("violation_days", s.violationDays.length, "days",
            "> half of " + s.measuredDays.length + " measured days, ≥ " + MIN_DAYS, "this detector's persistence rule")));
    ev.addAll(regionEvidence(r[0], r[1]));
    if (s.corporateSamplesSkipped > 0) {
      ev.add(Evidence.measured("corporate_egress_samples_skipped", s.corporateSamplesSkipped, "samples", null,
          "context corporate_egress"));
    }
    return new Finding(FindingIds.of(NAME, subject, "beats-light"), NAME, subject, SubjectKind.WORKER, time,
        "Endpoint answered faster than light allows from " + s.declaredLabel, explanation, PROOF_RATIO,
        "endpoint-location", ev, List.of(s.eventIds), null);
  }

  private Finding implausibleFinding(State s, String subject, long time) {
    FeasibleRegion[] r = regions(s);
    double floor = Fibre.rttFloorMs(s.tailDistanceKm);
    int band = CalibrationTable.band(s.tailDistanceKm);
    double medianP = s.implausibleP[(s.implausibleP.length - 1) / 2];
    double ratio = Math.min(PROOF_RATIO, 1 / medianP);
    String explanation = String.format(Locale.ROOT,
        "Worker %s declared %s. Landmark %s is %s km from there (light floor %s ms); the endpoint's robust daily "
            + "minimum was %s ms, an inflation of %s, where real paths of %s have p5 %s and p50 %s (WonderProxy 2020, "
            + "%s pairs). Fewer than %s %% of honest paths from the declared place would be that fast, allowing for %d "
            + "landmarks tried. This held on %d of %d measured days (median day probability %s %%): the device is "
            + "probably nearer to that landmark than the declared place is. Likelihood ratio 1 / %s = %s.%s",
        subject, s.declaredLabel, s.tailLandmark, Numbers.grouped(s.tailDistanceKm), Numbers.format(floor),
        Numbers.format(s.tailRttMs), Numbers.format(s.tailRttMs / floor), CalibrationTable.bandLabel(band),
        Numbers.format(CalibrationTable.inflation(s.tailDistanceKm, CalibrationTable.P5)),
        Numbers.format(CalibrationTable.inflation(s.tailDistanceKm, CalibrationTable.P50)),
        Numbers.grouped(CalibrationTable.bandPairs(band)), Numbers.format(100 * s.tailP), s.tailLandmarksTried,
        s.implausibleDays.length, s.measuredDays.length, Numbers.format(100 * medianP),
        String.format(Locale.ROOT, "%.4f", medianP), Numbers.grouped(ratio), regionText(r[0], r[1], s.regionLat.length));
    List<Evidence> ev = new ArrayList<>(List.of(
        Evidence.measured("min_rtt_ms", s.tailRttMs, "ms", "floor " + Numbers.format(floor) + " ms", "latency-calibration.md"),
        Evidence.measured("inflation", s.tailRttMs / floor, "ratio",
            "p5 " + Numbers.format(CalibrationTable.inflation(s.tailDistanceKm, CalibrationTable.P5)),
            "latency-calibration.md, WonderProxy 2020, " + CalibrationTable.bandLabel(band)),
        Evidence.measured("declared_to_landmark_km", s.tailDistanceKm, "km", null, "great circle"),
        Evidence.fact("landmark", s.tailLandmark, "rtt event"),
        Evidence.measured("implausible_days", s.implausibleDays.length, "days",
            "> half of " + s.measuredDays.length + " measured days, ≥ " + MIN_DAYS, "this detector's persistence rule"),
        Evidence.measured("median_day_probability", medianP, "probability", "≤ " + IMPLAUSIBLE_P,
            "calibration cdf, corrected for landmarks tried")));
    ev.addAll(regionEvidence(r[0], r[1]));
    return new Finding(FindingIds.of(NAME, subject, "implausibly-fast"), NAME, subject, SubjectKind.WORKER, time,
        "Endpoint is implausibly close to landmark " + s.tailLandmark + " for " + s.declaredLabel, explanation, ratio,
        "endpoint-location", ev, List.of(), null);
  }

  /** Counts one more day the landmark was blamed alone; returns the count. */
  private static int blame(State s, String id) {
    for (int i = 0; i < s.blamedLandmarks.length; i++) {
      if (s.blamedLandmarks[i].equals(id)) return ++s.blamedDays[i];
    }
    int m = s.blamedLandmarks.length;
    s.blamedLandmarks = java.util.Arrays.copyOf(s.blamedLandmarks, m + 1);
    s.blamedDays = java.util.Arrays.copyOf(s.blamedDays, m + 1);
    s.blamedLandmarks[m] = id;
    s.blamedDays[m] = 1;
    return 1;
  }

  private void reportLandmark(State s, int k, String[] ids, double[] lat, double[] lon, double[] rtt,
                              int n, long time, DetectorContext ctx) {
    for (String done : s.reportedLandmarks) if (done.equals(ids[k])) return;
    s.reportedLandmarks = java.util.Arrays.copyOf(s.reportedLandmarks, s.reportedLandmarks.length + 1);
    s.reportedLandmarks[s.reportedLandmarks.length - 1] = ids[k];
    StringBuilder pairs = new StringBuilder();
    List<Evidence> ev = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (j == k || !LandmarkConsistency.beatsLight(lat[k], lon[k], rtt[k], lat[j], lon[j], rtt[j])) continue;
      double km = GreatCircle.km(lat[k], lon[k], lat[j], lon[j]);
      if (pairs.length() > 0) pairs.append("; ");
      pairs.append(String.format(Locale.ROOT, "with %s, %s km away, the two round trips sum to %s ms where light needs %s ms",
          ids[j], Numbers.grouped(km), Numbers.format(rtt[k] + rtt[j]), Numbers.format(Fibre.rttFloorMs(km))));
      ev.add(Evidence.measured("pair_rtt_sum_ms:" + ids[j], rtt[k] + rtt[j], "ms",
          "floor " + Numbers.format(Fibre.rttFloorMs(km)) + " ms", "latency-calibration.md: 2·d/199.86"));
    }
    String explanation = String.format(Locale.ROOT,
        "Landmark %s (stated at %s, %s) and others measured one endpoint (worker %s) on one day; an endpoint "
            + "reached by both must lie within both discs, so their distance apart can be at most the sum of robust "
            + "minimum round trips/2 · 199.86 km. On the latest day that fails %s. %s was alone in the most broken pairs "
            + "on %d days, so its stated position is wrong and its round trips are excluded from location findings.",
        ids[k], Numbers.format(lat[k]), Numbers.format(lon[k]), ctx.key(), pairs, ids[k], MIN_BLAME_DAYS);
    ctx.emit(new Finding(FindingIds.of(NAME, ids[k], "beats-light:" + ctx.key()), NAME, ids[k], SubjectKind.LANDMARK,
        time, "Landmark " + ids[k] + " round trips beat light: its stated position is wrong", explanation,
        PROOF_RATIO, "landmark-position", ev, List.of(), List.of(ids[k])));
  }
}
