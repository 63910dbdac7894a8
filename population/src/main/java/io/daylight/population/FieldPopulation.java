package io.daylight.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A second population model for measuring Daylight's accuracy on people it was not written beside:
 * a remote workforce and its applicants over a window of days, written as contract-v1 events with
 * an answer key. It is written from public reporting on IT-worker schemes (indictments, vendor and
 * government advisories) and on how honest remote workers, recruiters and payroll really behave —
 * never from detector code: this module imports nothing of Daylight ({@code IndependenceTest}).
 *
 * <pre>{@code new FieldPopulation(7).workers(400).applications(3000).days(90).write(dir);}</pre>
 *
 * <p>Writes {@code events.ndjson} (time-ordered contract lines), {@code context.json} (the
 * organisation's landmarks, corporate egress, sanctioned tools) and {@code truth.json} (see
 * {@link Truth}: per worker and per application, fraud or honest, the behaviour class, the
 * difficulty and the traits).
 */
public final class FieldPopulation {
  /** First day of the window, a Monday. */
  public static final LocalDate START = LocalDate.of(2026, 3, 2);

  private final long seed;
  private final int workers, applications, days;

  public FieldPopulation(long seed) {
    this(seed, 400, 3000, 90);
  }

  private FieldPopulation(long seed, int workers, int applications, int days) {
    if (days < 30) throw new IllegalArgumentException("the window must be at least 30 days");
    this.seed = seed;
    this.workers = workers;
    this.applications = applications;
    this.days = days;
  }

  public FieldPopulation workers(int n) {
    return new FieldPopulation(seed, n, applications, days);
  }

  public FieldPopulation applications(int n) {
    return new FieldPopulation(seed, workers, n, days);
  }

  public FieldPopulation days(int n) {
    return new FieldPopulation(seed, workers, applications, n);
  }

  /** Writes {@code events.ndjson}, {@code context.json} and {@code truth.json} into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom master = new SplittableRandom(seed);
    Events events = new Events();
    Truth truth = new Truth("io.daylight.population.FieldPopulation", seed, START, days);
    Workforce workforce = new Workforce(master.split(), workers, days);
    List<Hire> hires = workforce.hires();
    new Applications(master.split(), hires, applications, days).write(events, truth);
    workforce.write(events, truth);
    events.write(dir.resolve("events.ndjson"));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(dir.resolve("context.json").toFile(), workforce.context());
    truth.write(dir.resolve("truth.json"));
  }
}
