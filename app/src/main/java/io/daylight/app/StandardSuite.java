package io.daylight.app;

import io.daylight.app.context.ContextFile;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.event.Event;
import io.daylight.flink.DetectorSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Daylight's detectors as Flink ships them to each task: the context travels as its text, the
 * reference data is loaded on the task from its own intel directory (run scripts/fetch-intel.sh on
 * every TaskManager, or use none). The order of {@link #detectors()} is fixed: a detector's
 * position is part of its state key.
 */
public final class StandardSuite implements DetectorSuite {
  private static final long serialVersionUID = 1L;
  private final String contextText;
  private final String intelDir;
  private final boolean noIntel;
  private transient ReferenceData intel;

  /**
   * @param context the context file, or null
   * @param intelDir an explicit intel directory, or null for the default
   * @param noIntel run without reference data
   */
  public StandardSuite(Path context, Path intelDir, boolean noIntel) throws IOException {
    this.contextText = context == null ? null : Files.readString(context);
    this.intelDir = intelDir == null ? null : intelDir.toString();
    this.noIntel = noIntel;
  }

  /** For {@code daylight submit}: the context named by $DAYLIGHT_CONTEXT, the default intel. */
  public static StandardSuite fromEnvironment() {
    String ctx = System.getenv("DAYLIGHT_CONTEXT");
    try {
      return new StandardSuite(ctx == null ? null : Path.of(ctx), null, false);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read $DAYLIGHT_CONTEXT " + ctx + ": " + e.getMessage(), e);
    }
  }

  private ReferenceData intel() {
    if (intel == null) {
      intel = noIntel ? ReferenceData.none() : IntelLoader.load(intelDir == null ? null : Path.of(intelDir));
    }
    return intel;
  }

  @Override
  public List<Detector<?>> detectors() {
    DeploymentContext ctx = DeploymentContext.EMPTY;
    if (contextText != null) {
      try {
        ctx = ContextFile.parse(contextText, Path.of("context"));
      } catch (IOException | ContextFile.InvalidContextException e) {
        throw new IllegalStateException("context: " + e.getMessage(), e);
      }
    }
    return DetectorSet.standard(ctx, intel());
  }

  @Override
  public UnaryOperator<Event> enricher() {
    return new Enricher(intel().places())::enrich;
  }
}
