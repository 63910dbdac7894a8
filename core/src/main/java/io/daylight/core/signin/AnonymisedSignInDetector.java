package io.daylight.core.signin;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.intel.IpIntel;
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * Sign-ins that persistently come through an anonymiser: a commercial VPN, a hosting provider
 * (a rented server or residential-proxy exit) or Tor, as the IP catalogue classes the network.
 * The organisation's own egress is excluded. A consumer VPN used once, or on a trip, is normal:
 * the finding needs anonymised sign-ins on {@value #MIN_DAYS} distinct days and on at least
 * {@value #MIN_SHARE_PCT} % of the days the worker signed in.
 *
 * <p>Likelihood ratio (policy assumption): persistent anonymised sign-in, assumed for 60 % of
 * fraud workers (Microsoft Threat Intelligence, "Jasper Sleet: North Korean remote IT workers'
 * evolving tactics", June 2025, describes VPN and proxy use as routine) and 5 % of honest ones
 * (privacy-minded people who leave a VPN on): 0.60 / 0.05 = 12. Tor, assumed 10 % vs
 * 0.1 %, = 100.
 */
public final class AnonymisedSignInDetector implements Detector<AnonymisedSignInDetector.State> {
  public static final String NAME = "signin.anonymiser";
  static final int MIN_DAYS = 3;
  static final int MIN_SHARE_PCT = 30;
  static final double LR = PolicyRatio.of(0.60, 0.05);
  static final double TOR_LR = PolicyRatio.of(0.10, 0.001);

  private final DeploymentContext deployment;
  private final IpIntel ip;

  /** Per-worker memory: days signed in, days through an anonymiser, and a sample of the exits. */
  public static final class State {
    public long[] days = new long[0];
    public long[] anonDays = new long[0];
    public String[] exits = new String[0];
    public String[] eventIds = new String[0];
    public boolean tor;
    public boolean reported;
    public boolean reportedTor;
  }

  public AnonymisedSignInDetector(DeploymentContext deployment, IpIntel ip) {
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
    if (src.kind() == SignInSource.Kind.CORPORATE) return;
    long day = ArraySets.day(a.time());
    s.days = ArraySets.add(s.days, day);
    if (src.kind() != SignInSource.Kind.ANONYMISER) return;
    s.anonDays = ArraySets.add(s.anonDays, day);
    IpIntel.IpInfo i = src.info();
    if (s.exits.length < 5) {
      s.exits = ArraySets.add(s.exits, a.srcIp() + " (" + i.network().name().toLowerCase(Locale.ROOT) + ", "
          + src.network() + (i.networkSource() == null ? "" : "; " + i.networkSource()) + ")");
    }
    s.eventIds = ArraySets.appendBounded(s.eventIds, a.id(), 20);
    boolean tor = i.network() == IpIntel.NetworkClass.TOR;
    s.tor |= tor;
    boolean persistent = s.anonDays.length >= MIN_DAYS && 100L * s.anonDays.length >= (long) MIN_SHARE_PCT * s.days.length;
    if (!persistent) return;
    if (!s.reported || (s.tor && !s.reportedTor)) {
      s.reported = true;
      s.reportedTor = s.tor;
      double lr = s.tor ? TOR_LR : LR;
      String explanation = String.format(Locale.ROOT,
          "Worker %s signed in through anonymising networks on %d of %d sign-in days (%d %%): %s. Corporate egress is "
              + "excluded. One VPN session is common; signing in this way day after day hides where the person is.",
          a.subject(), s.anonDays.length, s.days.length, Math.round(100.0 * s.anonDays.length / s.days.length),
          String.join("; ", s.exits));
      ctx.emit(new Finding(FindingIds.of(NAME, a.subject(), s.tor ? "tor" : "anonymiser"), NAME, a.subject(),
          SubjectKind.WORKER, a.time(), s.tor ? "Signs in through Tor" : "Signs in through VPN or hosting exits",
          explanation, lr, "signin-anonymiser",
          List.of(Evidence.measured("anonymised_days", s.anonDays.length, "days",
                  "≥ " + MIN_DAYS + " and ≥ " + MIN_SHARE_PCT + " % of " + s.days.length + " sign-in days", "AnonymisedSignInDetector"),
              Evidence.fact("exits", String.join("; ", s.exits), "IP catalogue")),
          List.of(s.eventIds), null));
    }
  }
}
