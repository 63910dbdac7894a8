package io.daylight.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.Main;
import io.daylight.app.scan.ScanCommandTestAccess;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CalibrateCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TRUTH = "{\"workers\": {\"w-vpn\": {\"fraud\": true}, \"w-home\": {\"fraud\": false},"
      + " \"w-trip\": {\"fraud\": false}}, \"applications\": {}}";

  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(out));
    return cl.execute(args);
  }

  @Test
  void aScanWithACalibrationFileCountsTheMeasuredRatioAndItsCaseSaysSo() throws IOException {
    Path in = tmp.resolve("events.ndjson");
    Files.write(in, ScanCommandTestAccess.scenario(), StandardCharsets.UTF_8);
    Path truth = tmp.resolve("truth.json");
    Files.writeString(truth, TRUTH);
    assertThat(run("scan", in.toString(), "--out", tmp.resolve("a").toString(), "--no-intel")).isZero();
    JsonNode before = JSON.readTree(tmp.resolve("a/cases.json").toFile()).get(0);
    assertThat(before.at("/reasons/0/ratio_source").asText()).isEqualTo("assumed");

    Path cal = tmp.resolve("calibration.json");
    assertThat(run("calibrate", "--findings", tmp.resolve("a/findings.ndjson").toString(), "--truth", truth.toString(),
        "--out", cal.toString())).isZero();
    assertThat(out.toString()).contains("1 fraudulent, 2 honest subjects; 1 bins measured");
    JsonNode bin = JSON.readTree(cal.toFile()).at("/ratios/0");
    assertThat(bin.get("detector").asText()).isEqualTo("location.endpoint-place");
    assertThat(bin.get("fraud_fired").asInt()).isEqualTo(1);
    assertThat(bin.get("honest_fired").asInt()).isEqualTo(0);
    assertThat(bin.get("honest_n").asInt()).isEqualTo(2);

    assertThat(run("scan", in.toString(), "--out", tmp.resolve("b").toString(), "--no-intel",
        "--calibration", cal.toString())).isZero();
    JsonNode after = JSON.readTree(tmp.resolve("b/cases.json").toFile()).get(0);
    assertThat(after.get("subject").asText()).isEqualTo("w-vpn");
    assertThat(after.at("/reasons/0/ratio_source").asText())
        .isEqualTo("measured on 3 cases (fired on 1 of 1 fraudulent, 0 of 2 honest)");
    double measured = Math.min(bin.get("ratio").asDouble(), 1e4); // the scorer caps a group at 10^4
    assertThat(after.at("/reasons/0/log10_likelihood_ratio").asDouble()).isCloseTo(Math.log10(measured), within(1e-9));
    assertThat(after.get("summary").asText()).contains("measured on 3 cases");
  }

  @Test
  void theReportPrintsRatiosAndPredictedAgainstObservedPerPosteriorBin() throws IOException {
    Path in = tmp.resolve("events.ndjson");
    Files.write(in, ScanCommandTestAccess.scenario(), StandardCharsets.UTF_8);
    Path truth = tmp.resolve("truth.json");
    Files.writeString(truth, TRUTH);
    assertThat(run("scan", in.toString(), "--out", tmp.resolve("a").toString(), "--no-intel")).isZero();

    assertThat(run("calibrate", "--findings", tmp.resolve("a/cases.json").toString(), "--truth", truth.toString(),
        "--out", tmp.resolve("c.json").toString(), "--report")).isZero();

    String report = out.toString();
    assertThat(report).contains("location.endpoint-place@").contains("1/1").contains("0/2");
    // the two honest workers have no case: posterior = prior 0.001, first bin; the impostor's stated
    // ratio 364 at prior 0.001 gives 0.267, the measured 414 gives 0.293
    assertThat(report).contains("[0.00, 0.01)        2       0      0.0010     0.0000");
    assertThat(report).contains("[0.20, 0.50)        1       1      0.2673     1.0000");
    assertThat(report).contains("[0.20, 0.50)        1       1      0.2930     1.0000");
  }

  @Test
  void refusesFindingsWithoutTheirAnswerKeyAndAnUnreadableCalibration() throws IOException {
    assertThat(run("calibrate", "--findings", tmp.resolve("f.ndjson").toString(), "--out", tmp.resolve("c.json").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--findings and --truth go together");
    Path in = tmp.resolve("events.ndjson");
    Files.write(in, ScanCommandTestAccess.scenario(), StandardCharsets.UTF_8);
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"something-else\"}");
    assertThat(run("scan", in.toString(), "--out", tmp.resolve("x").toString(), "--no-intel", "--calibration", bad.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("not daylight-calibration-1");
  }
}
