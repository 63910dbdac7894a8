package io.daylight.core.testkit;

import io.daylight.core.event.Activity;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.Interaction;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Place;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import io.daylight.core.geo.Fibre;
import io.daylight.core.geo.GreatCircle;
import io.daylight.core.location.CalibrationTable;
import io.daylight.core.testkit.Places.Spot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one worker's 90 days of events from a physical model, not from any detector's
 * thresholds: where the device truly is, where the human truly is, round trips as light-floor ×
 * a path inflation drawn from the WonderProxy calibration quantiles + residential last mile
 * (3–25 ms) + jitter (docs/latency-calibration.md), reactions from human priors plus the
 * operator's round trip and 30–80 ms of remote-desktop encoding, and typing from the Dhakal et
 * al. log-normal prior. Modelling assumptions that no source fixes are marked "assumption".
 */
public final class WorkerSim {

  /** Who the worker is. Benign look-alikes first, then the schemes. */
  public enum Kind {
    HOME(false), TRAVELLER(false), SATELLITE(false), WIFI_JITTER(false), CORPORATE_VPN(false),
    FAST_TYPIST(false), SSH_GRID(false), KLOAK(false), SLOW_THINKER(false),
    VPN_ABROAD(true), LAPTOP_FARM(true), IP_KVM_FARM(true), HANDOVER(true);

    public final boolean fraud;

    Kind(boolean fraud) {
      this.fraud = fraud;
    }
  }

  /** What is true about a generated worker. */
  public record Truth(String subject, Kind kind, Spot declared, Spot device, Spot operator, double operatorKm) {}

  public static final long START = Instant.parse("2026-01-05T00:00:00Z").toEpochMilli();
  static final long DAY = 86_400_000L;
  static final String[] KINDS = {"typo_correction", "prompt_response", "dialog_response"};
  static final String[] MEASURED = {"server", "server", "endpoint"};
  /** Assumption: per-kind decision time medians (ms) on top of simple visual RT; no published figure. */
  static final double[] DECISION_MEDIAN = {200, 650, 380};

  private final SplittableRandom rng;
  private final List<Event> out = new ArrayList<>();
  private final int days;
  private final Rtt.Landmark liar;
  private final Spot liarTruePlace;
  private int seq;

  /**
   * @param liar a landmark whose stated position is wrong (null for none)
   * @param liarTruePlace where that landmark really is
   */
  public WorkerSim(long seed, int days, Rtt.Landmark liar, Spot liarTruePlace) {
    this.rng = new SplittableRandom(seed);
    this.days = days;
    this.liar = liar;
    this.liarTruePlace = liarTruePlace;
  }

  public List<Event> events() {
    return out;
  }

  private String id(String subject) {
    return subject + "-" + (seq++);
  }

