package io.daylight.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fast, endless stream of contract-v1 telemetry for benchmarks: rtt, interaction, keystrokes,
 * auth, activity and inventory lines in the proportions the demo organisation produces, for
 * {@code workers} workers, from the same behaviour model (landmark physics, human timing priors,
 * relayed operation for a few remotely driven laptops). Lines are written as bytes straight into a
 * buffer, so generation runs well above a million lines a second and a benchmark measures the
 * system under test, not the generator. Times advance monotonically from {@link DemoOrganisation#START}.
 */
public final class TelemetryMix {
  /**
   * Share of each type per 1,000 lines, from the default demo organisation's telemetry (seed
   * 20260105, 300 workers, 90 days: rtt 86,211, interaction 76,580, activity 57,337, auth 43,985,
   * keystrokes 28,589, inventory 5,291; docs/demo-organisation.md). Inventory takes the rest (18).
   */
  private static final int RTT = 289, INTERACTION = 257, ACTIVITY = 192, AUTH = 148, KEYSTROKES = 96;
  /** One worker in fifty drives a laptop from far away (a rate above any real workforce, so benchmarks exercise findings). */
  private static final int REMOTE_ONE_IN = 50;
  private static final int FLUSH_AT = 1 << 16;

  private final SplittableRandom r;
  private final Bench[] workers;
  private final byte[] buf = new byte[FLUSH_AT + 8192];
  private int pos;
  private long sequence;
  private long second = DemoOrganisation.START.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  private final byte[] timeBytes = new byte[20];
  private long timeFor = Long.MIN_VALUE;

  /** One simulated worker's fixed facts, pre-encoded. */
  private record Bench(Place home, byte[] subject, byte[] device, byte[] ip, int offsetMin, double[] rttBaseMs,
                       double reactionMs, double lastMileMs, RemoteOperation operator, double operatorLoopMs,
                       double appServerBaseMs, byte[] serial, byte[] tz, byte[] bssid) {}

  public TelemetryMix(long seed, int workers) {
    if (workers < 1) throw new IllegalArgumentException("workers must be positive");
    this.r = new SplittableRandom(seed);
    List<Place> homes = new ArrayList<>();
    for (Place p : Place.ALL) if (!p.homePrefixes().isEmpty()) homes.add(p);
    this.workers = new Bench[workers];
    Place operatorPlace = Place.byId("shenyang");
    for (int i = 0; i < workers; i++) {
      Place home = homes.get(r.nextInt(homes.size()));
      LatLon at = home.at().offset(r.nextDouble() * 15, r.nextDouble() * 2 * Math.PI);
      double lastMile = 3 + r.nextDouble() * 22;
      double[] base = new double[Landmark.DATA_CENTRES.size()];
      for (int l = 0; l < base.length; l++) {
        base[l] = PathLatency.pathMs(Landmark.DATA_CENTRES.get(l).at().kmTo(at), r.nextDouble()) + lastMile;
      }
      double appBase = PathLatency.pathMs(Landmark.APP_SERVER.at().kmTo(at), r.nextDouble()) + lastMile;
      boolean remote = i % REMOTE_ONE_IN == REMOTE_ONE_IN - 1;
      RemoteOperation op = remote ? new RemoteOperation(RemoteOperation.Kind.REMOTE_DESKTOP, operatorPlace, "AnyDesk",
          Population.REMOTE_DESKTOP_TICK_MS, 0) : null;
      double loop = remote ? PathLatency.pathMs(operatorPlace.at().kmTo(at), r.nextDouble()) + 3 + r.nextDouble() * 22 : 0;
      IpPrefix isp = IpPrefix.byId(home.homePrefixes().get(0));
      int offset = Zones.of(home.tz()).getRules().getOffset(DemoOrganisation.START.atStartOfDay(ZoneOffset.UTC).toInstant()).getTotalSeconds() / 60;
      this.workers[i] = new Bench(home, ascii("w-" + (100001 + i)), ascii("dev-" + Mix.hex(r.nextLong(), 6)),
          ascii(isp.host(r.nextLong())), offset, base, HumanTiming.personReactionMedianMs(r), lastMile, op, loop, appBase,
          ascii("PF" + Mix.hex(r.nextLong(), 7).toUpperCase()), ascii(home.tz()), ascii(Names.bssid(r.nextLong())));
    }
  }

  /**
   * Writes one {@code worker} event per simulated worker (declared home city and time zone), dated the
   * day before the telemetry starts, so detectors that need a declared place have one.
   */
  public long writeRoster(OutputStream out) throws IOException {
    long bytes = 0;
    String day = DemoOrganisation.START.minusDays(1) + "T00:00:00Z";
    for (Bench w : workers) {
      put("{\"type\":\"worker\",\"id\":\"hr-");
      put(w.subject());
      put("\",\"time\":\"" + day + "\",\"subject\":\"");
      put(w.subject());
      put("\",\"declared_location\":{\"city\":\"" + w.home().city() + "\",\"region\":\"" + w.home().region()
          + "\",\"country\":\"" + w.home().country() + "\",\"lat\":" + w.home().at().lat() + ",\"lon\":"
          + w.home().at().lon() + "},\"declared_tz\":\"" + w.home().tz() + "\"}\n");
      if (pos >= FLUSH_AT) bytes += drain(out);
    }
    bytes += drain(out);
    out.flush();
    return bytes;
  }

  /** Writes {@code lines} lines to {@code out} (not closed); returns the number of bytes written. */
  public long write(OutputStream out, long lines) throws IOException {
    long bytes = 0;
    for (long n = 0; n < lines; n++) {
      if ((sequence & 63) == 0) second++;
      line(workers[r.nextInt(workers.length)]);
      if (pos >= FLUSH_AT) bytes += drain(out);
    }
    bytes += drain(out);
    out.flush();
    return bytes;
  }

  /** Writes the buffered bytes out and empties the buffer; returns how many were written. */
  private int drain(OutputStream out) throws IOException {
    int n = pos;
    out.write(buf, 0, n);
    pos = 0;
    return n;
  }

  private void line(Bench w) {
    int k = r.nextInt(1000);
    if (k < RTT) rtt(w);
    else if ((k -= RTT) < INTERACTION) interaction(w);
    else if ((k -= INTERACTION) < ACTIVITY) activity(w);
    else if ((k -= ACTIVITY) < AUTH) auth(w);
    else if (k - AUTH < KEYSTROKES) keystrokes(w);
    else inventory(w);
  }

  private void head(String type, Bench w) {
    put("{\"type\":\"");
    put(type);
    put("\",\"id\":\"m-");
    putLong(sequence++);
    put("\",\"time\":\"");
    putTime();
    put("\",\"subject\":\"");
    put(w.subject());
    put("\"");
  }

  private void end() {
    put("}\n");
  }

  private void rtt(Bench w) {
    int l = r.nextInt(w.rttBaseMs().length);
    head("rtt", w);
    put(",\"device_id\":\"");
    put(w.device());
    put(LANDMARK_FIELDS[l]);
    putTenths(w.rttBaseMs()[l] + r.nextExponential() * 2);
    put(",\"method\":\"tcp\"");
    end();
  }

  /** The constant middle of each landmark's rtt line, encoded once. */
  private static final byte[][] LANDMARK_FIELDS = Landmark.DATA_CENTRES.stream()
      .map(lm -> ascii("\",\"landmark\":{\"id\":\"" + lm.id() + "\",\"lat\":" + lm.at().lat() + ",\"lon\":" + lm.at().lon() + "},\"rtt_ms\":"))
      .toArray(byte[][]::new);

  private void interaction(Bench w) {
    double ms = HumanTiming.reactionMs(r, w.reactionMs());
    if (w.operator() != null) ms += w.operatorLoopMs() + RemoteOperation.ENCODE_LOW_MS + r.nextDouble() * 50;
    boolean server = r.nextBoolean();
    double path = server ? w.appServerBaseMs() + r.nextExponential() * 2 : 0;
    head("interaction", w);
    put(",\"device_id\":\"");
    put(w.device());
    put("\",\"kind\":\"typo_correction\",\"latency_ms\":");
    putTenths(ms + path);
    if (server) {
      put(",\"measured_at\":\"server\",\"path_rtt_ms\":");
      putTenths(path);
    } else {
      put(",\"measured_at\":\"endpoint\"");
    }
    end();
  }

  private void keystrokes(Bench w) {
    int keys = 10 + r.nextInt(11);
    double[][] typed = HumanTiming.typeBurst(r, keys);
    if (w.operator() != null) typed = w.operator().relayKeys(r, typed);
    head("keystrokes", w);
    put(",\"device_id\":\"");
    put(w.device());
    put("\",\"source\":\"browser\",\"down_ms\":[");
    for (int i = 0; i < keys; i++) {
      if (i > 0) put(",");
      putTenths(typed[0][i]);
    }
    put("],\"up_ms\":[");
    for (int i = 0; i < keys; i++) {
      if (i > 0) put(",");
      putTenths(typed[1][i]);
    }
    put("]");
    end();
  }

  private void auth(Bench w) {
    head("auth", w);
    put(",\"src_ip\":\"");
    put(w.ip());
    put("\",\"device_id\":\"");
    put(w.device());
    put("\",\"managed\":true,\"outcome\":\"success\",\"mfa\":\"push\",\"client_utc_offset_min\":");
    putLong(w.offsetMin());
    end();
  }

  private void activity(Bench w) {
    head("activity", w);
    put(",\"source\":\"git\",\"utc_offset_min\":");
    putLong(w.offsetMin());
    end();
  }

  private void inventory(Bench w) {
    head("inventory", w);
    put(",\"device_id\":\"");
    put(w.device());
    put("\",\"serial\":\"");
    put(w.serial());
    put("\",\"os_tz\":\"");
    put(w.tz());
    put("\",\"public_ip\":\"");
    put(w.ip());
    put("\",\"wifi_bssid\":\"");
    put(w.bssid());
    put("\",\"processes\":[{\"name\":\"explorer.exe\",\"path\":\"C:\\\\Windows\\\\explorer.exe\",\"signer\":\"Microsoft Windows\"}");
    if (w.operator() != null) {
      put(",{\"name\":\"AnyDesk.exe\",\"path\":\"C:\\\\Program Files (x86)\\\\AnyDesk\\\\AnyDesk.exe\",\"signer\":\"philandro Software GmbH\"}");
    }
    put("]");
    end();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private void put(byte[] b) {
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
  }

  private void put(String s) {
    for (int i = 0, n = s.length(); i < n; i++) buf[pos++] = (byte) s.charAt(i);
  }

  private void putLong(long v) {
    if (v < 0) {
      buf[pos++] = '-';
      v = -v;
    }
    if (v < 10) {
      buf[pos++] = (byte) ('0' + v);
      return;
    }
    int start = pos;
    while (v > 0) {
      buf[pos++] = (byte) ('0' + v % 10);
      v /= 10;
    }
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  private void putTenths(double v) {
    long t = Math.round(v * 10);
    if (t < 0) {
      buf[pos++] = '-';
      t = -t;
    }
    putLong(t / 10);
    buf[pos++] = '.';
    buf[pos++] = (byte) ('0' + t % 10);
  }

  /** RFC 3339 UTC time of the current second, re-encoded only when the second changes. */
  private void putTime() {
    if (timeFor != second) {
      String s = java.time.Instant.ofEpochSecond(second).toString();
      for (int i = 0; i < 20; i++) timeBytes[i] = (byte) s.charAt(i);
      timeFor = second;
    }
    System.arraycopy(timeBytes, 0, buf, pos, 20);
    pos += 20;
  }
}
