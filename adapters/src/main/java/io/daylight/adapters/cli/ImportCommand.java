package io.daylight.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.ImportStats;
import io.daylight.adapters.Importer;
import io.daylight.adapters.Importers;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.git.GitLogImporter;
import io.daylight.ingest.Rejection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = {
    "Converts vendor exports to contract-v1 NDJSON that scan and serve read.",
    "FORMAT: okta, entra, gworkspace, osquery, greenhouse, csv, git (see docs/ingest.md).",
    "Records that cannot be converted go to --rejected with a reason; records of kinds the contract",
    "has no type for are counted as skipped. Exit 0 when the import ran (even with rejections),",
    "2 on unusable arguments, an unknown format, a bad mapping file or unreadable files."})
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FORMAT", description = "okta, entra, gworkspace, osquery, greenhouse, csv, git")
  String format;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "vendor export files (git: also a repository directory)")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "contract-v1 NDJSON output (overwritten)")
  Path out;

  @Option(names = "--mapping", paramLabel = "FILE", description = "mapping file (YAML or JSON): subjects, and the csv column mapping")
  Path mappingFile;

  @Option(names = "--rejected", paramLabel = "FILE", description = "rejected records as NDJSON {line, source, reason, raw} (default: <out>.rejected.ndjson)")
  Path rejectedFile;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Mapping mapping = Mapping.NONE;
    if (mappingFile != null) {
      try {
        mapping = Mapping.load(mappingFile);
      } catch (IOException e) {
        err.println("daylight import: cannot read mapping file " + mappingFile + ": " + e.getMessage());
        return 2;
      }
    }
    Importer importer;
    try {
      importer = Importers.forFormat(format, mapping);
    } catch (IllegalArgumentException e) {
      err.println("daylight import: " + e.getMessage());
      return 2;
    }
    for (Path f : files) {
      boolean repo = importer instanceof GitLogImporter && Files.isDirectory(f);
      if (!repo && (!Files.isRegularFile(f) || !Files.isReadable(f))) {
        err.println("daylight import: cannot read input file: " + f);
        return 2;
      }
    }
    Path rejectedPath = rejectedFile != null ? rejectedFile : out.resolveSibling(out.getFileName() + ".rejected.ndjson");
    Map<String, Long> skipped = new TreeMap<>();
    ImportStats total = ImportStats.ZERO;
    try (Writer events = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
         BufferedWriter rejected = Files.newBufferedWriter(rejectedPath, StandardCharsets.UTF_8)) {
      ImportSink sink = new FileSink(events, rejected, skipped);
      for (Path f : files) {
        if (importer instanceof GitLogImporter git && Files.isDirectory(f)) {
          total = total.plus(git.convertRepository(f, sink));
        } else {
          try (InputStream in = Files.newInputStream(f)) {
            total = total.plus(importer.convert(in, f.toString(), sink));
          }
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("daylight import %s: %d records, %d events, %d rejected, %d skipped -> %s%n", importer.format(),
        total.records(), total.events(), total.rejected(), total.skipped(), out);
    if (total.rejected() > 0) o.printf("  rejected records with reasons: %s%n", rejectedPath);
    skipped.forEach((reason, n) -> o.printf("  skipped %d: %s%n", n, reason));
    o.flush();
    return 0;
  }

  /** Writes events and rejections as NDJSON, counting skips by reason. */
  private record FileSink(Writer events, Writer rejected, Map<String, Long> skipped) implements ImportSink {
    @Override public void event(ObjectNode event) {
      write(events, event.toString());
    }

    @Override public void rejected(Rejection r) {
      ObjectNode o = Contract.JSON.createObjectNode();
      o.put("line", r.line());
      o.put("source", r.source());
      o.put("reason", r.reason());
      o.put("raw", r.raw());
      write(rejected, o.toString());
    }

    @Override public void skipped(String reason) {
      skipped.merge(reason, 1L, Long::sum);
    }

    private static void write(Writer w, String line) {
      try {
        w.write(line);
        w.write('\n');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