  public Truth generate(String subject, Kind kind) {
    Spot declared = Places.DECLARED.get(rng.nextInt(Places.DECLARED.size()));
    Spot operator = Places.OPERATORS.get(rng.nextInt(Places.OPERATORS.size()));
    Spot device = declared;
    if (kind == Kind.VPN_ABROAD) {
      device = rng.nextDouble() < 0.25 ? Places.VPN_EXITS.get(4) : Places.VPN_EXITS.get(rng.nextInt(4));
    } else if ((kind == Kind.LAPTOP_FARM || kind == Kind.IP_KVM_FARM) && rng.nextDouble() < 0.3) {
      device = Places.DECLARED.get(rng.nextInt(Places.DECLARED.size()));
    }
    boolean remote = kind == Kind.LAPTOP_FARM || kind == Kind.IP_KVM_FARM || kind == Kind.HANDOVER;
    Spot human = kind == Kind.VPN_ABROAD || remote ? operator : declared;
    Spot laptop = kind == Kind.VPN_ABROAD ? operator : device.equals(Places.VPN_EXITS.get(4)) ? declared : device;
    double opKm = remote ? GreatCircle.km(laptop.lat(), laptop.lon(), operator.lat(), operator.lon()) : 0;
    // clocks: a farm laptop keeps US time; a VPN worker's own machine shows its own zone half the time (assumption)
    boolean clockGivesAway = kind == Kind.VPN_ABROAD && rng.nextDouble() < 0.5;
    boolean keepsUsHours = !kind.fraud || rng.nextDouble() < 0.5;
    String appId = "app-" + subject;
    long hire = START - 10 * DAY;
    int appOffset = offset(kind.fraud && rng.nextDouble() < 0.5 ? operator.zone() : declared.zone(), hire - 20 * DAY);
    out.add(new Application(appId, hire - 20 * DAY, "Engineer (remote)",
        new Application.Candidate("n/a", subject + "@example.com", null,
            new Place(declared.name(), null, "US", declared.lat(), declared.lon()), List.of(), null, null, null),
        "198.51.100.1", "ua", "fp-" + subject, appOffset, null, null, null, null, null));
    out.add(new Worker(id(subject), hire, subject, "n/a", subject + "@corp.example", null,
        new Place(declared.name(), null, "US", declared.lat(), declared.lon()), declared.zone(), "2026-01-05", appId,
        null, null, null, null));

    Person p = new Person(kind);
    double encodeMs = 30 + 50 * rng.nextDouble();
    double opInflation = inflation(opKm);
    // trips for travellers: 1–3 trips of 2–7 days
    boolean[] away = new boolean[days];
    Spot[] tripPlace = new Spot[days];
    if (kind == Kind.TRAVELLER) {
      int trips = 1 + rng.nextInt(3);
      for (int t = 0; t < trips; t++) {
        int start = rng.nextInt(days - 7);
        int len = 2 + rng.nextInt(6);
        Spot where = Places.TRIPS.get(rng.nextInt(Places.TRIPS.size()));
        for (int d = start; d < start + len; d++) {
          away[d] = true;
          tripPlace[d] = where;
        }
      }
    }
    double[] routeInflation = new double[Places.LANDMARKS.size()];
    Spot lastRoutePlace = null;
    for (int d = 0; d < days; d++) {
      long day0 = START + d * DAY;
      int dow = (int) Math.floorMod(Math.floorDiv(day0, DAY) + 3, 7L); // 0 = Monday (1970-01-01 was a Thursday)
      if (dow >= 5) continue;
      Spot here = away[d] ? tripPlace[d] : device;
      boolean corporate = kind == Kind.CORPORATE_VPN && rng.nextDouble() < 0.6;
      Spot probed = corporate ? Places.CORPORATE_EXIT : here;
      if (!probed.equals(lastRoutePlace)) {
        for (int l = 0; l < routeInflation.length; l++) routeInflation[l] = inflation(landmarkKm(probed, l));
        lastRoutePlace = probed;
      }
      Spot clockZone = away[d] ? tripPlace[d] : clockGivesAway ? operator : declared;
      Spot hoursZone = keepsUsHours ? declared : human;
      long workStart = localHourUtc(day0, hoursZone.zone(), 9);
      boolean relayedToday = remote && !(kind == Kind.HANDOVER && d < 21);
      String ip = corporate ? Places.CORPORATE_IP : "198.51.100." + (1 + Math.floorMod(subject.hashCode(), 200));
      out.add(new Auth(id(subject), workStart + 60_000, subject, ip, "dev-" + subject, true, "success", "push", "ua",
          offset(clockZone.zone(), workStart)));
      if (dow == 0) {
        out.add(new Inventory(id(subject), workStart + 120_000, subject, "dev-" + subject, "S" + subject,
            clockZone.zone(), ip, null, List.of(), List.of(), List.of()));
      }
      for (int l = 0; l < Places.LANDMARKS.size(); l++) {
        for (int k = 0; k < 3; k++) {
          long t = workStart + 600_000 + (long) (rng.nextDouble() * 8 * 3_600_000);
          double rtt = sampleRtt(landmarkKm(probed, l), routeInflation[l], kind);
          out.add(new Rtt(id(subject), t, subject, "dev-" + subject, Places.LANDMARKS.get(l), rtt, "tcp"));
        }
      }
      for (int k = 0; k < KINDS.length; k++) {
        int n = 8 + rng.nextInt(8);
        for (int i = 0; i < n; i++) {
          long t = workStart + (long) (rng.nextDouble() * 8 * 3_600_000);
          double latency = p.reaction(k);
          if (relayedToday) {
            latency += Fibre.rttFloorMs(opKm) * opInflation + lastMile() + lastMile() + exp(3) + encodeMs
                + 8 * rng.nextGaussian();
          }
          double path = 20 + 30 * rng.nextDouble();
          boolean server = MEASURED[k].equals("server");
          out.add(new Interaction(id(subject), t, subject, "dev-" + subject, KINDS[k],
              server ? latency + path + exp(1) : latency, MEASURED[k], server ? path : Double.NaN));
        }
      }
      for (int b = 0; b < 6; b++) {
        long t = workStart + (long) (rng.nextDouble() * 8 * 3_600_000);
        out.add(p.keystrokes(id(subject), t, subject, relayedToday));
      }
      int acts = 4 + rng.nextInt(5);
      for (int a = 0; a < acts; a++) {
        long t = workStart + (long) (rng.nextDouble() * 9 * 3_600_000);
        out.add(new Activity(id(subject), t, subject, "git", offset(clockZone.zone(), t)));
      }
    }
    return new Truth(subject, kind, declared, device, remote || kind == Kind.VPN_ABROAD ? operator : null, opKm);
  }

