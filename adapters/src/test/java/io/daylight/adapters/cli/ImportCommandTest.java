package io.daylight.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.adapters.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new ImportCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path fixture(String name) throws IOException {
    Path p = tmp.resolve(name);
    try (InputStream in = ImportCommandTest.class.getResourceAsStream("/fixtures/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void imports_an_okta_export_and_reports_counts_rejections_and_skips() throws IOException {
    Path events = tmp.resolve("events.ndjson");
    int code = run("okta", fixture("okta-system-log.json").toString(), "--out", events.toString(),
        "--mapping", fixture("subjects-mapping.yaml").toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(events);
    assertThat(lines).hasSize(11);
    assertThat(Contract.JSON.readTree(lines.get(0)).path("subject").asText()).isEqualTo("w-1042");
    assertThat(out.toString()).contains("12 records, 11 events, 0 rejected, 1 skipped")
        .contains("skipped 1: okta eventType group.user_membership.add is not a sign-in");
    assertThat(tmp.resolve("events.ndjson.rejected.ndjson")).exists();
  }

  @Test
  void writes_rejected_records_with_line_source_reason_and_raw() throws IOException {
    Path events = tmp.resolve("git.ndjson");
    Path rejected = tmp.resolve("rej.ndjson");
    int code = run("git", fixture("git-log.tsv").toString(), "--out", events.toString(), "--rejected", rejected.toString(),
        "--mapping", fixture("subjects-mapping.yaml").toString());
    assertThat(code).isZero();
    List<String> rej = Files.readAllLines(rejected);
    assertThat(rej).hasSize(1);
    var r = Contract.JSON.readTree(rej.get(0));
    assertThat(r.path("line").asInt()).isEqualTo(7);
    assertThat(r.path("source").asText()).endsWith("git-log.tsv");
    assertThat(r.path("reason").asText()).startsWith("git: no worker mapped");
    assertThat(r.path("raw").asText()).contains("dependabot");
  }

  @Test
  void exits_2_on_an_unknown_format_a_csv_without_mapping_and_a_missing_file() throws IOException {
    Path any = fixture("git-log.tsv");
    assertThat(run("workday", any.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown import format 'workday'");
    assertThat(run("csv", any.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("csv mapping needs 'type'");
    assertThat(run("okta", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read input file");
  }
}
