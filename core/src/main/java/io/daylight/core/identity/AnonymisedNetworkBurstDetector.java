package io.daylight.core.identity;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.KeySink;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.intel.IpIntel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Several applications from one hosting, VPN or Tor network (one AS) within a week. Keyed by that
 * AS ({@code asn:<n>}), a cross-subject key; applications from other networks are not routed here.
 *
 * <p>Why only anonymising networks: many applicants from one eyeball /24 in one week is exactly
 * what a university career centre or a coworking space produces (a planted look-alike in the ring
 * scenario), so a plain /24 count cannot tell a ring from a classroom. A data-centre or VPN exit
 * hides where each applicant is, and a team applying through one is the pattern the issue names.
 *
 * <p>Likelihood ratio {@link #LIKELIHOOD_RATIO} = 5 is a POLICY ASSUMPTION, stated as such: popular
 * consumer VPNs put many honest applicants behind one AS too, and no labelled data measures how
 * often; it shares the dependency group of the per-application IP finding.
 */
public final class AnonymisedNetworkBurstDetector implements Detector<AnonymisedNetworkBurstDetector.State> {
  public static final String NAME = "identity.anonymised-network-burst";
  static final int MIN_APPLICATIONS = 3;
  static final long WINDOW_MS = 7 * 86_400_000L;
  static final double LIKELIHOOD_RATIO = 5;

  /** Applications seen from this network inside the window, oldest first. */
  public static final class State {
    public List<String> ids = new ArrayList<>();
    public List<Long> times = new ArrayList<>();
    public String asOrg;
    public String network;
    public String source;
  }

  private final IpIntel ips;

  public AnonymisedNetworkBurstDetector(IpIntel ips) {
    this.ips = ips;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.APPLICATION); }

  @Override
  public void keys(Event event, KeySink sink) {
    anonymised((Application) event).ifPresent(info -> sink.key("asn:" + info.asn()));
  }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Application a = (Application) event;
    Optional<IpIntel.IpInfo> info = anonymised(a);
    if (info.isEmpty()) return;
    s.asOrg = info.get().asOrg();
    s.network = info.get().network().name().toLowerCase(Locale.ROOT);
    s.source = info.get().networkSource();
    s.ids.add(a.id());
    s.times.add(a.time());
    while (!s.times.isEmpty() && a.time() - s.times.get(0) > WINDOW_MS) {
      s.times.remove(0);
      s.ids.remove(0);
    }
    if (s.ids.size() < MIN_APPLICATIONS) return;
    String key = ctx.key();
    String subject = "net-" + key.replace("asn:", "AS");
    List<String> members = List.copyOf(s.ids);
    String title = members.size() + " applications from one " + s.network + " network within 7 days";
    String explanation = String.format(Locale.ROOT,
        "Applications %s came through %s (%s), a %s network according to %s, within %d days. Such an exit "
            + "hides where each applicant is; a team applying through one shows up like this. Consumer VPNs "
            + "also gather honest applicants, so this weighs little on its own.",
        String.join(", ", members), key.replace("asn:", "AS"), s.asOrg, s.network, s.source, WINDOW_MS / 86_400_000L);
    ctx.emit(new Finding(FindingIds.of(NAME, subject, String.join(",", members)), NAME, subject, SubjectKind.APPLICANT,
        a.time(), title, explanation, LIKELIHOOD_RATIO, "applicant-geography",
        List.of(Evidence.measured("applications_in_window", members.size(), "applications",
            "≥ " + MIN_APPLICATIONS + " in 7 d", "policy threshold"), Evidence.fact("network", s.network, s.source)),
        members, members));
  }

  private Optional<IpIntel.IpInfo> anonymised(Application a) {
    if (a.ip() == null) return Optional.empty();
    return ips.lookup(a.ip()).filter(i -> i.asn() != 0 && i.network() != null && i.network().anonymising());
  }
}
