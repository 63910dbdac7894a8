package io.daylight.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * A worker's days, turned into the telemetry a deployment would see: sign-ins, landmark round
 * trips, stimulus-response latencies, typing timing, device inventory and work activity. Every
 * number is derived from the person's true situation that day (where the laptop is, where the
 * human is, how the traffic leaves); nothing is written to please a detector.
 */
final class WorkLife {
  private static final String[] KINDS = {"typo_correction", "prompt_response", "dialog_response"};
  private static final String[] BROWSERS = {
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15"};
  /**
   * Per-sample queueing on top of a route's minimum. Policy assumption: exponential, mean 2 ms
   * (the WonderProxy figures are minima of 30 pings, so single samples sit a little above them).
   */
  private static final double QUEUE_MEAN_MS = 2;
  /** Geostationary satellite hop: about 550 ms; low-orbit: 25-40 ms (latency-calibration.md). */
  private static final double GEO_HOP_MS = 550, GEO_SPREAD_MS = 30, LEO_LOW_MS = 25, LEO_HIGH_MS = 40;
  /** The help desk that uses the sanctioned remote-support tool sits in Dallas. */
  private static final Place HELP_DESK = Place.byId("dallas");

  private final Person p;
  private final SplittableRandom r;
  private final EventLog log;
  private final int days;
  private final long windowEnd;
  private final String userAgent;

  WorkLife(Person p, SplittableRandom r, EventLog log, int days) {
    this.p = p;
    this.r = r;
    this.log = log;
    this.days = days;
    this.windowEnd = DemoOrganisation.START.atStartOfDay(ZoneId.of("UTC")).plusDays(days).toEpochSecond();
    this.userAgent = BROWSERS[(p.os.equals("macos") ? 1 : 0) + (int) (Mix.mix(p.seed, 5) & 1) * 2];
  }

  void live() {
    for (int day = Math.max(0, p.hireDay + 1); day < days; day++) workday(day);
  }

  /** Honest people work in their laptop's zone; schemes keep the declared place's office hours. */
  private ZoneId workZone(int day) {
    return p.honest() ? p.osZone(day) : Zones.of(p.declared.tz());
  }

  private void workday(int day) {
    LocalDate date = DemoOrganisation.START.plusDays(day);
    DayOfWeek dow = date.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) return;
    double startHour = p.nightOwl ? 20 + r.nextGaussian() * 0.75 : 8.5 + r.nextGaussian() * 0.66;
    long t0 = ZonedDateTime.of(date, LocalTime.MIDNIGHT, workZone(day)).toEpochSecond() + (long) (startHour * 3600);
    long length = (long) ((8 + r.nextGaussian()) * 3600);

    auth(day, t0 + r.nextInt(300));
    auth(day, t0 + 4 * 3600 + r.nextInt(1800));
    if (r.nextInt(10) < 3) auth(day, t0 + r.nextLong(length));
    boolean ipChanged = day > 0 && !p.publicIp(day).equals(p.publicIp(day - 1));
    if (dow == DayOfWeek.MONDAY || ipChanged || day == Math.max(0, p.hireDay + 1)) inventory(day, t0 + 60 + r.nextInt(540));
    if (r.nextBoolean()) rttRound(day, t0 + r.nextLong(length));
    for (int i = 0; i < 4; i++) interaction(day, t0 + r.nextLong(length), null);
    for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) keystrokes(day, t0 + r.nextLong(length));
    for (int i = 0, n = r.nextInt(5); i < n; i++) activity(day, t0 + r.nextLong(length), "git");
    for (int i = 0, n = r.nextInt(3); i < n; i++) activity(day, t0 + r.nextLong(length), "chat");
    if (p.supportDays.contains(day)) {
      // A 20-minute help-desk session: the technician in Dallas drives the laptop via TeamViewer.
      RemoteOperation desk = new RemoteOperation(RemoteOperation.Kind.SUPPORT_SESSION, HELP_DESK, "TeamViewer",
          Population.REMOTE_DESKTOP_TICK_MS, 0);
      long s = t0 + r.nextLong(length - 1800);
      for (int i = 0; i < 4; i++) interaction(day, s + i * 300L + r.nextInt(200), desk);
    }
  }

  private boolean inWindow(long t) {
    return t < windowEnd;
  }

  private int offsetMin(int day, long t) {
    return p.osZone(day).getRules().getOffset(java.time.Instant.ofEpochSecond(t)).getTotalSeconds() / 60;
  }

  private void auth(int day, long t) {
    if (!inWindow(t)) return;
    String ip = p.publicIp(day);
    int offset = offsetMin(day, t);
    boolean failed = r.nextInt(100) == 0;
    String mfa = r.nextInt(4) == 0 ? "totp" : "push";
    log.add(t, "auth", p.id, g -> {
      g.writeStringField("src_ip", ip);
      g.writeStringField("device_id", p.deviceId);
      g.writeBooleanField("managed", true);
      g.writeStringField("outcome", failed ? "failure" : "success");
      g.writeStringField("mfa", mfa);
      g.writeStringField("user_agent", userAgent);
      g.writeNumberField("client_utc_offset_min", offset);
    });
  }

  /** Route quality of one path: persistent, a function of its two ends. */
  private static double route(long a, long b) {
    return Mix.unit(a, b);
  }

  /**
   * Round trip from a point to whatever answers for this worker today. {@code throughTunnelToDevice}
   * false means a probe of the public address, answered by the tunnel's exit when there is one.
   */
  double roundTripMs(int day, LatLon from, long fromKey, boolean throughTunnelToDevice) {
    IpPrefix exit = p.exitOn(day);
    LatLon device = p.deviceAt(day);
    long placeKey = p.seed ^ Double.hashCode(device.lat()) ^ ((long) Double.hashCode(device.lon()) << 20);
    double ms = r.nextExponential() * QUEUE_MEAN_MS;
    LatLon near = from;
    long nearKey = fromKey;
    if (exit != null) {
      ms += PathLatency.pathMs(from.kmTo(exit.at()), route(fromKey, Mix.key(exit.id())));
      if (!throughTunnelToDevice) return ms;
      near = exit.at();
      nearKey = Mix.key(exit.id());
    }
    if (p.satellite != Person.Satellite.NONE && !(p.trip != null && p.trip.covers(day))) {
      LatLon station = p.household.prefix().at();
      ms += PathLatency.pathMs(near.kmTo(station), route(nearKey, Mix.key(p.household.prefix().id())));
      ms += p.satellite == Person.Satellite.GEO
          ? GEO_HOP_MS + r.nextDouble() * GEO_SPREAD_MS
          : LEO_LOW_MS + r.nextDouble() * (LEO_HIGH_MS - LEO_LOW_MS);
      return ms;
    }
    return ms + PathLatency.pathMs(near.kmTo(device), route(nearKey, placeKey)) + p.lastMileMs(day);
  }

  private void rttRound(int day, long t) {
    boolean app = r.nextInt(4) == 0;
    int i = 0;
    for (Landmark l : Landmark.DATA_CENTRES) {
      long at = t + 2L * i++;
      if (!inWindow(at)) return;
      double rtt = RemoteOperation.round1(roundTripMs(day, l.at(), Mix.key(l.id()), app));
      log.add(at, "rtt", p.id, g -> {
        g.writeStringField("device_id", p.deviceId);
        g.writeObjectFieldStart("landmark");
        g.writeStringField("id", l.id());
        g.writeNumberField("lat", l.at().lat());
        g.writeNumberField("lon", l.at().lon());
        g.writeEndObject();
        g.writeFieldName("rtt_ms");
        EventLog.tenths(g, rtt);
        g.writeStringField("method", app ? "app" : "tcp");
      });
    }
  }

  private void interaction(int day, long t, RemoteOperation session) {
    if (!inWindow(t)) return;
    RemoteOperation op = session != null ? session : p.operator;
    double human = HumanTiming.reactionMs(r, session != null ? 220 : p.reactionMedianMs);
    double latency = human;
    if (op != null) {
      LatLon laptop = p.deviceAt(day);
      latency += op.loopMs(r, laptop, route(Mix.key(op.operator().id()), p.seed), 3 + Mix.unit(p.seed, 9) * 22);
    }
    boolean server = r.nextBoolean();
    double path = server ? roundTripMs(day, Landmark.APP_SERVER.at(), Mix.key(Landmark.APP_SERVER.id()), true) : 0;
    double measured = RemoteOperation.round1(latency + path);
    double pathRounded = RemoteOperation.round1(path);
    String kind = KINDS[r.nextInt(KINDS.length)];
    log.add(t, "interaction", p.id, g -> {
      g.writeStringField("device_id", p.deviceId);
      g.writeStringField("kind", kind);
      g.writeFieldName("latency_ms");
      EventLog.tenths(g, measured);
      g.writeStringField("measured_at", server ? "server" : "endpoint");
      if (server) {
        g.writeFieldName("path_rtt_ms");
        EventLog.tenths(g, pathRounded);
      }
    });
  }

  private void keystrokes(int day, long t) {
    if (!inWindow(t)) return;
    int keys = 20 + r.nextInt(41);
    double[][] typed = HumanTiming.typeBurst(r, keys);
    double[][] seen = p.operator == null ? round(typed) : p.operator.relayKeys(r, typed);
    boolean endpoint = r.nextInt(3) == 0;
    double[] pointer = null;
    if (endpoint) {
      int moves = 15 + r.nextInt(40);
      double start = seen[0][keys - 1] + 300 + r.nextDouble() * 500;
      pointer = p.operator == null ? round(HumanTiming.localPointer(r, moves, start)) : p.operator.relayPointer(r, moves, start);
    }
    double[] pointerMs = pointer;
    log.add(t, "keystrokes", p.id, g -> {
      g.writeStringField("device_id", p.deviceId);
      g.writeStringField("source", endpoint ? "endpoint" : "browser");
      array(g, "down_ms", seen[0]);
      array(g, "up_ms", seen[1]);
      if (pointerMs != null) array(g, "pointer_ms", pointerMs);
    });
  }

  private static double[][] round(double[][] a) {
    return new double[][] {round(a[0]), round(a[1])};
  }

  private static double[] round(double[] a) {
    double[] o = new double[a.length];
    for (int i = 0; i < a.length; i++) o[i] = RemoteOperation.round1(a[i]);
    return o;
  }

  private static void array(JsonGenerator g, String name, double[] a) throws IOException {
    g.writeArrayFieldStart(name);
    for (double v : a) EventLog.tenths(g, v);
    g.writeEndArray();
  }

  private void activity(int day, long t, String source) {
    if (!inWindow(t)) return;
    int offset = offsetMin(day, t);
    log.add(t, "activity", p.id, g -> {
      g.writeStringField("source", source);
      if (source.equals("git")) g.writeNumberField("utc_offset_min", offset);
    });
  }

  private void inventory(int day, long t) {
    if (!inWindow(t)) return;
    String ip = p.publicIp(day), bssid = p.bssid(day), tz = p.osTz(day);
    log.add(t, "inventory", p.id, g -> {
      g.writeStringField("device_id", p.deviceId);
      g.writeStringField("serial", p.serial);
      g.writeStringField("os_tz", tz);
      g.writeStringField("public_ip", ip);
      g.writeStringField("wifi_bssid", bssid);
      Software.processes(g, p.os, p.extraProcesses);
      Software.peripherals(g, p.kvmHardware, p.seed);
    });
  }
}
