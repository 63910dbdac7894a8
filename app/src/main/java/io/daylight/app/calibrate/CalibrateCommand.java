package io.daylight.app.calibrate;

import io.daylight.app.security.StoreOptions;
import io.daylight.core.detect.Finding;
import io.daylight.core.score.Calibration;
import io.daylight.core.score.CalibrationFit;
import io.daylight.core.score.LabelledSubject;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.ingest.calibration.CalibrationFile;
import io.daylight.store.CaseStore;
import io.daylight.store.Database;
import io.daylight.store.FindingStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", description = {
    "Measures each detector's likelihood ratio (per ratio tier) and the dependence between groups from labelled",
    "outcomes, and writes a calibration file for scan, serve and submit (--calibration FILE).",
    "Labels: --findings (findings.ndjson or cases.json of daylight scan) with --truth (the scenario's answer key),",
    "or the analysts' decisions in the serve store (--db URL, or --decisions for the embedded store):",
    "confirmed = fraud, benign = honest. Decided cases are a biased sample (only flagged cases are decided);",
    "the heavier default prior for them keeps a few decisions from moving a ratio far.",
    "--report prints the fitted ratios, the co-firing pairs and a reliability table (predicted posterior",
    "against observed fraud rate per posterior bin).",
    "Exit 0 on success, 2 on unusable arguments or unreadable files."})
public final class CalibrateCommand implements Callable<Integer> {
  @Option(names = "--findings", paramLabel = "FILE", description = "findings.ndjson or cases.json from daylight scan")
  Path findings;

  @Option(names = "--truth", paramLabel = "FILE",
      description = "answer key: {\"workers\": {id: {\"fraud\": bool}}, \"applications\": {…}} or the demo's truth.json")
  Path truth;

  @Option(names = "--events", paramLabel = "FILE", arity = "1..*",
      description = "the scan's input files: applications the answer key leaves out count as honest when it says so")
  List<Path> events = List.of();

  @Option(names = "--decisions", description = "use the analysts' decisions in the embedded store (--data-dir)")
  boolean decisions;

  @Mixin StoreOptions store;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the calibration (JSON)")
  Path out;

  @Option(names = "--prior-weight", paramLabel = "FIRINGS",
      description = "pseudo-firings per arm that the stated ratio is worth (default 4 for labelled files, 16 for decisions)")
  Double priorWeight;

  @Option(names = "--report", description = "print ratios, co-firing pairs and the reliability table")
  boolean report;

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "with --report: check this calibration (fitted elsewhere, e.g. on another seed) instead of the one fitted here")
  Path evaluate;

  @Option(names = "--prior", defaultValue = "0.001",
      description = "with --report: prior probability of fraud per subject, as given to scan (default ${DEFAULT-VALUE})")
  double prior;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    boolean labelled = truth != null || findings != null;
    if (labelled && (truth == null || findings == null)) {
      err.println("daylight calibrate: --findings and --truth go together");
      return 2;
    }
    if (!labelled && !decisions && !store.external()) {
      err.println("daylight calibrate: give --findings and --truth, or --db (or --decisions for the embedded store)");
      return 2;
    }
    if (out == null && !(report && evaluate != null)) {
      err.println("daylight calibrate: --out FILE is required (or --report with --calibration to check one)");
      return 2;
    }
    try {
      List<Finding> found;
      Map<String, Boolean> labels = null;
      List<LabelledSubject> subjects;
      String origin;
      double weight;
      if (labelled) {
        Labels l = Labels.read(truth);
        int unlisted = l.addUnlisted(events);
        labels = l.fraud();
        found = LabelledFindings.read(findings);
        subjects = LabelledFindings.subjects(found, labels);
        origin = "labelled file " + truth.getFileName() + " with " + findings.getFileName()
            + (unlisted > 0 ? " (" + unlisted + " unlisted applications as honest)" : "");
        weight = priorWeight != null ? priorWeight : CalibrationFit.PRIOR_FIRINGS;
      } else {
        subjects = fromDecisions();
        found = List.of();
        origin = "analyst decisions (confirmed = fraud, benign = honest; a sample biased toward flagged cases)";
        weight = priorWeight != null ? priorWeight : CalibrationFit.DECISIONS_PRIOR_FIRINGS;
      }
      Calibration fitted = CalibrationFit.fit(subjects, weight, origin);
      if (out != null) CalibrationFile.write(fitted, out);
      long measured = fitted.ratios().values().stream().filter(Calibration.BinRatio::measured).count();
      long merged = fitted.pairs().stream().filter(Calibration.GroupPair::dependent).count();
      o.printf(Locale.ROOT, "daylight calibrate: %d fraudulent, %d honest subjects; %d bins measured; %d dependent group pairs%s%n",
          fitted.fraudSubjects(), fitted.honestSubjects(), measured, merged, out == null ? "" : " -> " + out);
      if (report) {
        Calibration checked = evaluate != null ? CalibrationFile.read(evaluate) : fitted;
        o.print(CalibrationReport.ratios(fitted));
        o.print(CalibrationReport.pairs(fitted));
        if (labels != null) {
          o.print(CalibrationReport.reliability(found, labels, checked,
              evaluate != null ? "held out: " + evaluate.getFileName() : "in-sample: fitted on these subjects, so optimistic",
              new ScoringPolicy(prior, ScoringPolicy.DEFAULT.highAt(), ScoringPolicy.DEFAULT.mediumAt(),
                  ScoringPolicy.DEFAULT.maxLog10PerGroup())));
        } else {
          o.println("reliability: needs labelled scenario output (--findings with --truth); decisions are no random sample");
        }
      }
      o.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("daylight calibrate: " + e.getMessage());
      return 2;
    }
  }

  private List<LabelledSubject> fromDecisions() {
    List<LabelledSubject> out = new ArrayList<>();
    try (Database db = store.open()) {
      FindingStore fs = new FindingStore(db.dataSource());
      for (CaseStore.Decided d : new CaseStore(db.dataSource()).decided()) {
        out.add(new LabelledSubject(Labels.key(d.kind(), d.subject()), d.kind(), d.confirmed(), fs.bySubject(d.kind(), d.subject())));
      }
    }
    return out;
  }
}
