package io.daylight.app.accuracy;

import io.daylight.demo.DemoOrganisation;
import io.daylight.population.FieldPopulation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The population models the accuracy report runs. {@code demo} was written beside the detectors
 * (its scores flatter them); {@code field} is independent: written from public reporting on
 * IT-worker schemes and honest remote work, it imports nothing of Daylight.
 */
public enum Model {
  DEMO("io.daylight.demo.DemoOrganisation", "written beside the detectors (docs/demo-organisation.md)"),
  FIELD("io.daylight.population.FieldPopulation", "independent: written from public reporting, imports nothing of Daylight");

  private final String generator;
  private final String provenance;

  Model(String generator, String provenance) {
    this.generator = generator;
    this.provenance = provenance;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String generator() {
    return generator;
  }

  public String provenance() {
    return provenance;
  }

  /** Writes events.ndjson, context.json and truth.json for {@code seed} into {@code dir}. */
  public void write(long seed, Size size, Path dir) throws IOException {
    switch (this) {
      case DEMO -> new DemoOrganisation(seed).workers(size.workers()).applications(size.applications()).days(size.days()).write(dir);
      case FIELD -> new FieldPopulation(seed).workers(size.workers()).applications(size.applications()).days(size.days()).write(dir);
    }
  }

  /** The population's size. */
  public record Size(int workers, int applications, int days) {}

  /** The size the held-out measurement used for the field model (400 workers, 3,000 applications, 90 days), and the demo's own. */
  public Size defaultSize() {
    return this == DEMO ? new Size(300, 3000, 90) : new Size(400, 3000, 90);
  }
}