  private double landmarkKm(Spot from, int l) {
    Rtt.Landmark lm = Places.LANDMARKS.get(l);
    if (liar != null && lm.id().equals(liar.id())) return GreatCircle.km(from.lat(), from.lon(), liarTruePlace.lat(), liarTruePlace.lon());
    return GreatCircle.km(from.lat(), from.lon(), lm.lat(), lm.lon());
  }

  /** A path inflation drawn from the WonderProxy quantiles by inverting the calibration cdf. */
  double inflation(double km) {
    if (km < 100) return 1.5 + 2.5 * rng.nextDouble(); // assumption: short paths, table has no band
    double u = CalibrationTable.FASTER_THAN_LIGHT_RATE + rng.nextDouble() * (0.99 - CalibrationTable.FASTER_THAN_LIGHT_RATE);
    double lo = 1;
    double hi = CalibrationTable.inflation(km, CalibrationTable.P99);
    if (u >= 0.99 - 1e-9) return hi * (1 + exp(0.3));
    for (int i = 0; i < 40; i++) {
      double mid = (lo + hi) / 2;
      if (CalibrationTable.cdf(km, mid) < u) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
  }

  private double sampleRtt(double km, double routeInflation, Kind kind) {
    double v = Fibre.rttFloorMs(km) * routeInflation + lastMile() + exp(2);
    if (kind == Kind.WIFI_JITTER) {
      v += exp(15);
      if (rng.nextDouble() < 0.2) v += 20 + 180 * rng.nextDouble();
    }
    if (kind == Kind.SATELLITE) v += 540 + 60 * rng.nextDouble() + exp(20);
    if (rng.nextDouble() < 0.005) v *= 0.3 + 0.6 * rng.nextDouble(); // assumption: 0.5 % glitched fast samples
    return v;
  }

  /** Residential last mile, 3–25 ms (latency-calibration.md). */
  private double lastMile() {
    return 3 + 22 * rng.nextDouble();
  }

  private double exp(double mean) {
    return -mean * Math.log(1 - rng.nextDouble());
  }

  static int offset(String zone, long t) {
    return ZoneId.of(zone).getRules().getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() / 60;
  }

  static long localHourUtc(long dayStartUtc, String zone, int hour) {
    return dayStartUtc + hour * 3_600_000L - offset(zone, dayStartUtc + 12 * 3_600_000L) * 60_000L;
  }

  /** One human's timing traits. */
  private final class Person {
    final Kind kind;
    final double simpleRt;
    final double[] decision = new double[3];
    final double ikiMedian;
    final double ikiSigma;
    final double holdMean;
    final double pointerPeriod;
    final double protocolTick;

    Person(Kind kind) {
      this.kind = kind;
      simpleRt = 190 + 60 * rng.nextDouble(); // simple visual RT 190–250 ms (latency-calibration.md)
      double slow = kind == Kind.SLOW_THINKER ? 1.6 : 1;
      for (int k = 0; k < 3; k++) decision[k] = DECISION_MEDIAN[k] * Math.exp(0.2 * rng.nextGaussian()) * slow;
      // Dhakal et al. CHI 2018: mean IKI 238.66 ms, SD 111.6, log-normal; per-person mean varies (assumption SD 50)
      double mean = kind == Kind.FAST_TYPIST ? 100 + 20 * rng.nextDouble() : Math.max(110, 238.66 + 50 * rng.nextGaussian());
      double cv = 111.6 / 238.66;
      ikiSigma = kind == Kind.FAST_TYPIST ? 0.6 : Math.sqrt(Math.log(1 + cv * cv));
      ikiMedian = mean / Math.exp(ikiSigma * ikiSigma / 2);
      holdMean = 70 + 50 * rng.nextDouble(); // assumption, Killourhy & Maxion 2009 range
      double[] human = {16.667, 8.0, 6.944, 8.333};
      pointerPeriod = human[rng.nextInt(human.length)];
      double[] ticks = {33.333, 40.0, 50.0, 25.0};
      protocolTick = ticks[rng.nextInt(ticks.length)];
    }

    double reaction(int k) {
      return simpleRt * Math.exp(0.12 * rng.nextGaussian()) + decision[k] * Math.exp(0.45 * rng.nextGaussian());
    }

    Keystrokes keystrokes(String id, long t, String subject, boolean relayed) {
      int n = 30 + rng.nextInt(30);
      double[] down = new double[n];
      double[] up = new double[n];
      double at = 0;
      boolean kvm = relayed && kind == Kind.IP_KVM_FARM;
      double kvmHold = 20 + 30 * rng.nextDouble();
      for (int i = 0; i < n; i++) {
        if (i > 0) at += ikiMedian * Math.exp(ikiSigma * rng.nextGaussian());
        down[i] = at;
        up[i] = at + (kvm ? kvmHold + 0.3 * rng.nextGaussian() : Math.max(30, holdMean + 20 * rng.nextGaussian()));
      }
      if (kind == Kind.SSH_GRID) {
        for (int i = 0; i < n; i++) {
          down[i] = Math.ceil(down[i] / 20) * 20;
          up[i] = Math.max(down[i], Math.ceil(up[i] / 20) * 20);
        }
      }
      if (kind == Kind.KLOAK) {
        double prev = 0;
        for (int i = 0; i < n; i++) {
          double lb = Math.max(0, prev - down[i]);
          double delay = lb >= 100 ? lb : lb + (100 - lb) * rng.nextDouble();
          down[i] += delay;
          up[i] = Math.max(up[i] + 100 * rng.nextDouble(), down[i]);
          prev = down[i];
        }
      }
      if (relayed && rng.nextDouble() < 0.35) {
        // a network stall: 3–8 keys held up and delivered back to back (assumption: 35 % of batches)
        int len = 3 + rng.nextInt(6);
        int from = rng.nextInt(Math.max(1, n - len));
        double release = down[Math.min(n - 1, from + len - 1)] + 50 + 150 * rng.nextDouble();
        for (int i = from; i < Math.min(n, from + len); i++) {
          double shift = release + 0.2 * (i - from) - down[i];
          down[i] += shift;
          up[i] += shift;
        }
        for (int i = from + len; i < n; i++) {
          if (down[i] < down[i - 1]) {
            double shift = down[i - 1] + 0.1 - down[i];
            down[i] += shift;
            up[i] += shift;
          }
        }
      }
      int m = 20 + rng.nextInt(20);
      double[] pointer = new double[m];
      double pt = 0;
      boolean tick = relayed && kind != Kind.IP_KVM_FARM && rng.nextDouble() < 0.8;
      for (int i = 1; i < m; i++) {
        double period = tick ? protocolTick : pointerPeriod;
        pt += period * (rng.nextDouble() < 0.1 ? 2 : 1) + 0.1 * rng.nextGaussian();
        pointer[i] = pt;
      }
      return new Keystrokes(id, t, subject, "dev-" + subject, kind == Kind.SSH_GRID ? "ssh" : "browser", down, up,
          pointer);
    }
  }
}
