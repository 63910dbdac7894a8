package io.daylight.core.signin;

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
import io.daylight.core.geo.GreatCircle;
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * Impossible travel and concurrent far-apart sessions: two successful sign-ins whose places are
 * further apart than an airliner could cover in the time between them, or two devices signed in
 * within {@value #CONCURRENT_MIN} minutes from far apart (one person at a farm laptop, another
 * abroad).
 *
 * <p>What practitioners complain about is false positives, so only city-level fixes of managed
 * devices on fixed-line networks take part: VPN, hosting and Tor exits, corporate egress,
 * country-only fixes, mobile carriers (carrier-grade NAT gateways geolocate 1,000–4,000 km from
 * the subscriber) and unmanaged devices (the worker's phone) are skipped ({@link SignInSource}),
 * since a VPN switched on and off "travels" instantly and a phone on mobile data beside the laptop
 * looks like "two devices at once". Distances under {@value #MIN_KM} km are left out (IP city error, see
 * {@link DeclaredPlaceSignInDetector}). The speed bound {@value #MAX_KMH} km/h is above airliner
 * cruise (about 900 km/h) so a real flight never counts. One such pair is a glitch as often as
 * not; the finding needs pairs on {@value #MIN_DAYS} distinct days.
 *
 * <p>Likelihood ratio (policy assumption): assumed for 40 % of fraud workers (a farm laptop and the
 * operator's own device) and 0.5 % of honest ones after the exclusions above: 0.40 / 0.005 =
 * 80. The scenario run in docs/accuracy.md measures the false-positive rate with
 * travellers, VPN users and mobile sign-ins present.
 */
public final class ImpossibleTravelDetector implements Detector<ImpossibleTravelDetector.State> {
  public static final String NAME = "signin.impossible-travel";
  static final double MIN_KM = 1000;
  static final double MAX_KMH = 1000;
  static final long CONCURRENT_MIN = 10;
  static final int MIN_DAYS = 2;
  static final double LR = PolicyRatio.of(0.40, 0.005);

  private final DeploymentContext deployment;
  private final io.daylight.core.intel.IpIntel ip;

  /** Per-worker memory: the last city-level sign-in and the days with an impossible pair. */
  public static final class State {
    public long lastTime = Long.MIN_VALUE;
    public double lastLat = Double.NaN;
    public double lastLon = Double.NaN;
    public String lastPlace;
    public String lastDevice;
    public String lastId;
    public long[] days = new long[0];
    public String[] pairs = new String[0];
    public String[] eventIds = new String[0];
    public int concurrent;
    public boolean reported;
  }

  public ImpossibleTravelDetector(DeploymentContext deployment, io.daylight.core.intel.IpIntel ip) {
    this.deployment = deployment;
    this.ip = ip;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.AUTH); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Auth a = (Auth) event;
    if (!SignInSource.success(a)) return;
    SignInSource src = SignInSource.of(a, deployment, ip);
    if (src.kind() != SignInSource.Kind.CITY) return;
    double lat = src.info().lat();
    double lon = src.info().lon();
    if (s.lastTime != Long.MIN_VALUE) {
      double km = GreatCircle.km(s.lastLat, s.lastLon, lat, lon);
      double hours = (a.time() - s.lastTime) / 3_600_000.0;
      if (km >= MIN_KM && km > MAX_KMH * hours) {
        boolean concurrent = hours * 60 <= CONCURRENT_MIN && a.deviceId() != null && !a.deviceId().equals(s.lastDevice);
        if (concurrent) s.concurrent++;
        s.days = ArraySets.add(s.days, ArraySets.day(a.time()));
        if (s.pairs.length < 4) {
          s.pairs = ArraySets.add(s.pairs, String.format(Locale.ROOT, "%s → %s, %s km in %s h%s", s.lastPlace, src.place(),
              Numbers.grouped(km), Numbers.format(hours), concurrent ? " (two devices at once)" : ""));
        }
        s.eventIds = ArraySets.appendBounded(s.eventIds, s.lastId, 20);
        s.eventIds = ArraySets.appendBounded(s.eventIds, a.id(), 20);
        if (!s.reported && s.days.length >= MIN_DAYS) {
          s.reported = true;
          ctx.emit(finding(a, s));
        }
      }
    }
    s.lastTime = a.time();
    s.lastLat = lat;
    s.lastLon = lon;
    s.lastPlace = src.place();
    s.lastDevice = a.deviceId();
    s.lastId = a.id();
  }

  private static Finding finding(Auth a, State s) {
    String explanation = String.format(Locale.ROOT,
        "Worker %s signed in from places too far apart for the time between them on %d days (%s)%s. Only city-level "
            + "places of managed devices on fixed-line networks count: VPN, hosting, Tor, corporate, mobile-carrier, "
            + "unmanaged-device and country-only fixes are skipped, distances under %s km ignored and the speed bound (%s km/h) is above airliner cruise.",
        a.subject(), s.days.length, String.join("; ", s.pairs),
        s.concurrent > 0 ? "; " + s.concurrent + " of them were two devices signed in within " + CONCURRENT_MIN + " minutes" : "",
        Numbers.grouped(MIN_KM), Numbers.grouped(MAX_KMH));
    return new Finding(FindingIds.of(NAME, a.subject(), "travel"), NAME, a.subject(), SubjectKind.WORKER, a.time(),
        s.concurrent > 0 ? "Concurrent sign-ins from far apart" : "Impossible travel between sign-ins", explanation, LR,
        "signin-place",
        List.of(Evidence.measured("days_with_impossible_pairs", s.days.length, "days", "≥ " + MIN_DAYS, "ImpossibleTravelDetector"),
            Evidence.fact("pairs", String.join("; ", s.pairs), "auth events")),
        List.of(s.eventIds), null);
  }
}
