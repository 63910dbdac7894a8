package io.daylight.core.location;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import io.daylight.core.geo.Fibre;
import io.daylight.core.geo.GreatCircle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The physical round-trip floor: an endpoint that answers a landmark faster than light in fibre
 * could from the worker's declared place is, provably, not at the declared place.
 *
 * <p>Physics and the 199.86 km/ms bound: shared/docs/latency-calibration.md. Because an honest
 * worker travels now and then, one day proves only a trip; the finding needs the floor beaten on
 * at least {@link #MIN_DAYS} days and on more than half of the days the endpoint was measured, over
 * at least {@link #MIN_MEASURED_DAYS} measured days. A day counts only when two or more samples beat
 * the floor, so one corrupt sample cannot make a day.
 *
 * <p>Likelihood ratio: the observation is "the endpoint is persistently not where declared".
 * Under "honest worker at the declared place" physics forbids it except through a wrong landmark
 * position; the WonderProxy mesh (same document) found 0.27 % of server pairs faster than light,
 * every one from a mislabelled server. So P(obs | honest) ≤ 0.0027 and, with P(obs | fraud) ≤ 1,
 * the ratio is at most 1 / 0.0027 ≈ 370: the figure used. It is an upper bound on what the
 * physics alone says; being elsewhere is not itself fraud, so the case weighs it with the rest.
 */
public final class RttFloorDetector implements Detector<RttFloorDetector.State> {
  public static final String NAME = "location.rtt-floor";
  static final int MIN_DAYS = 3;
  static final int MIN_MEASURED_DAYS = 7;
  static final int MIN_SAMPLES_PER_DAY = 2;
  /** 1 / 0.0027, the WonderProxy 2020 faster-than-light (mislabelled landmark) pair rate. */
  static final double LIKELIHOOD_RATIO = 1 / 0.0027;
  private static final long DAY_MS = 86_400_000L;
  private static final int MAX_EVENT_IDS = 20;

  /** Per-worker memory: the declared place, the days measured, the days the floor was beaten. */
  public static final class State {
    public double declaredLat = Double.NaN;
    public double declaredLon = Double.NaN;
    public String declaredLabel;
    public long[] measuredDays = new long[0];
    public long[] violationDays = new long[0];
    public long currentDay = Long.MIN_VALUE;
    public int currentDayViolations;
    public double worstRttMs = Double.NaN;
    public double worstFloorMs = Double.NaN;
    public double worstDistanceKm = Double.NaN;
    public String worstLandmark;
    public List<String> eventIds = new ArrayList<>();
    public boolean reported;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.RTT); }

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
      return;
    }
    Rtt r = (Rtt) event;
    if (Double.isNaN(s.declaredLat) || r.landmark() == null || !(r.rttMs() >= 0)) return;
    long day = Math.floorDiv(r.time(), DAY_MS);
    if (day != s.currentDay) {
      s.currentDay = day;
      s.currentDayViolations = 0;
    }
    s.measuredDays = addDay(s.measuredDays, day);
    double km = GreatCircle.km(s.declaredLat, s.declaredLon, r.landmark().lat(), r.landmark().lon());
    double floor = Fibre.rttFloorMs(km);
    if (r.rttMs() >= floor) return;
    s.currentDayViolations++;
    if (s.eventIds.size() < MAX_EVENT_IDS) s.eventIds.add(r.id());
    if (Double.isNaN(s.worstRttMs) || floor - r.rttMs() > s.worstFloorMs - s.worstRttMs) {
      s.worstRttMs = r.rttMs();
      s.worstFloorMs = floor;
      s.worstDistanceKm = km;
      s.worstLandmark = r.landmark().id();
    }
    if (s.currentDayViolations == MIN_SAMPLES_PER_DAY) s.violationDays = addDay(s.violationDays, day);
    if (!s.reported && persistent(s)) {
      s.reported = true;
      ctx.emit(finding(r, s));
    }
  }

  private static boolean persistent(State s) {
    return s.violationDays.length >= MIN_DAYS
        && s.measuredDays.length >= MIN_MEASURED_DAYS
        && 2 * s.violationDays.length > s.measuredDays.length;
  }

  private Finding finding(Rtt r, State s) {
    double maxKm = Fibre.maxKm(s.worstRttMs);
    String title = "Endpoint answered faster than light allows from " + s.declaredLabel;
    String explanation = String.format(java.util.Locale.ROOT,
        "Worker %s declared %s. Landmark %s is %s km from there, so no reply can come back in under %s ms "
            + "(light in fibre, 199.86 km/ms one way); the endpoint answered in %s ms, so it is at most %s km "
            + "from the landmark. The floor was beaten on %d of %d measured days: the device is not at the "
            + "declared place.",
        r.subject(), s.declaredLabel, s.worstLandmark, Numbers.grouped(s.worstDistanceKm),
        Numbers.format(s.worstFloorMs), Numbers.format(s.worstRttMs), Numbers.grouped(maxKm),
        s.violationDays.length, s.measuredDays.length);
    List<Evidence> ev = List.of(
        Evidence.measured("min_rtt_ms", s.worstRttMs, "ms", "floor " + Numbers.format(s.worstFloorMs) + " ms",
            "latency-calibration.md: rttFloor = 2·d/199.86"),
        Evidence.measured("declared_to_landmark_km", s.worstDistanceKm, "km", null, "great circle"),
        Evidence.measured("endpoint_max_km_from_landmark", maxKm, "km", null, "dMax = rtt/2·199.86"),
        Evidence.fact("landmark", s.worstLandmark, "rtt event"),
        Evidence.measured("violation_days", s.violationDays.length, "days",
            "> half of " + s.measuredDays.length + " measured days, ≥ " + MIN_DAYS, "this detector's persistence rule"));
    return new Finding(FindingIds.of(NAME, r.subject(), "persistent"), NAME, r.subject(), SubjectKind.WORKER,
        r.time(), title, explanation, LIKELIHOOD_RATIO, "endpoint-location", ev, s.eventIds, null);
  }

  /** Adds a day to a small sorted set held as an array (serialisable without generic types). */
  static long[] addDay(long[] days, long day) {
    int i = Arrays.binarySearch(days, day);
    if (i >= 0) return days;
    int at = -i - 1;
    long[] out = new long[days.length + 1];
    System.arraycopy(days, 0, out, 0, at);
    out[at] = day;
    System.arraycopy(days, at, out, at + 1, days.length - at);
    return out;
  }
}
