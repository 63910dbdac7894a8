package io.daylight.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded demo organisation: a few hundred remote workers and a few thousand applicants over a
 * window of days, written as contract-v1 events. It is a behaviour model (where each laptop and
 * each human truly is, how traffic leaves, who applies as whom); every measurement is derived from
 * physics and published priors (docs/demo-organisation.md). It knows no detector.
 *
 * <pre>{@code new DemoOrganisation(7).workers(300).applications(3000).days(90).write(dir);}</pre>
 */
public final class DemoOrganisation {
  /** First day of the window, a Monday. */
  public static final LocalDate START = LocalDate.of(2026, 1, 5);
  public static final long DEFAULT_SEED = 20260105L;

  private final long seed;
  private final int workers, applications, days;
  private Generated generated;

  public DemoOrganisation(long seed) {
    this(seed, 300, 3000, 90);
  }

  private DemoOrganisation(long seed, int workers, int applications, int days) {
    if (days < 20) throw new IllegalArgumentException("the window must be at least 20 days");
    this.seed = seed;
    this.workers = workers;
    this.applications = applications;
    this.days = days;
  }

  public DemoOrganisation workers(int n) {
    return new DemoOrganisation(seed, n, applications, days);
  }

  public DemoOrganisation applications(int n) {
    return new DemoOrganisation(seed, workers, n, days);
  }

  public DemoOrganisation days(int n) {
    return new DemoOrganisation(seed, workers, applications, n);
  }

  private record Generated(EventLog log, Map<String, Object> truth) {}

  private synchronized Generated generated() {
    if (generated == null) {
      SplittableRandom master = new SplittableRandom(seed);
      Population pop = new Population(master.split(), workers, days);
      Applicants apps = new Applicants(master.split(), pop, applications, days);
      EventLog log = new EventLog();
      apps.write(log);
      for (Person p : pop.people) {
        Roster.write(p, log);
        new WorkLife(p, master.split(), log, days).live();
      }
      generated = new Generated(log, Truth.of(seed, days, pop, apps));
    }
    return generated;
  }

  /** Writes {@code events.ndjson}, {@code context.json} and {@code truth.json} into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("events.ndjson")), 1 << 16)) {
      writeEvents(out);
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(dir.resolve("context.json").toFile(), DemoContext.of());
    json.writeValue(dir.resolve("truth.json").toFile(), generated().truth());
  }

  /** The events alone, sorted by time, one JSON object per line. */
  public void writeEvents(OutputStream out) throws IOException {
    generated().log().write(out);
  }

  /** How many events of each type the organisation produces. */
  public Map<String, Long> eventCounts() {
    return generated().log().countsByType();
  }

  /** The answer key as written to {@code truth.json}. */
  public Map<String, Object> truth() {
    return generated().truth();
  }

  /** The context file's content (corporate egress, sanctioned tools, landmarks, watchlists). */
  public static Map<String, Object> context() {
    return DemoContext.of();
  }

  /** {@code DemoOrganisation DIR [seed [workers [applications [days]]]]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: DemoOrganisation DIR [seed [workers [applications [days]]]]");
      System.exit(2);
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    DemoOrganisation org = new DemoOrganisation(seed);
    if (args.length > 2) org = org.workers(Integer.parseInt(args[2]));
    if (args.length > 3) org = org.applications(Integer.parseInt(args[3]));
    if (args.length > 4) org = org.days(Integer.parseInt(args[4]));
    long t0 = System.nanoTime();
    org.write(Path.of(args[0]));
    System.out.printf("wrote %s in %.1f s: %s%n", args[0], (System.nanoTime() - t0) / 1e9, org.eventCounts());
  }
}
