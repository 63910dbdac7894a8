package io.daylight.app;

import io.daylight.app.context.ContextFile;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.event.Event;
import io.daylight.app.privacy.StoredForm;
import io.daylight.flink.DetectorSuite;
import io.daylight.flink.LineForm;
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
  /** The pseudonym key file as the TaskManagers see it; null detects on lines as received (the batch scan). */
  private final String pseudonymKey;
  private transient ReferenceData intel;

  /**
   * @param context the context file, or null
   * @param intelDir an explicit intel directory, or null for the default
   * @param noIntel run without reference data
   */
  public StandardSuite(Path context, Path intelDir, boolean noIntel) throws IOException {
    this(context, intelDir, noIntel, null);
  }

  /** @param pseudonymKey the key file each task reads to keep lines in serve's stored form, or null */
  public StandardSuite(Path context, Path intelDir, boolean noIntel, Path pseudonymKey) throws IOException {
    this.contextText = context == null ? null : Files.readString(context);
    this.intelDir = intelDir == null ? null : intelDir.toString();
    this.noIntel = noIntel;
    this.pseudonymKey = pseudonymKey == null ? null : pseudonymKey.toAbsolutePath().toString();
  }

  /**
   * For {@code daylight submit}: the context named by $DAYLIGHT_CONTEXT, the default intel, and the
   * pseudonym key. The key is read here first, so a missing or malformed file stops the submission
   * instead of failing every task; with a store, it must be the key the store's data is under
   * (as serve checks at start), and an empty store adopts it.
   */
  public static StandardSuite forSubmit(Path pseudonymKey, String jdbcUrl, java.util.Properties connection)
      throws IOException {
    io.daylight.core.privacy.Pseudonyms key = io.daylight.app.privacy.PseudonymKey.load(pseudonymKey);
    if (jdbcUrl != null) {
      org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
      ds.setURL(jdbcUrl);
      if (connection.getProperty("user") != null) ds.setUser(connection.getProperty("user"));
      if (connection.getProperty("password") != null) ds.setPassword(connection.getProperty("password"));
      new io.daylight.store.Identities(ds).adopt(key.keyId());
    }
    String ctx = System.getenv("DAYLIGHT_CONTEXT");
    try {
      return new StandardSuite(ctx == null ? null : Path.of(ctx), null, false, pseudonymKey);
    } catch (IOException e) {
      throw new IOException("cannot read $DAYLIGHT_CONTEXT " + ctx + ": " + e.getMessage(), e);
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

  /** Serve's stored form: minimised, the worker under the key's pseudonym. */
  @Override
  public LineForm lineForm() {
    if (pseudonymKey == null) return null;
    io.daylight.core.privacy.Pseudonyms key;
    try {
      key = io.daylight.app.privacy.PseudonymKey.load(Path.of(pseudonymKey));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("pseudonym key on this TaskManager: " + e.getMessage(), e);
    }
    StoredForm form = new StoredForm(key, intel().tools());
    return new LineForm() {
      @Override
      public Kept of(Event e, byte[] raw) {
        return kept(form.of(e, raw));
      }

      @Override
      public Kept ofRejected(byte[] kept) {
        return kept(form.ofRejected(new String(kept, java.nio.charset.StandardCharsets.UTF_8)));
      }

      private Kept kept(StoredForm.Stored s) {
        return new Kept(s.line().getBytes(java.nio.charset.StandardCharsets.UTF_8), s.pseudonym(), s.subject(),
            s.pseudonym() == null ? null : key.keyId());
      }
    };
  }

  @Override
  public UnaryOperator<Event> enricher() {
    return new Enricher(intel().places())::enrich;
  }
}
