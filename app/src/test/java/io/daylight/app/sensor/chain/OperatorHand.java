package io.daylight.app.sensor.chain;

import java.awt.Color;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.util.SplittableRandom;

/**
 * The automated operator, run as its own JVM with {@code DISPLAY} set to the display it watches
 * (AWT binds to one display per process). It polls one pixel of the screen for the stimulus (the
 * test page's red panel, as the VNC viewer shows it), waits a human's reaction time, and answers
 * with a key through whatever window has the focus (the viewer, given focus by xdotool).
 *
 * <p>Reaction time: log-normal, median 220 ms, σ 0.15 (SD ≈ 33 ms): simple visual reaction time,
 * 190–250 ms (docs/latency-calibration.md, "Human timing priors"). Prints one line per
 * trial: the ms it waited for the stimulus.
 *
 * <p>Usage: {@code OperatorHand x y trials seed}.
 */
public final class OperatorHand {
  static final double REACTION_MEDIAN_MS = 220;
  static final double REACTION_SIGMA = 0.15;
  static final long TIMEOUT_MS = 15_000;

  private OperatorHand() {}

  public static void main(String[] args) throws Exception {
    int x = Integer.parseInt(args[0]);
    int y = Integer.parseInt(args[1]);
    int trials = Integer.parseInt(args[2]);
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
    Robot robot = new Robot();
    robot.setAutoDelay(0);
    for (int i = 0; i < trials; i++) {
      long t0 = System.nanoTime();
      if (!waitFor(robot, x, y, true)) {
        System.out.println("timeout");
        System.exit(3);
      }
      double reaction = REACTION_MEDIAN_MS * Math.exp(REACTION_SIGMA * gaussian(random));
      sleepMs(reaction);
      robot.keyPress(KeyEvent.VK_J);
      sleepMs(60 + 60 * random.nextDouble()); // a human hold, 60–120 ms (Killourhy & Maxion, DSN 2009)
      robot.keyRelease(KeyEvent.VK_J);
      System.out.printf("%.1f%n", (System.nanoTime() - t0) / 1e6);
      if (!waitFor(robot, x, y, false)) {
        System.out.println("timeout");
        System.exit(3);
      }
    }
    System.out.println("done");
    System.exit(0);
  }

  private static boolean waitFor(Robot robot, int x, int y, boolean red) throws InterruptedException {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      Color c = robot.getPixelColor(x, y);
      boolean isRed = c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80;
      if (isRed == red) return true;
      Thread.sleep(2);
    }
    return false;
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static void sleepMs(double ms) throws InterruptedException {
    long until = System.nanoTime() + (long) (ms * 1e6);
    long left;
    while ((left = until - System.nanoTime()) > 0) {
      if (left > 2_000_000) Thread.sleep(1);
      else Thread.onSpinWait();
    }
  }
}
