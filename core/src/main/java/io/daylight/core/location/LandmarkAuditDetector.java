package io.daylight.core.location;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.KeySink;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
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
 * A landmark whose stated position is wrong, seen across workers: keyed by landmark, it checks
 * every measured worker's robust daily minimum (second-lowest of two or more round trips) against
 * the light floor of that worker's <em>declared</em> place. A worker beats the floor persistently
 * when it does on {@value #MIN_WORKER_DAYS}+ days and more than half of at least
 * {@value #MIN_MEASURED_DAYS} measured days.
 *
 * <p>Impostors are rare (the scoring policy's prior is 1 in 1,000; the accuracy study's VPN
 * workers near one landmark are under 2 % of workers), so a landmark that "proves" at least
 * {@value #MIN_WORKERS} workers and more than {@value #SHARE_PERCENT} % of the workers it measures
 * to be elsewhere is far likelier mislabelled: the WonderProxy mesh's faster-than-light pairs
 * were all mislabelled servers (docs/latency-calibration.md). Worker findings that rest on
 * such a landmark should be read with this finding beside them. Landmark findings form no case.
 *
 * <p>Worker events reach every landmark's key listed in the context file, so the audit knows
 * each worker's declared place; a landmark missing from the context file is not audited.
 */
public final class LandmarkAuditDetector implements Detector<LandmarkAuditDetector.State> {
  public static final String NAME = "location.landmark-audit";
  static final int MIN_WORKER_DAYS = 3;
  static final int MIN_MEASURED_DAYS = 10;
  static final int MIN_WORKERS = 5;
  static final int SHARE_PERCENT = 20;
  static final long DAY_MS = 86_400_000L;

  private final List<Rtt.Landmark> landmarks;

  public LandmarkAuditDetector(DeploymentContext context) {
    this.landmarks = context.landmarks();
  }

  /** One landmark's view of the workers it measures, sorted by worker id. */
  public static final class State {
    public int workers;
    public String[] worker = new String[0];
    public double[] lat = new double[0];
    public double[] lon = new double[0];
    public long[] day = new long[0];
    public double[] min1 = new double[0];
    public double[] min2 = new double[0];
    public int[] measuredDays = new int[0];
    public int[] beatDays = new int[0];
    public double[] worstRatio = new double[0];
    public long timerDay = Long.MIN_VALUE;
    public boolean reported;
  }

  @Override public String name() { return NAME; }

  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.RTT); }

  @Override public void keys(Event event, KeySink sink) {
    if (event instanceof Rtt r) {
      if (r.landmark() != null && r.landmark().id() != null) sink.key(r.landmark().id());
    } else {
      for (Rtt.Landmark l : landmarks) sink.key(l.id());
    }
  }

  @Override public State newState() { return new State(); }

  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    if (event instanceof Worker w) {
      if (w.declaredLocation() == null || !w.declaredLocation().hasCoordinates()) return;
      int i = worker(s, w.subject());
      s.lat[i] = w.declaredLocation().lat();
      s.lon[i] = w.declaredLocation().lon();
      return;
    }
    Rtt r = (Rtt) event;
    int at = Arrays.binarySearch(s.worker, 0, s.workers, r.subject());
    if (at < 0 || Double.isNaN(s.lat[at]) || !(r.rttMs() >= 0)) return;
    long d = Math.floorDiv(r.time(), DAY_MS);
    if (s.day[at] != d) {
      closeWorkerDay(s, at, r);
      s.day[at] = d;
      s.min1[at] = Double.POSITIVE_INFINITY;
      s.min2[at] = Double.POSITIVE_INFINITY;
    }
    double v = r.rttMs();
    if (v < s.min1[at]) {
      s.min2[at] = s.min1[at];
      s.min1[at] = v;
    } else if (v < s.min2[at]) {
      s.min2[at] = v;
    }
    if (d != s.timerDay) {
      s.timerDay = d;
      ctx.timerAt((d + 1) * DAY_MS);
    }
  }

  /** Counts a worker's finished day: measured with two samples, and whether it beat the floor. */
  private static void closeWorkerDay(State s, int i, Rtt landmarkSample) {
    if (s.day[i] == Long.MIN_VALUE || Double.isInfinite(s.min2[i])) return;
    Rtt.Landmark l = landmarkSample.landmark();
    double floor = Fibre.rttFloorMs(GreatCircle.km(s.lat[i], s.lon[i], l.lat(), l.lon()));
    s.measuredDays[i]++;
    if (s.min2[i] < floor) {
      s.beatDays[i]++;
      s.worstRatio[i] = Math.min(s.worstRatio[i], s.min2[i] / floor);
    }
    s.min2[i] = Double.POSITIVE_INFINITY;
  }

  private static int worker(State s, String id) {
    int at = Arrays.binarySearch(s.worker, 0, s.workers, id);
    if (at >= 0) return at;
    at = -at - 1;
    int n = s.workers + 1;
    s.worker = grow(s.worker, at, id, n);
    s.lat = grow(s.lat, at, Double.NaN, n);
    s.lon = grow(s.lon, at, Double.NaN, n);
    s.day = grow(s.day, at, Long.MIN_VALUE, n);
    s.min1 = grow(s.min1, at, Double.POSITIVE_INFINITY, n);
    s.min2 = grow(s.min2, at, Double.POSITIVE_INFINITY, n);
    s.measuredDays = grow(s.measuredDays, at, 0, n);
    s.beatDays = grow(s.beatDays, at, 0, n);
    s.worstRatio = grow(s.worstRatio, at, 1, n);
    s.workers = n;
    return at;
  }

  private static String[] grow(String[] a, int at, String v, int n) {
    String[] o = new String[n];
    System.arraycopy(a, 0, o, 0, at);
    o[at] = v;
    System.arraycopy(a, at, o, at + 1, n - 1 - at);
    return o;
  }

  private static double[] grow(double[] a, int at, double v, int n) {
    double[] o = new double[n];
    System.arraycopy(a, 0, o, 0, at);
    o[at] = v;
    System.arraycopy(a, at, o, at + 1, n - 1 - at);
    return o;
  }

  private static long[] grow(long[] a, int at, long v, int n) {
    long[] o = new long[n];
    System.arraycopy(a, 0, o, 0, at);
    o[at] = v;
    System.arraycopy(a, at, o, at + 1, n - 1 - at);
    return o;
  }

  private static int[] grow(int[] a, int at, int v, int n) {
    int[] o = new int[n];
    System.arraycopy(a, 0, o, 0, at);
    o[at] = v;
    System.arraycopy(a, at, o, at + 1, n - 1 - at);
    return o;
  }

  @Override
  public void onTimer(State s, long time, DetectorContext ctx) {
    if (s.reported) return;
    Rtt.Landmark self = null;
    for (Rtt.Landmark l : landmarks) if (l.id().equals(ctx.key())) self = l;
    if (self == null) return;
    long closing = time / DAY_MS - 1;
    Rtt probe = new Rtt(null, time, null, null, self, 0, null);
    int eligible = 0;
    int persistent = 0;
    double worst = 1;
    for (int i = 0; i < s.workers; i++) {
      if (s.day[i] == closing) {
        closeWorkerDay(s, i, probe);
        s.day[i] = Long.MIN_VALUE;
      }
      if (s.measuredDays[i] < MIN_MEASURED_DAYS) continue;
      eligible++;
      if (s.beatDays[i] >= MIN_WORKER_DAYS && 2 * s.beatDays[i] > s.measuredDays[i]) {
        persistent++;
        worst = Math.min(worst, s.worstRatio[i]);
      }
    }
    if (persistent >= MIN_WORKERS && 100 * persistent > SHARE_PERCENT * eligible) {
      s.reported = true;
      String explanation = String.format(Locale.ROOT,
          "Landmark %s (stated at %s, %s) answers %d of the %d workers it has measured on %d+ days faster than light "
              + "allows from their declared places, on more than half of their days (the fastest at %s of the floor). "
              + "Impostors are rare, and the WonderProxy mesh's faster-than-light pairs were all servers with a wrong "
              + "stated location (latency-calibration.md): this landmark's stated position is almost certainly wrong. "
              + "Worker findings resting on it should be discounted until the context file is corrected.",
          self.id(), Numbers.format(self.lat()), Numbers.format(self.lon()), persistent, eligible, MIN_MEASURED_DAYS,
          String.format(Locale.ROOT, "%.0f %%", 100 * worst));
      ctx.emit(new Finding(FindingIds.of(NAME, self.id(), "beats-light-for-many"), NAME, self.id(), SubjectKind.LANDMARK,
          time, "Landmark " + self.id() + " beats light for " + persistent + " of " + eligible + " workers: its position is wrong",
          explanation, EndpointPlaceDetector.PROOF_RATIO, "landmark-position", List.of(
              Evidence.measured("workers_beating_floor", persistent, "workers",
                  "≥ " + MIN_WORKERS + " and > " + SHARE_PERCENT + " % of " + eligible, "this detector's rule"),
              Evidence.measured("fastest_share_of_floor", worst, "ratio", "< 1", "rttFloor = 2·d/199.86")),
          List.of(), List.of(self.id())));
    }
  }
}
