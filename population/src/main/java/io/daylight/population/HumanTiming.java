package io.daylight.population;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How people type and react, and what a relay does to that timing. Timing only, never content.
 *
 * <p>Sources (latency-calibration.md): inter-key intervals log-normal, population mean 238.66 ms,
 * SD 111.6 ms, key rollover common (Dhakal et al., CHI 2018, 136 M keystrokes); simple visual
 * reaction 190–250 ms; a remote operator adds their round trip plus 30–80 ms of encoding to every
 * stimulus→response; constant latency does not change rhythm, only jitter, loss and coalescing do
 * (Kuzminykh et al., arXiv 2012.03577); OpenSSH ≥ 9.5 sends keystrokes on a 20 ms grid with chaff
 * (ObscureKeystrokeTiming); pointer events arriving at a remote protocol's send rate (US 9,319,422).
 */
final class HumanTiming {
  /** What sits between the fingers and the machine that timestamps the keys. */
  enum Relay {
    /** Typing on the machine itself. */
    NONE,
    /** A remote-desktop tool (AnyDesk, Chrome Remote Desktop, RustDesk...) over an intercontinental path. */
    REMOTE_DESKTOP,
    /** An IP-KVM (PiKVM, TinyPilot) driven over an intercontinental path: network, then USB HID polling. */
    IP_KVM,
    /** An IP-KVM driven from the same house (home lab): HID polling and LAN only. */
    LOCAL_KVM,
    /** OpenSSH ≥ 9.5 with ObscureKeystrokeTiming, timed at the server. */
    SSH_OBSCURE
  }

  /**
   * One person's timing.
   *
   * @param meanIkiMs their mean inter-key interval
   * @param cv within-person coefficient of variation of intervals (assumed 0.45–0.65)
   * @param holdMs mean key hold (press to release), assumed 80–130 ms
   * @param reactionMs their median simple visual reaction time
   */
  record Typist(double meanIkiMs, double cv, double holdMs, double reactionMs) {}

  /** A batch of key instants (ms from the batch start), optional releases and pointer moves. */
  record Batch(List<Double> down, List<Double> up, List<Double> pointer) {}

  private HumanTiming() {}

  static Typist typist(SplittableRandom r, boolean slow) {
    if (slow) {
      // Accessibility and slow typists (one-handed, switch or on-screen keyboards, eye gaze): an assumed
      // 500–1,400 ms mean interval and 300–600 ms reactions, well outside the Dhakal population.
      return new Typist(500 + 900 * r.nextDouble(), 0.6, 120 + 120 * r.nextDouble(), 300 + 300 * r.nextDouble());
    }
    // Person means spread as Dhakal et al.'s population (mean 238.66, SD 111.6), clipped to 90–700 ms.
    double mean = Math.max(90, Math.min(700, 238.66 + 111.6 * gaussian(r)));
    return new Typist(mean, 0.45 + 0.2 * r.nextDouble(), 80 + 50 * r.nextDouble(), 190 + 60 * r.nextDouble());
  }

  /** Log-normal with the given mean and coefficient of variation. */
  static double logNormal(SplittableRandom r, double mean, double cv) {
    double s2 = Math.log(1 + cv * cv);
    return Math.exp(Math.log(mean) - s2 / 2 + Math.sqrt(s2) * gaussian(r));
  }

