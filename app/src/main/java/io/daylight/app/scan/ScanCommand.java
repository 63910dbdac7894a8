package io.daylight.app.scan;

import io.daylight.app.DetectorSet;
import io.daylight.app.ReferenceData;
import io.daylight.app.StandardSuite;
import io.daylight.flink.FlinkLocalScan;
import io.daylight.app.IntelOption;
import io.daylight.app.context.ContextFile;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.score.Calibration;
import io.daylight.core.score.CaseScorer;
import io.daylight.ingest.calibration.CalibrationFile;
import io.daylight.core.score.ScoringPolicy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "scan", description = {
    "Offline batch over contract-v1 NDJSON files: writes findings.ndjson (OCSF Detection Finding),",
    "cases.json and rejected.ndjson into --out. Needs no database.",
    "Exit 0 when the scan ran (even with rejected lines), 2 on unusable arguments or unreadable files."})
public final class ScanCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "NDJSON input files (contract v1)")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created if missing)")
  Path out;

  @Option(names = "--context", paramLabel = "FILE", description = "context file (YAML or JSON): corporate_egress, sanctioned_tools, landmarks, watchlists")
  Path context;

  @Option(names = "--prior", defaultValue = "0.001", description = "prior probability of fraud per subject (policy; default ${DEFAULT-VALUE})")
  double prior;

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "calibration from daylight calibrate: measured ratios replace the stated ones, measured dependence merges groups")
  Path calibration;

  /** Where detection runs. */
  enum Runtime { embedded, flink_local }

  @Option(names = "--runtime", defaultValue = "embedded", converter = RuntimeConverter.class,
      description = "embedded (default) or flink-local (the Flink job on an in-process MiniCluster: same findings)")
  Runtime runtime;

  @Option(names = "--parallelism", defaultValue = "2", description = "with --runtime flink-local (default ${DEFAULT-VALUE})")
  int parallelism;

  static final class RuntimeConverter implements picocli.CommandLine.ITypeConverter<Runtime> {
    @Override
    public Runtime convert(String v) {
      return Runtime.valueOf(v.replace('-', '_'));
    }
  }

  /** Extra copies of the findings in the shapes SIEMs ingest directly. */
  enum Export { splunk_hec, elastic_bulk }

  @Option(names = "--export", split = ",", paramLabel = "FORMAT", converter = ExportConverter.class,
      description = "also write findings as splunk-hec (findings.splunk-hec.json, HTTP Event Collector events) "
          + "and/or elastic-bulk (findings.elastic-bulk.ndjson, a _bulk request body into index daylight-findings)")
  List<Export> exports = List.of();

  static final class ExportConverter implements picocli.CommandLine.ITypeConverter<Export> {
    @Override
    public Export convert(String v) {
      return Export.valueOf(v.replace('-', '_'));
    }
  }

  @Mixin IntelOption intelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    for (Path f : files) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        err.println("daylight scan: cannot read input file: " + f);
        return 2;
      }
    }
    DeploymentContext ctx = DeploymentContext.EMPTY;
    if (context != null) {
      try {
        ctx = ContextFile.load(context);
      } catch (ContextFile.InvalidContextException e) {
        err.println("daylight scan: " + e.getMessage());
        return 2;
      } catch (java.io.IOException e) {
        err.println("daylight scan: cannot read context file " + context + ": " + e.getMessage());
        return 2;
      }
    }
    ScoringPolicy policy;
    try {
      policy = new ScoringPolicy(prior, ScoringPolicy.DEFAULT.highAt(), ScoringPolicy.DEFAULT.mediumAt(),
          ScoringPolicy.DEFAULT.maxLog10PerGroup());
    } catch (IllegalArgumentException e) {
      err.println("daylight scan: --prior: " + e.getMessage());
      return 2;
    }
    Calibration measured = Calibration.NONE;
    if (calibration != null) {
      try {
        measured = CalibrationFile.read(calibration);
      } catch (java.io.IOException e) {
        err.println("daylight scan: cannot use calibration: " + e.getMessage());
        return 2;
      }
    }
    try {
      Files.createDirectories(out);
    } catch (java.io.IOException e) {
      err.println("daylight scan: cannot create output directory " + out + ": " + e.getMessage());
      return 2;
    }
    ReferenceData intel = intelOption.load();
    BatchScan scan = new BatchScan(DetectorSet.standard(ctx, intel), new Enricher(intel.places()), new CaseScorer(policy, measured));
    BatchScan.Result result;
    try (ScanOutput.RejectedFile rejected = new ScanOutput.RejectedFile(out)) {
      if (runtime == Runtime.flink_local) {
        StandardSuite suite = new StandardSuite(context, intelOption.dir(), intelOption.none());
        FlinkLocalScan.Result flink = new FlinkLocalScan(suite, parallelism).run(files, rejected);
        result = scan.conclude(flink.findings(), WorkerRoster.read(files), flink.ingest());
      } else {
        result = scan.run(files, rejected);
      }
    }
    ScanOutput.writeFindings(out, result.findings());
    ScanOutput.writeCases(out, result.cases());
    ScanOutput.writeExports(out, result.findings(), exports.contains(Export.splunk_hec), exports.contains(Export.elastic_bulk));
    PrintWriter o = spec.commandLine().getOut();
    o.printf("daylight scan: %d lines, %d accepted, %d rejected, %d duplicate; %d findings, %d cases (%d high) -> %s%n",
        result.ingest().lines(), result.ingest().accepted(), result.ingest().rejected(), result.ingest().duplicates(),
        result.findings().size(), result.cases().size(),
        result.cases().stream().filter(c -> c.level() == io.daylight.core.score.Level.HIGH).count(), out);
    o.flush();
    return 0;
  }
}
