package io.daylight.app.privacy;

import io.daylight.app.DetectorSet;
import io.daylight.app.ReferenceData;
import io.daylight.app.context.ContextFile;
import io.daylight.app.scan.BatchScan;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Every standard detector over one events file of a written demo organisation; any rejected line fails. */
final class DemoScan {
  private DemoScan() {}

  static BatchScan.Result run(Path demoDir, ReferenceData intel, Path events) throws IOException {
    BatchScan scan;
    try {
      scan = new BatchScan(DetectorSet.standard(ContextFile.load(demoDir.resolve("context.json")), intel),
          new Enricher(intel.places()), new CaseScorer(ScoringPolicy.DEFAULT));
    } catch (ContextFile.InvalidContextException e) {
      throw new IllegalStateException(e);
    }
    return scan.run(List.of(events), rejection -> {
      throw new IllegalStateException("a transformed line was rejected: " + rejection.reason());
    });
  }
}
