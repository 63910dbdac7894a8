package io.daylight.core.farm;

import io.daylight.core.address.Addresses;
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
import java.util.ArrayList;
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
 * <p>Homes are compared by {@link Addresses}: grouped by house number, unit, ZIP and country, and
 * one home within that when the streets agree up to a typo ({@link Addresses#sameHome}). Wi-Fi
 * access points are grouped by their radio's family, not their exact BSSID: a mesh system or a
 * multi-band router announces several BSSIDs that differ in the last octet (or set the
 * locally-administered bit for virtual access points), so the key is the upper 40 bits with that
 * bit cleared (IEEE 802-2014 §8.2 for the U/L bit; vendors allocate a radio's BSSIDs from one
 * block: Cisco Meraki and eero mesh nodes were seen with the last octet varying). Regression
 * (issue 15, item 13): a farm member hired late, on another mesh node and with a typo in the
 * address, formed no group; a member who joins a group after it was last reported gets a finding
 * of their own.
 *
 * <p>What is excluded, and why: the organisation's own egress (corporate VPN, gateways: one IP for
 * hundreds of honest workers), and the Wi-Fi access point of a device reporting from behind it
 * unless that access point is also seen from a residential connection (an office's Wi-Fi leaves only
 * through corporate egress; a home's Wi-Fi is also seen on the days its laptop is off the VPN), and
 * networks the IP catalogue classes as VPN, hosting or Tor (their
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
  static final String DIRECT = "device report";
  static final String BEHIND_EGRESS = "Wi-Fi seen behind corporate egress";

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
      if (home != null) sink.key("addr:" + Addresses.place(home));
      if (ship != null && (home == null || !Addresses.place(ship).equals(Addresses.place(home)))) {
        sink.key("addr:" + Addresses.place(ship));
      }
    } else if (event instanceof Inventory inv) {
      // A device whose traffic leaves through corporate egress is in an office or on the corporate VPN:
      // its public IP says nothing, and its Wi-Fi counts only once seen from a residential line (onEvent).
      if (residential(inv.publicIp())) sink.key("ip:" + inv.publicIp().trim());
      String family = bssidFamily(inv.wifiBssid());
      if (family != null) sink.key("bssid:" + family);
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

  /**
   * "A4-2B-B0-11-22-3F" and "a6:2b:b0:11:22:31" → "a42bb01122" (upper 40 bits, U/L bit cleared), or
   * null when absent or not a 48-bit MAC.
   */
  static String bssidFamily(String b) {
    if (b == null || b.isBlank()) return null;
    String hex = b.trim().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-f]", "");
    if (hex.length() != 12) return null;
    int first = Integer.parseInt(hex.substring(0, 2), 16) & ~0x02;
    return String.format(Locale.ROOT, "%02x", first) + hex.substring(2, 10);
  }

  private boolean behindEgress(String address) {
    return address != null && deployment.corporateEgress().contains(address.trim());
  }

  private static boolean seenDirectly(GroupState s) {
    for (String r : s.roles) if (r != null && r.contains(DIRECT)) return true;
    return false;
  }

  @Override
  public void onEvent(GroupState s, Event event, DetectorContext ctx) {
    String key = ctx.key();
    boolean declared = key.startsWith("addr:");
    int i = s.indexOf(event.subject());
    boolean becameDirect = false;
    if (event instanceof Worker w) {
      String k = key.substring("addr:".length());
      String home = Addresses.key(w.homeAddress());
      String ship = w.laptop() == null ? null : Addresses.key(w.laptop().shipTo());
      if (home != null && k.equals(Addresses.place(home))) {
        s.addRole(i, "home");
        if (s.homes[i] == null) s.homes[i] = home;
        if (s.label == null) s.label = Addresses.label(w.homeAddress());
      }
      if (ship != null && k.equals(Addresses.place(ship))) {
        s.addRole(i, "laptop ship-to");
        if (s.homes[i] == null) s.homes[i] = ship;
        if (s.label == null) s.label = Addresses.label(w.laptop().shipTo());
      }
    } else if (event instanceof Inventory inv && key.startsWith("bssid:")) {
      boolean egress = behindEgress(inv.publicIp());
      becameDirect = !egress && !seenDirectly(s);
      s.addRole(i, egress ? BEHIND_EGRESS : DIRECT);
      if (s.label == null) s.label = "Wi-Fi access points " + familyLabel(key.substring(6));
    } else {
      s.addRole(i, event instanceof Inventory ? DIRECT : "sign-in");
      if (s.label == null) s.label = "public IP " + key.substring(3);
    }
    int need = declared ? 1 : MIN_DAYS;
    // Membership changes only on the day a worker reaches the threshold (or when an access point seen
    // only behind corporate egress is first seen from a home line): skip the group scan otherwise.
    boolean joined = s.seen(i, event.time(), event.id()) && s.days[i] == need;
    if (!joined && !becameDirect) return;
    if (key.startsWith("bssid:") && !seenDirectly(s)) return;
    List<String> members = declared ? oneHome(s) : s.members(need);
    int n = members.size();
    if (s.shouldReport(n, MIN_GROUP)) {
      s.reportedSize = n;
      for (String m : members) ctx.emit(finding(s, key, declared, m, members, event.time()));
    } else if (joined && n >= MIN_GROUP && members.contains(event.subject())) {
      // A late member of a large group: the group is not re-reported until it doubles, but the new
      // member's own case must say which group it joined.
      ctx.emit(finding(s, key, declared, event.subject(), members, event.time()));
    }
  }

  /** The largest set of workers at one home among those sharing house number, unit and ZIP. */
  private static List<String> oneHome(GroupState s) {
    List<String> best = List.of();
    for (int a = 0; a < s.workers.length; a++) {
      if (s.homes[a] == null) continue;
      List<String> same = new ArrayList<>();
      for (int b = 0; b < s.workers.length; b++) {
        if (s.homes[b] != null && Addresses.sameHome(s.homes[a], s.homes[b])) same.add(s.workers[b]);
      }
      if (same.size() > best.size()) best = same;
    }
    List<String> out = new ArrayList<>(best);
    out.sort(null);
    return out;
  }

  private static String familyLabel(String family) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < family.length(); k += 2) b.append(family, k, k + 2).append(':');
    return b.append("xx").toString();
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
