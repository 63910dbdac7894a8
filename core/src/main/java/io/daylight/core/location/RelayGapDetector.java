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
import io.daylight.core.geo.GreatCircle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The device behind its own network address. A {@code tcp}/{@code icmp} round trip ends at the
 * public address (a VPN exit, if there is one); an {@code app} echo ends at the application on the
 * laptop (event contract). Without a relay the two agree to within the application's own few
 * milliseconds, from every landmark; a satellite link slows both alike. Behind a VPN the echo pays
 * the exit↔laptop leg twice more, from every landmark: the gap measures how far the laptop sits
 * behind its exit. A worker declared in Atlanta whose traffic leaves in New York with a 190 ms
 * gap is, plausibly, thousands of kilometres from Atlanta.
 *
 * <p>Per landmark the network minimum of the most recent UTC day with network samples, and the
 * network exit they went through, is kept (minima filter Wi-Fi and queueing). The exit is the
 * device's public address prefix (/24, or /48 for IPv6: VPN and carrier pools rotate hosts within
 * one) from its inventory or a managed device's sign-in; a phone's sign-in says nothing about the
 * laptop and is not read. An echo is paired with a landmark's minimum only through the same exit:
 * on the same day, or within {@link #PAIRING_DAYS} days when the exit was seen that day. So a
 * worker on a VPN on some days only (company or personal) never has tunnel echoes measured against
 * the direct path's round trips of another day, which once read a tunnel's own length as distance
 * (issue 15). Each pair gives one gap observation, echo − that minimum; the gap is the median of
 * all observations, over at least {@link #MIN_DAYS} days. Samples taken while the worker's address
 * is a corporate egress (context) are skipped: that hair-pin is the company's.
 * The exit is plausibly within {@code maxKmAtQuantile(rtt, p5)} of a landmark (95 % of real paths
 * are slower than that; latency-calibration.md), so it is at most {@code E} = that radius +
 * landmark→declared from the declared place; by the triangle inequality the laptop is then at
 * least (its distance behind the exit at p95 slowness) − E from the declared place. Both bounds
 * are plausibility statements at the 5 % tails, not proofs: the finding is evidence, weighed by
 * its ratio. It needs that distance to exceed {@link #MIN_KM_BEYOND}.
 *
 * <p><b>Per method.</b> An {@code icmp} echo is answered by whatever holds the public address; a
 * {@code tcp} connection is answered by the host that accepts it, which behind a port-forwarding
 * relay (a rented server near the declared city) is the laptop far behind it. On a direct path the
 * two agree within the last mile's few ms; a landmark whose same-day TCP minimum is more than
 * {@link #SPLIT_MS} ms above its ICMP minimum has shown a forwarder, and from then on only its ICMP
 * minimum places the address (observations paired with a TCP-only minimum of that landmark are
 * dropped, because they measured the laptop against itself). Regression (issue 15, item 9): the
 * per-day minimum over TCP and ICMP made the gap visible only on ICMP days, and the median of all
 * days hid it.
 *
 * <p>Likelihood ratio: 1 / P(inflation ≥ needed | a real path of E km), the calibration table's
 * tail, capped at {@link #MAX_RATIO} because the table's tail beyond p99 is not measured.
 *
 * <p>The detector keeps judging as observations accumulate over the window: when the evidence
 * strengthens by half a decade of ratio or more it reports again under a uid naming that strength
 * (same dependency group, so the case counts only the strongest), rather than reporting once at
 * the first crossing and never looking again.
 */
public final class RelayGapDetector implements Detector<RelayGapDetector.State> {
  public static final String NAME = "location.relay-gap";
  /** Gap observations before the median speaks. */
  static final int MIN_OBSERVATIONS = 6;
  /** Distinct days among them, so that one day's VPN session is never the majority. */
  static final int MIN_DAYS = 4;
  /** Observations kept (the newest), bounding state. */
  static final int MAX_OBSERVATIONS = 256;
  /**
   * How old a landmark's network minimum may be to pair with an echo through the same, freshly
   * seen exit (policy: a working week).
   */
  static final int PAIRING_DAYS = 7;
  /**
   * Policy: the laptop must plausibly be this far beyond any place the exit allows for the declared
   * place to be wrong by more than a region (a metro area and its commuter belt).
   */
  static final double MIN_KM_BEYOND = 500;
  /** The table's quantiles stop at p99; beyond, a ratio above 1 / 0.01 is not measured. */
  static final double MAX_RATIO = 100;
  /**
   * A geostationary access link adds its own space segment to every echo that crosses it: dish →
   * satellite → gateway and back is four legs of at least 35,786 km (the geostationary altitude),
   * 4 × 35,786 / 299,792 km/ms = 477 ms. A GEO subscriber's public address sits at the operator's
   * gateway, which answers ICMP from the ground, while echoes from the laptop cross space; a gap
   * that large is the satellite, not distance on Earth (the slowest real terrestrial pair in the
   * WonderProxy table, > 10,000 km at p99, has about 200 ms of floor plus 278 ms of excess).
   */
  static final double GEO_HOP_MS = 477;
  /**
   * Same-day TCP minimum above the ICMP minimum by more than this shows a forwarder: residential
   * last mile adds 3–25 ms (latency-calibration.md) and a daily minimum removes most of it, so a
   * direct path's two methods differ by less; 40 ms leaves a margin of 15 ms over the last mile's top.
   */
  static final double SPLIT_MS = 40;
  private static final long DAY_MS = 86_400_000L;

  private final DeploymentContext context;

  public RelayGapDetector(DeploymentContext context) {
    this.context = context;
  }

  /** Per-worker memory: the declared place, per landmark its latest network minimum, the gaps. */
  public static final class State {
    public double declaredLat = Double.NaN;
    public double declaredLon = Double.NaN;
    public String declaredLabel;
    public boolean onCorporateEgress;
    /** The device's current public address prefix ("" when none seen yet), and the day it was seen. */
    public String egress = "";
    public long egressDay = Long.MIN_VALUE;
    public String[] landmarks = new String[0];
    public double[] landmarkLat = new double[0];
    public double[] landmarkLon = new double[0];
    /** Per landmark: the day and exit of its latest network samples and their minimum then. */
    public long[] networkDay = new long[0];
    public String[] networkEgress = new String[0];
    public double[] networkMin = new double[0];
    /** Per landmark and method: the day of the latest samples and their minimum that day. */
    public long[] icmpDay = new long[0];
    public double[] icmpMin = new double[0];
    public long[] tcpDay = new long[0];
    public double[] tcpMin = new double[0];
    /** Per landmark: whether TCP has been seen answered far behind the ICMP answerer (a forwarder). */
    public boolean[] forwarded = new boolean[0];
    /** Per gap observation: its landmark, and whether it was paired with a TCP-only minimum. */
    public int[] gapLandmark = new int[0];
    public boolean[] gapTcpOnly = new boolean[0];
    /** Gap observations (echo − that landmark's network minimum, ms) and their days, oldest first. */
    public double[] gaps = new double[0];
    public long[] gapDays = new long[0];
    public int corporateSamplesSkipped;
    /** Strength of the strongest report so far: floor(2 · log10 ratio), or -1 before any. */
    public int reportedStrength = -1;
    public String lastEventId;
  }

  @Override public String name() { return NAME; }

  @Override
  public Set<EventType> consumes() {
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
      if (a.srcIp() != null && !Boolean.FALSE.equals(a.managed())) noteEgress(s, a.srcIp(), a.time());
    } else if (event instanceof Inventory inv) {
      if (inv.publicIp() != null) noteEgress(s, inv.publicIp(), inv.time());
    } else if (event instanceof Rtt r && r.landmark() != null) {
      boolean app = "app".equals(r.method());
      if (!app && s.onCorporateEgress) {
        s.corporateSamplesSkipped++;
        return;
      }
      long day = Math.floorDiv(r.time(), DAY_MS);
      int i = slot(s, r.landmark());
      if (!app) {
        network(s, i, "icmp".equals(r.method()), day, r.rttMs());
        return;
      }
      if (Double.isNaN(s.declaredLat) || !current(s, i, day)) return;
      add(s, r.rttMs() - s.networkMin[i], day, i, s.icmpDay[i] != s.networkDay[i]);
      s.lastEventId = r.id();
      judge(s, r.subject(), r.time(), ctx);
    }
  }

  private void noteEgress(State s, String ip, long time) {
    String addr = ip.trim();
    s.onCorporateEgress = context.corporateEgress().contains(addr);
    s.egress = prefix(addr);
    s.egressDay = Math.floorDiv(time, DAY_MS);
  }

  /** The /24 of an IPv4 address, the /48 of an IPv6 one (as written), else the text itself. */
  static String prefix(String addr) {
    if (addr.indexOf(':') >= 0) {
      String[] g = addr.split(":", -1);
      return g.length >= 3 ? g[0] + ":" + g[1] + ":" + g[2] + "::/48" : addr;
    }
    int last = addr.lastIndexOf('.');
    return last > 0 ? addr.substring(0, last) + ".0/24" : addr;
  }

  /**
   * Whether landmark i's network minimum went through the current exit and may pair with an echo
   * of this day: taken the same day, or within the pairing window when the exit was seen today.
   */
  private static boolean current(State s, int i, long day) {
    if (s.networkDay[i] == Long.MIN_VALUE || !s.egress.equals(s.networkEgress[i])) return false;
    if (s.networkDay[i] == day) return true;
    return !s.egress.isEmpty() && s.egressDay == day && day - s.networkDay[i] <= PAIRING_DAYS;
  }

  /** A network sample: per-method daily minima, and the minimum that places the public address. */
  private static void network(State s, int i, boolean icmp, long day, double rtt) {
    if (!s.egress.equals(s.networkEgress[i])) {
      // A new exit: minima and a forwarder seen through the old one say nothing about it.
      s.networkEgress[i] = s.egress;
      s.networkDay[i] = s.icmpDay[i] = s.tcpDay[i] = Long.MIN_VALUE;
      s.networkMin[i] = s.icmpMin[i] = s.tcpMin[i] = Double.POSITIVE_INFINITY;
      s.forwarded[i] = false;
    }
    if (icmp) {
      if (day != s.icmpDay[i]) {
        s.icmpDay[i] = day;
        s.icmpMin[i] = rtt;
      } else {
        s.icmpMin[i] = Math.min(s.icmpMin[i], rtt);
      }
    } else if (day != s.tcpDay[i]) {
      s.tcpDay[i] = day;
      s.tcpMin[i] = rtt;
    } else {
      s.tcpMin[i] = Math.min(s.tcpMin[i], rtt);
    }
    if (!s.forwarded[i] && s.icmpDay[i] == day && s.tcpDay[i] == day && s.tcpMin[i] - s.icmpMin[i] > SPLIT_MS) {
      s.forwarded[i] = true;
      dropTcpOnly(s, i);
    }
    if (s.forwarded[i]) {
      // TCP ends behind the forwarder: only ICMP says where the address is.
      s.networkDay[i] = s.icmpDay[i];
      s.networkMin[i] = s.icmpMin[i];
    } else if (day != s.networkDay[i]) {
      s.networkDay[i] = day;
      s.networkMin[i] = rtt;
    } else {
      s.networkMin[i] = Math.min(s.networkMin[i], rtt);
    }
  }

  private static void dropTcpOnly(State s, int landmark) {
    int k = 0;
    for (int j = 0; j < s.gaps.length; j++) {
      if (s.gapLandmark[j] == landmark && s.gapTcpOnly[j]) continue;
      s.gaps[k] = s.gaps[j];
      s.gapDays[k] = s.gapDays[j];
      s.gapLandmark[k] = s.gapLandmark[j];
      s.gapTcpOnly[k] = s.gapTcpOnly[j];
      k++;
    }
    s.gaps = Arrays.copyOf(s.gaps, k);
    s.gapDays = Arrays.copyOf(s.gapDays, k);
    s.gapLandmark = Arrays.copyOf(s.gapLandmark, k);
    s.gapTcpOnly = Arrays.copyOf(s.gapTcpOnly, k);
  }

  private static void add(State s, double gap, long day, int landmark, boolean tcpOnly) {
    int n = s.gaps.length;
    if (n == MAX_OBSERVATIONS) {
      s.gaps = Arrays.copyOfRange(s.gaps, 1, n);
      s.gapDays = Arrays.copyOfRange(s.gapDays, 1, n);
      s.gapLandmark = Arrays.copyOfRange(s.gapLandmark, 1, n);
      s.gapTcpOnly = Arrays.copyOfRange(s.gapTcpOnly, 1, n);
      n--;
    }
    s.gaps = Arrays.copyOf(s.gaps, n + 1);
    s.gaps[n] = gap;
    s.gapDays = Arrays.copyOf(s.gapDays, n + 1);
    s.gapDays[n] = day;
    s.gapLandmark = Arrays.copyOf(s.gapLandmark, n + 1);
    s.gapLandmark[n] = landmark;
    s.gapTcpOnly = Arrays.copyOf(s.gapTcpOnly, n + 1);
    s.gapTcpOnly[n] = tcpOnly;
  }

  private void judge(State s, String subject, long time, DetectorContext ctx) {
    int n = s.gaps.length;
    if (n < MIN_OBSERVATIONS || Arrays.stream(s.gapDays).distinct().count() < MIN_DAYS) return;
    double[] sorted = s.gaps.clone();
    Arrays.sort(sorted);
    double gap = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    if (gap >= GEO_HOP_MS) return; // a geostationary hop: it says nothing about distance on Earth
    // The exit is one place: the tightest landmark bounds it best. Landmarks measured on the day
    // of the newest observation through the current exit only, so the bound describes that exit.
    long newest = s.gapDays[n - 1];
    double exitToDeclared = Double.MAX_VALUE;
    String tightest = null;
    for (int i = 0; i < s.landmarks.length; i++) {
      if (!current(s, i, newest)) continue;
      double km = CalibrationTable.maxKmAtQuantile(s.networkMin[i], CalibrationTable.P5)
          + GreatCircle.km(s.landmarkLat[i], s.landmarkLon[i], s.declaredLat, s.declaredLon);
      if (km < exitToDeclared) {
        exitToDeclared = km;
        tightest = s.landmarks[i];
      }
    }
    if (tightest == null) return;
    double laptopBeyondExitKm = CalibrationTable.minKmAtQuantile(gap, CalibrationTable.P95);
    double beyondDeclared = laptopBeyondExitKm - exitToDeclared;
    if (beyondDeclared < MIN_KM_BEYOND) return;
    double km = Math.max(exitToDeclared, 100); // the table starts at 100 km
    double neededInflation = gap / Fibre.rttFloorMs(km);
    double tail = 1 - CalibrationTable.cdf(km, neededInflation);
    double ratio = Math.min(MAX_RATIO, 1 / Math.max(tail, 1 / MAX_RATIO));
    int strength = (int) Math.floor(2 * Math.log10(ratio));
    if (strength <= s.reportedStrength) return;
    s.reportedStrength = strength;
    ctx.emit(finding(s, subject, time, gap, n, laptopBeyondExitKm, exitToDeclared, tightest, beyondDeclared,
        neededInflation, ratio, strength));
  }

  private Finding finding(State s, String subject, long time, double gap, int observations, double beyondExit,
                          double exitToDeclared,
                          String tightest, double beyondDeclared, double inflation, double ratio, int strength) {
    String title = "Laptop sits far behind its network exit, not in " + s.declaredLabel;
    String explanation = String.format(Locale.ROOT,
        "Worker %s declared %s. Over %d echoes, application echoes from the laptop came back a median %s ms "
            + "later than the same landmark's round trips to its public address: the laptop is behind a relay (a VPN or tunnel) and, at "
            + "the 95th percentile of real-path slowness (WonderProxy 2020), at least %s km behind it. The exit itself "
            + "is plausibly at most %s km from %s (round trips to landmark %s bound it at p5 slowness), so the laptop is plausibly at least "
            + "%s km from the declared place. A laptop at the declared place would need its exit path to be %s× "
            + "slower than light in fibre, which %s of real paths are.%s",
        subject, s.declaredLabel, observations, Numbers.format(gap), Numbers.grouped(beyondExit),
        Numbers.grouped(exitToDeclared), s.declaredLabel, tightest, Numbers.grouped(beyondDeclared),
        Numbers.format(inflation), percent(1 - CalibrationTable.cdf(Math.max(exitToDeclared, 100), inflation)),
        s.corporateSamplesSkipped > 0 ? " Samples through the corporate egress were left out." : "")
        + (forwarders(s) > 0 ? " TCP to the same address was answered more than " + Numbers.format(SPLIT_MS)
            + " ms behind ICMP from " + forwarders(s) + " landmark(s): the address forwards connections to a host behind"
            + " it, so only ICMP placed the address." : "");
    List<Evidence> ev = List.of(
        Evidence.measured("app_minus_network_rtt_ms", gap, "ms", "median over " + observations + " echoes",
            "rtt events: method app vs tcp/icmp"),
        Evidence.measured("laptop_beyond_exit_min_km", beyondExit, "km", "p95 inflation",
            "latency-calibration.md, WonderProxy 2020"),
        Evidence.measured("exit_to_declared_max_km", exitToDeclared, "km", "via landmark " + tightest + ", p5 inflation",
            "latency-calibration.md, WonderProxy 2020"),
        Evidence.measured("laptop_from_declared_min_km", beyondDeclared, "km", "≥ " + Numbers.grouped(MIN_KM_BEYOND),
            "this detector's policy"),
        Evidence.measured("required_inflation", inflation, "×", null, "latency-calibration.md"));
    return new Finding(FindingIds.of(NAME, subject, "relay-gap|" + strength), NAME, subject, SubjectKind.WORKER, time,
        title, explanation, ratio, "endpoint-location", ev, s.lastEventId == null ? List.of() : List.of(s.lastEventId), null);
  }

  private static String percent(double p) {
    return p < 0.01 ? "under 1 %" : Numbers.format(100 * p) + " %";
  }

  private static int forwarders(State s) {
    int n = 0;
    for (boolean f : s.forwarded) if (f) n++;
    return n;
  }

  private static int slot(State s, Rtt.Landmark l) {
    for (int i = 0; i < s.landmarks.length; i++) if (s.landmarks[i].equals(l.id())) return i;
    int n = s.landmarks.length;
    s.landmarks = Arrays.copyOf(s.landmarks, n + 1);
    s.landmarks[n] = l.id();
    s.landmarkLat = Arrays.copyOf(s.landmarkLat, n + 1);
    s.landmarkLat[n] = l.lat();
    s.landmarkLon = Arrays.copyOf(s.landmarkLon, n + 1);
    s.landmarkLon[n] = l.lon();
    s.networkDay = Arrays.copyOf(s.networkDay, n + 1);
    s.networkDay[n] = Long.MIN_VALUE;
    s.networkEgress = Arrays.copyOf(s.networkEgress, n + 1);
    s.networkEgress[n] = "";
    s.networkMin = Arrays.copyOf(s.networkMin, n + 1);
    s.networkMin[n] = Double.POSITIVE_INFINITY;
    s.icmpDay = Arrays.copyOf(s.icmpDay, n + 1);
    s.icmpDay[n] = Long.MIN_VALUE;
    s.icmpMin = Arrays.copyOf(s.icmpMin, n + 1);
    s.icmpMin[n] = Double.POSITIVE_INFINITY;
    s.tcpDay = Arrays.copyOf(s.tcpDay, n + 1);
    s.tcpDay[n] = Long.MIN_VALUE;
    s.tcpMin = Arrays.copyOf(s.tcpMin, n + 1);
    s.tcpMin[n] = Double.POSITIVE_INFINITY;
    s.forwarded = Arrays.copyOf(s.forwarded, n + 1);
    return n;
  }
}
