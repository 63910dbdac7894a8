package io.daylight.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.location.EndpointPlaceDetector;
import io.daylight.core.context.DeploymentContext;
import io.daylight.flink.DetectorSuite;
import io.daylight.flink.FlinkSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubmitCommandTest {
  static final DetectorSuite SUITE = () -> List.of(new EndpointPlaceDetector(DeploymentContext.EMPTY));

  @Test
  void the_submitted_job_reads_events_and_writes_findings_dead_letters_and_the_store() throws Exception {
    java.util.List<Object> made = new java.util.ArrayList<>();
    SubmitCommand cmd = new SubmitCommand((key, db, props) -> {
      made.add(key);
      made.add(db);
      return SUITE;
    });
    new CommandLine(cmd).parseArgs("--jobmanager", "flink-jm:8081", "--kafka", "kafka:9092",
        "--events-topic", "ev", "--db", "jdbc:postgresql://db/daylight", "--parallelism", "4",
        "--pseudonym-key", "/run/secrets/pseudonym.key");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.base());
    cmd.job().build(env);
    String plan = env.getExecutionPlan();
    assertThat(plan).contains("events", "detectors", "findings", "dead-letters", "finding-store", "cases", "case-store",
        "identity-store");
    assertThat(made).containsExactly(java.nio.file.Path.of("/run/secrets/pseudonym.key"), "jdbc:postgresql://db/daylight");
    assertThat(cmd.allowedLateness.toMinutes()).isEqualTo(10);
    assertThat(cmd.findingsTopic).isEqualTo("daylight.findings");
  }

  @Test
  void a_jobmanager_without_a_port_is_refused_with_exit_code_2() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SubmitCommand((k, d, p) -> SUITE)).setErr(new PrintWriter(err));
    assertThat(cl.execute("--jobmanager", "flink-jm", "--kafka", "kafka:9092", "--pseudonym-key", "k")).isEqualTo(2);
    assertThat(err.toString()).contains("HOST:PORT");
  }

  @Test
  void without_a_pseudonym_key_nothing_is_submitted() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SubmitCommand((k, d, p) -> SUITE)).setErr(new PrintWriter(err));
    assertThat(cl.execute("--jobmanager", "flink-jm:8081", "--kafka", "kafka:9092")).isEqualTo(2);
    assertThat(err.toString()).contains("--pseudonym-key");
  }

  @Test
  void a_key_the_suite_refuses_is_reported_with_exit_code_2() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SubmitCommand((k, d, p) -> {
      throw new IllegalStateException("the pseudonym key given has id abc, but the stored data is under key def");
    })).setErr(new PrintWriter(err));
    assertThat(cl.execute("--jobmanager", "flink-jm:8081", "--kafka", "kafka:9092", "--pseudonym-key", "k")).isEqualTo(2);
    assertThat(err.toString()).contains("stored data is under key def");
  }
}
