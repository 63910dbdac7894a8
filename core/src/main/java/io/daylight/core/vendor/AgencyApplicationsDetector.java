package io.daylight.core.vendor;

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
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * An agency whose applications come in bulk from one machine or one anonymising network: several
 * different candidates applying through the same device fingerprint, or through VPN/hosting exits,
 * under one agency's name. The finding is about the agency ({@code agency:<name>},
 * {@link SubjectKind#AGENCY}) for the vendor-risk team; it forms no case and raises no placement's
 * score (the seeds' advice: trace subcontracting; Amazon's impostor came through an agency).
 *
 * <p>An agency recruiter who files applications for candidates from the office machine is the
 * benign look-alike: applications the agency filed itself ({@code source.channel = agency}) do
 * not count toward the one-machine rule; they still count toward the anonymiser rule, since an
 * agency's office is not a VPN exit.
 *
 * <p>Likelihood ratios (policy assumptions; they order agency findings and never enter a case):
 * {@value #MIN_CANDIDATES}+ self-filed candidates on one device, assumed for 40 % of agencies
 * fronting impostors and 2 % of honest ones (a recruiting-event kiosk) = 20; the
 * same through anonymisers, 50 % vs 5 % = 10.
 */
public final class AgencyApplicationsDetector implements Detector<AgencyApplicationsDetector.State> {
  public static final String NAME = "vendor.agency-applications";
  static final int MIN_CANDIDATES = 3;
  static final double DEVICE_LR = PolicyRatio.of(0.40, 0.02);
  static final double NETWORK_LR = PolicyRatio.of(0.50, 0.05);

  private final IpIntel ip;

  /** Per-agency memory: "device\u0000candidate" and "network\u0000candidate" pairs. */
  public static final class State {
    public String name;
    public String[] deviceCandidates = new String[0];
    public String[] networkCandidates = new String[0];
    public String[] reported = new String[0];
    public String[] eventIds = new String[0];
  }

  public AgencyApplicationsDetector(IpIntel ip) {
    this.ip = ip;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.APPLICATION); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void keys(Event event, KeySink sink) {
    Application a = (Application) event;
    String subject = a.source() == null ? null : Agencies.subject(a.source().agency());
    if (subject != null) sink.key(subject);
  }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Application a = (Application) event;
    if (s.name == null) s.name = a.source().agency().trim();
    String candidate = candidate(a);
    s.eventIds = ArraySets.appendBounded(s.eventIds, a.id(), 20);
    boolean agencyFiled = "agency".equalsIgnoreCase(a.source().channel());
    if (!agencyFiled && a.deviceId() != null && !a.deviceId().isBlank()) {
      s.deviceCandidates = ArraySets.add(s.deviceCandidates, a.deviceId() + "\u0000" + candidate);
      int n = count(s.deviceCandidates, a.deviceId());
      if (n >= MIN_CANDIDATES) report(s, ctx, a, "device|" + a.deviceId(), n, DEVICE_LR,
          "Candidates applying through agency %s: %d different candidates applied from one device (fingerprint %s). "
              + "These applications were not filed by the agency itself, so one recruiter's machine does not explain them.",
          a.deviceId());
    }
    var info = a.ip() == null ? null : ip.lookup(a.ip().trim()).orElse(null);
    if (info != null && info.network() != null && info.network().anonymising()) {
      String net = "AS" + info.asn() + (info.asOrg() == null ? "" : " " + info.asOrg());
      s.networkCandidates = ArraySets.add(s.networkCandidates, net + "\u0000" + candidate);
      int n = count(s.networkCandidates, net);
      if (n >= MIN_CANDIDATES) report(s, ctx, a, "network|" + net, n, NETWORK_LR,
          "Agency %s: %d different candidates' applications came through one anonymising network (%s, classed "
              + info.network().name().toLowerCase(Locale.ROOT) + " by the IP catalogue). An agency office is not a VPN or "
              + "hosting exit.", net);
    }
  }

  private static String candidate(Application a) {
    var c = a.candidate();
    if (c != null && c.email() != null && !c.email().isBlank()) return c.email().trim().toLowerCase(Locale.ROOT);
    if (c != null && c.name() != null && !c.name().isBlank()) return c.name().trim().toLowerCase(Locale.ROOT);
    return a.id();
  }

  /** Pairs with this prefix: they are contiguous in the sorted array, so search, then scan the run. */
  private static int count(String[] pairs, String prefix) {
    String p = prefix + "\u0000";
    int i = java.util.Arrays.binarySearch(pairs, p);
    if (i < 0) i = -i - 1;
    int n = 0;
    while (i + n < pairs.length && pairs[i + n].startsWith(p)) n++;
    return n;
  }

  private static void report(State s, DetectorContext ctx, Application a, String what, int n, double lr,
                             String template, String value) {
    // Re-report when the count doubles from the threshold, so growth is visible without flooding.
    String key = what + "|" + Integer.highestOneBit(n / MIN_CANDIDATES);
    if (ArraySets.contains(s.reported, key)) return;
    s.reported = ArraySets.add(s.reported, key);
    String subject = ctx.key();
    ctx.emit(new Finding(FindingIds.of(NAME, subject, key), NAME, subject, SubjectKind.AGENCY, a.time(),
        "Agency " + s.name + ": " + n + " candidates from one " + (what.startsWith("device") ? "machine" : "anonymising network"),
        String.format(Locale.ROOT, template, s.name, n, value), lr, "vendor-applications",
        List.of(Evidence.measured("candidates", n, "candidates", "≥ " + MIN_CANDIDATES, "AgencyApplicationsDetector"),
            Evidence.fact(what.startsWith("device") ? "device" : "network", value, "applications")),
        List.of(s.eventIds), null));
  }
}