  static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble(), v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * A human's stimulus→response time for one event: their reaction (log-normal around their median,
   * CV 0.15, assumed) plus the decision the stimulus needs, assumed by kind (choice reactions take
   * longer than simple ones; Hick's law): typo correction 0–80 ms, prompt 30–180 ms, dialog 60–280 ms.
   */
  static double reactionMs(Typist t, String kind, SplittableRandom r) {
    double decision = switch (kind) {
      case "typo_correction" -> 80 * r.nextDouble();
      case "prompt_response" -> 30 + 150 * r.nextDouble();
      default -> 60 + 220 * r.nextDouble();
    };
    return logNormal(r, t.reactionMs(), 0.15) + decision;
  }

  /** Remote-desktop or IP-KVM video encoding and decoding added to every reaction: 30–80 ms (latency-calibration.md). */
  static double encodingMs(SplittableRandom r) {
    return 30 + 50 * r.nextDouble();
  }

  /**
   * A typing burst of {@code keys} keys as the timestamping machine sees it.
   *
   * @param netJitterMs mean one-way queueing jitter of the relay's path (exponential; assumed 3–6 ms
   *     intercontinental, 0.2 ms on a LAN)
   * @param jiggler a software mouse jiggler runs: pointer moves every 1,000 ms exactly (assumed period)
   */
  static Batch batch(Typist t, Relay relay, int keys, double netJitterMs, boolean jiggler, SplittableRandom r) {
    // The fingers: presses at log-normal intervals, holds log-normal; releases may come after the next press (rollover).
    double[] press = new double[keys], release = new double[keys];
    double at = 0;
    for (int i = 0; i < keys; i++) {
      if (i > 0) at += logNormal(r, t.meanIkiMs(), t.cv());
      press[i] = at;
      release[i] = at + logNormal(r, t.holdMs(), 0.3);
    }
    List<Double> pointer = new ArrayList<>();
    double span = press[keys - 1] + 500;
    if (relay == Relay.SSH_OBSCURE) return ssh(press, r);
    // The hand goes to the mouse in about half the bursts, for 1–3 short moves of 5–20 events each.
    int moves = r.nextBoolean() ? 1 + r.nextInt(3) : 0;
    for (int m = 0; m < moves; m++) {
      int count = 5 + r.nextInt(16);
      if (relay == Relay.NONE || relay == Relay.LOCAL_KVM || relay == Relay.SSH_OBSCURE) {
        // A local mouse as the browser delivers it: one event per 60 Hz frame (16.67 ms) while the hand moves.
        double x = 16.667 * Math.floor(span * r.nextDouble() / 16.667);
        for (int i = 0; i < count; i++, x += 16.667) pointer.add(x);
      } else {
        // A remote protocol forwards pointer state at its send rate (assumed 30 Hz), clumped by queueing.
        double x = 33.333 * Math.floor(span * r.nextDouble() / 33.333);
        for (int i = 0; i < count; i++, x += 33.333) pointer.add(x + exp(r, netJitterMs));
      }
    }
    if (jiggler) {
      double phase = 1000 * r.nextDouble();
      for (double x = phase; x < span; x += 1000.0) pointer.add(x);
    }
    double[] down = press, up = release;
    if (relay == Relay.REMOTE_DESKTOP || relay == Relay.IP_KVM) {
      // The operator's input crosses an ocean: the tool captures input each frame (assumed 16.7 ms), sends it in
      // order, each packet delayed by queueing jitter; a lost packet (1 %, assumed) waits for TCP's 200 ms
      // minimum retransmission timeout (Linux) and everything behind it arrives at once.
      down = relayed(press, netJitterMs, r);
      up = relayed(release, netJitterMs, r);
    }
    if (relay == Relay.IP_KVM || relay == Relay.LOCAL_KVM) {
      // The KVM types into the laptop as a USB keyboard: reports leave on the host's polling interval
      // (8 ms for a full-speed HID keyboard's usual bInterval, assumed), so instants fall on an 8 ms grid.
      if (relay == Relay.LOCAL_KVM) {
        down = press.clone();
        up = release.clone();
        for (int i = 0; i < keys; i++) {
          down[i] += exp(r, netJitterMs);
          up[i] += exp(r, netJitterMs);
        }
      }
      double phase = 8 * r.nextDouble();
      for (int i = 0; i < keys; i++) {
        down[i] = Math.ceil((down[i] - phase) / 8) * 8 + phase;
        up[i] = Math.max(down[i] + 8, Math.ceil((up[i] - phase) / 8) * 8 + phase);
      }
    }
    return new Batch(rebase(down, down[0]), rebase(up, down[0]), rebasePointer(pointer, down[0]));
  }

  private static double[] relayed(double[] t, double jitter, SplittableRandom r) {
    double[] out = new double[t.length];
    double last = -1e9, stall = 0;
    for (int i = 0; i < t.length; i++) {
      double sent = Math.ceil(t[i] / 16.667) * 16.667;
      if (r.nextInt(100) == 0) stall = sent + 200;
      double arrive = Math.max(sent + exp(r, jitter), stall);
      arrive = Math.max(arrive, last + 0.05);
      out[i] = arrive;
      last = arrive;
    }
    return out;
  }

  /** OpenSSH ≥ 9.5: keystrokes leave on a 20 ms grid, with chaff packets on the grid while typing and shortly after. */
  private static Batch ssh(double[] press, SplittableRandom r) {
    List<Double> down = new ArrayList<>();
    double end = press[press.length - 1] + 500 + 500 * r.nextDouble();
    int k = 0;
    for (double tick = 0; tick <= end; tick += 20) {
      boolean real = false;
      while (k < press.length && press[k] <= tick) {
        real = true;
        k++;
      }
      if (real || r.nextInt(10) < 4) down.add(tick + 0.3 * r.nextDouble());
    }
    double first = down.get(0);
    return new Batch(down.stream().map(x -> round(x - first)).toList(), List.of(), List.of());
  }

  private static List<Double> rebase(double[] t, double origin) {
    List<Double> out = new ArrayList<>(t.length);
    for (double x : t) out.add(round(x - origin));
    return out;
  }

  private static List<Double> rebasePointer(List<Double> p, double origin) {
    List<Double> out = new ArrayList<>();
    for (double x : p) if (x >= origin) out.add(round(x - origin));
    out.sort(Double::compare);
    return out;
  }

  static double exp(SplittableRandom r, double mean) {
    return mean <= 0 ? 0 : -mean * Math.log(1 - r.nextDouble());
  }

  static double round(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
