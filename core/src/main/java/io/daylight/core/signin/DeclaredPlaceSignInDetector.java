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
import io.daylight.core.event.Worker;
import io.daylight.core.geo.GreatCircle;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * Sign-ins that mostly come from far from the declared place: another country, or a city more
 * than {@value #FAR_KM} km away. Anonymisers, corporate egress, mobile carriers and unmanaged
 * devices say nothing about the place and are skipped ({@link SignInSource}). A sales engineer who travels signs in from afar on some days; the finding needs
 * far sign-ins on {@value #MIN_DAYS} distinct days and on more than half of the days with a
 * usable place, which an itinerant honest worker who still lives where declared does not reach.
 *
 * <p>{@value #FAR_KM} km: city-level IP geolocation errs by hundreds of km for mobile and CGNAT
 * ranges (gateway cities); RIPE IPmap reached city level for 79.5 % of addresses (Du et al., CCR
 * April 2020, in latency-calibration.md), so a margin of several hundred km is needed to not flag
 * the rest.
 *
 * <p>Likelihood ratio (policy assumption): mostly signing in far from the declared place, assumed
 * for 50 % of fraud workers (many hide behind anonymisers or farm laptops instead) and 1 % of
 * honest ones (long trips, relocations not yet recorded): 0.50 / 0.01 = 50.
 */
public final class DeclaredPlaceSignInDetector implements Detector<DeclaredPlaceSignInDetector.State> {
  public static final String NAME = "signin.far-from-declared";
  static final double FAR_KM = 1000;
  static final int MIN_DAYS = 5;
  static final double LR = PolicyRatio.of(0.50, 0.01);

  private final DeploymentContext deployment;
  private final IpIntel ip;

  /** Per-worker memory. */
  public static final class State {
    public double lat = Double.NaN;
    public double lon = Double.NaN;
    public String country;
    public String label;
    public long[] placeDays = new long[0];
    public long[] farDays = new long[0];
    public String[] farPlaces = new String[0];
    public double maxKm;
    public String[] eventIds = new String[0];
    public boolean reported;
  }

  public DeclaredPlaceSignInDetector(DeploymentContext deployment, IpIntel ip) {
    this.deployment = deployment;
    this.ip = ip;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.AUTH); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    if (event instanceof Worker w) {
      if (w.declaredLocation() != null) {
        s.country = w.declaredLocation().country() == null ? null : w.declaredLocation().country().toUpperCase(Locale.ROOT);
        s.lat = w.declaredLocation().lat();
        s.lon = w.declaredLocation().lon();
        s.label = w.declaredLocation().label();
      }
      return;
    }
    Auth a = (Auth) event;
    if (s.country == null || !SignInSource.success(a)) return;
    SignInSource src = SignInSource.of(a, deployment, ip);
    if (src.kind() != SignInSource.Kind.CITY && src.kind() != SignInSource.Kind.COUNTRY) return;
    IpIntel.IpInfo i = src.info();
    long day = ArraySets.day(a.time());
    s.placeDays = ArraySets.add(s.placeDays, day);
    boolean foreign = i.country() != null && !i.country().equalsIgnoreCase(s.country);
    double km = Double.NaN;
    if (src.kind() == SignInSource.Kind.CITY && !Double.isNaN(s.lat) && !Double.isNaN(s.lon)) {
      km = GreatCircle.km(s.lat, s.lon, i.lat(), i.lon());
    }
    boolean far = foreign || km > FAR_KM;
    if (!far) return;
    s.farDays = ArraySets.add(s.farDays, day);
    if (km > s.maxKm) s.maxKm = km;
    if (s.farPlaces.length < 6) s.farPlaces = ArraySets.add(s.farPlaces, src.place());
    s.eventIds = ArraySets.appendBounded(s.eventIds, a.id(), 20);
    if (s.reported || s.farDays.length < MIN_DAYS || 2 * s.farDays.length <= s.placeDays.length) return;
    s.reported = true;
    String explanation = String.format(Locale.ROOT,
        "Worker %s declared %s. On %d of %d days with a locatable sign-in, sign-ins came from another country or more "
            + "than %s km away (%s%s). VPN, hosting, corporate and mobile-carrier exits and unmanaged devices are left out. Travel explains some far days; "
            + "more than half of them says the person mostly is not at the declared place.",
        a.subject(), s.label, s.farDays.length, s.placeDays.length, Numbers.grouped(FAR_KM), String.join("; ", s.farPlaces),
        s.maxKm > 0 ? "; farthest " + Numbers.grouped(s.maxKm) + " km" : "; country-level places only");
    ctx.emit(new Finding(FindingIds.of(NAME, a.subject(), "far"), NAME, a.subject(), SubjectKind.WORKER, a.time(),
        "Mostly signs in far from the declared place", explanation, LR, "signin-place",
        List.of(Evidence.measured("far_days", s.farDays.length, "days", "> half of " + s.placeDays.length + ", ≥ " + MIN_DAYS,
                "DeclaredPlaceSignInDetector"),
            Evidence.measured("max_distance_km", s.maxKm, "km", "> " + Numbers.grouped(FAR_KM) + " km", "great circle, IP city estimate")),
        List.of(s.eventIds), null));
  }
}
