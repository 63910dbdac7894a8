package io.daylight.core.farm;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.KeySink;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Worker;
import io.daylight.core.intel.IpIntel;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Laptop farms: several workers' laptops in one place. Keyed by the shared attribute, not the
 * worker: the device's public IP ({@code ip:}), its Wi-Fi access point ({@code bssid:}), and the
 * normalised home or laptop ship-to address ({@code addr:}). Each member of a group gets a finding
 * naming all members, so every member's case links the others.
 *
 * <p>What is excluded, and why: the organisation's own egress (corporate VPN, gateways: one IP for
 * hundreds of honest workers) together with the Wi-Fi access point of a device reporting from
 * behind it (an office's Wi-Fi), and networks the IP catalogue classes as VPN, hosting or Tor (their
 * exits are shared by design; the sign-in detectors weigh them). A public IP or BSSID counts a
 * worker only after {@value #MIN_DAYS} distinct days there: carrier-grade NAT and cafés put
 * strangers behind one address for hours, a farm keeps its laptops there for weeks.
 *
 * <p>Group norms: two co-workers at one address are normal (spouses, flatmates), so a group starts
 * at {@value #MIN_GROUP}. Likelihood ratio, a policy assumption scaled by group size: each worker
 * beyond a household of two multiplies the odds by √10, so 3 workers (a possible shared flat) give
 * 3.2, 4 give 10 and 6 give 100; the scorer caps one group's contribution (ScoringPolicy). The
 * largest farms prosecuted held dozens of laptops (DOJ, United States v. Chapman, 2024: over 90).
 * All keys observe one fact (where the laptops are), so they share the dependency group
 * {@value #GROUP}.
 */
public final class LaptopFarmDetector implements Detector<GroupState> {
  public static final String NAME = "farm.shared-location";
  public static final String GROUP = "laptop-farm";
  static final int MIN_DAYS = 3;
  static final int MIN_GROUP = 3;
  private static final int NAMES_IN_EXPLANATION = 12;

  private final DeploymentContext deployment;
  private final IpIntel ip;

  public LaptopFarmDetector(DeploymentContext deployment, IpIntel ip) {
    this.deployment = deployment;
    this.ip = ip;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.INVENTORY, EventType.AUTH); }
  @Override public GroupState newState() { return new GroupState(); }
  @Override public Class<GroupState> stateType() { return GroupState.class; }

  /** The policy ratio for a group of {@code n} workers: √10^(n−2). */
  public static double ratio(int n) {
    return Math.pow(10, 0.5 * (n - 2));
  }

  @Override
  public void keys(Event event, KeySink sink) {
    if (event instanceof Worker w) {
      String home = Addresses.key(w.homeAddress());
      String ship = w.laptop() == null ? null : Addresses.key(w.laptop().shipTo());
      if (home != null) sink.key("addr:" + home);
      if (ship != null && !ship.equals(home)) sink.key("addr:" + ship);
    } else if (event instanceof Inventory inv) {
      // A device whose traffic leaves through corporate egress is in an office (or on the corporate VPN):
      // its Wi-Fi access point is then the office's, shared by design.
      if (inv.publicIp() != null && deployment.corporateEgress().contains(inv.publicIp().trim())) return;
      if (residential(inv.publicIp())) sink.key("ip:" + inv.publicIp().trim());
      if (inv.wifiBssid() != null && !inv.wifiBssid().isBlank()) sink.key("bssid:" + bssid(inv.wifiBssid()));
    } else if (event instanceof Auth a) {
      if (a.managed() != Boolean.FALSE && success(a) && residential(a.srcIp())) sink.key("ip:" + a.srcIp().trim());
    }
  }

  /** Sign-ins from unmanaged devices (phones on carrier NAT) say nothing about where laptops are. */
  private static boolean success(Auth a) {
    return a.outcome() == null || "success".equalsIgnoreCase(a.outcome());
  }

  private boolean residential(String address) {
    if (address == null || address.isBlank() || deployment.corporateEgress().contains(address.trim())) return false;
    var info = ip.lookup(address.trim());
    return info.isEmpty() || info.get().network() == null || info.get().network() == IpIntel.NetworkClass.UNKNOWN;
  }

  static String bssid(String b) {
    return b.trim().toLowerCase(Locale.ROOT).replace('-', ':');
  }

  @Override
  public void onEvent(GroupState s, Event event, DetectorContext ctx) {
    String key = ctx.key();
    boolean declared = key.startsWith("addr:");
    int i = s.indexOf(event.subject());
    if (event instanceof Worker w) {
      String k = key.substring("addr:".length());
      if (k.equals(Addresses.key(w.homeAddress()))) {
        s.addRole(i, "home");
        if (s.label == null) s.label = Addresses.label(w.homeAddress());
      }
      if (w.laptop() != null && k.equals(Addresses.key(w.laptop().shipTo()))) {
        s.addRole(i, "laptop ship-to");
        if (s.label == null) s.label = Addresses.label(w.laptop().shipTo());
      }
    } else {
      s.addRole(i, event instanceof Inventory ? "device report" : "sign-in");
      if (s.label == null) s.label = key.startsWith("ip:") ? "public IP " + key.substring(3) : "Wi-Fi access point " + key.substring(6);
    }
    int need = declared ? 1 : MIN_DAYS;
    // Membership changes only on the day a worker reaches the threshold: skip the group scan otherwise.
    if (!s.seen(i, event.time(), event.id()) || s.days[i] != need) return;
    List<String> members = s.members(need);
    int n = members.size();
    if (!s.shouldReport(n, MIN_GROUP)) return;
    s.reportedSize = n;
    for (String m : members) ctx.emit(finding(s, key, declared, m, members, event.time()));
  }

  private Finding finding(GroupState s, String key, boolean declared, String member, List<String> members, long time) {
    int n = members.size();
    double lr = ratio(n);
    String who = s.describe(members, !declared, NAMES_IN_EXPLANATION);
    String explanation = declared
        ? String.format(Locale.ROOT,
            "%d workers give %s as their home or laptop destination: %s. Two co-workers at one address are common "
                + "(spouses, flatmates); each worker beyond two makes a shared flat a poorer explanation than a place "
                + "where laptops are kept for others.", n, s.label, who)
        : String.format(Locale.ROOT,
            "The laptops of %d workers were seen behind %s on at least %d distinct days each: %s. This is not a "
                + "corporate egress address or a VPN/hosting exit. Two co-workers in one home are common; %d devices "
                + "at one residential connection for days is the shape of a laptop farm. If this is one of your "
                + "offices or gateways, add it to corporate_egress.", n, s.label, MIN_DAYS, who, n);
    String title = n + " workers' " + (declared ? "addresses coincide at one place" : "laptops share one network location");
    return new Finding(FindingIds.of(NAME, member, key + "|" + n), NAME, member, SubjectKind.WORKER, time, title,
        explanation, lr, GROUP,
        List.of(Evidence.fact("shared_attribute", key, declared ? "worker roster" : "device inventory / sign-ins"),
            Evidence.measured("group_size", n, "workers", "≥ " + MIN_GROUP + " (households of two are normal)",
                "LaptopFarmDetector group norm"),
            Evidence.fact("likelihood_ratio_basis", "√10^(n−2) = " + Numbers.format(lr) + " (policy assumption)",
                "LaptopFarmDetector")),
        List.of(s.eventIds), members);
  }
}
