package io.daylight.flink.cli;

import io.daylight.core.score.ScoringPolicy;
import io.daylight.flink.CaseScoring;
import io.daylight.flink.DetectorSuite;
import io.daylight.flink.FlinkSettings;
import io.daylight.flink.KafkaDetectionJob;
import io.daylight.flink.PostgresUpserts;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code daylight submit}: sends the streaming detection job to a Flink cluster's JobManager. The
 * jar that holds this class (the Daylight application jar) is shipped with the job, so the
 * cluster needs no Daylight installation. See docs/scaling.md for topics and sizing.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Submit the streaming detection job to a Flink cluster reading and writing Kafka.")
public final class SubmitCommand implements Callable<Integer> {
  /**
   * Makes the job's detectors for a pseudonym key: the app's pseudonymises every line with it (as
   * serve stores them) and, with a store, checks the key against the one the store's data is under.
   */
  @FunctionalInterface
  public interface SuiteMaker {
    DetectorSuite make(Path pseudonymKey, String jdbcUrl, Properties connection) throws Exception;
  }

  private final SuiteMaker suites;

  @Spec CommandSpec spec;

  @Option(names = "--jobmanager", required = true, paramLabel = "HOST:PORT",
      description = "The JobManager's REST address (default port 8081).")
  String jobManager;

  @Option(names = "--kafka", required = true, paramLabel = "BOOTSTRAP", description = "Kafka bootstrap servers.")
  String kafka;

  @Option(names = "--events-topic", defaultValue = "daylight.events",
      description = "Contract-v1 NDJSON lines, keyed by subject (default: ${DEFAULT-VALUE}).")
  String eventsTopic;

  @Option(names = "--findings-topic", defaultValue = "daylight.findings", description = "Default: ${DEFAULT-VALUE}.")
  String findingsTopic;

  @Option(names = "--dead-letter-topic", defaultValue = "daylight.rejected",
      description = "Rejected and late lines (default: ${DEFAULT-VALUE}).")
  String deadLetterTopic;

  @Option(names = "--group-id", defaultValue = "daylight-detect", description = "Default: ${DEFAULT-VALUE}.")
  String groupId;

  @Option(names = "--parallelism", defaultValue = "0",
      description = "Job parallelism; 0 keeps the cluster's parallelism.default.")
  int parallelism;

  /**
   * Policy, not measurement: 10 minutes covers agents that batch their uploads for a few minutes;
   * set it to the slowest source's delivery delay. Timers fire this much after event time.
   */
  @Option(names = "--allowed-lateness", defaultValue = "PT10M",
      description = "How far behind the newest event an event may arrive (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration allowedLateness;

  @Option(names = "--checkpoint-interval", defaultValue = "PT1M",
      description = "Exactly-once checkpoint interval; findings become visible to read_committed "
          + "consumers at each checkpoint (default: ${DEFAULT-VALUE}).")
  Duration checkpointInterval;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "PostgreSQL for findings and cases (jdbc:postgresql://…); user and password from "
          + "DAYLIGHT_DB_USER and DAYLIGHT_DB_PASSWORD.")
  String db;

  @Option(names = "--pseudonym-key", required = true, paramLabel = "FILE",
      description = "The pseudonym key file serve uses (<data-dir>/pseudonym.key), at this path here and on every "
          + "TaskManager (mount it as a secret). Workers are pseudonymised before detection, so findings, cases "
          + "and the findings topic name no one.")
  Path pseudonymKey;

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "Calibration from daylight calibrate: measured ratios and dependence for the case scores.")
  Path calibration;

  @Option(names = "--jar", description = "The jar to ship (default: the jar this command runs from).")
  Path jar;

  public SubmitCommand(SuiteMaker suites) {
    this.suites = suites;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int colon = jobManager.lastIndexOf(':');
    if (colon <= 0) {
      spec.commandLine().getErr().println("--jobmanager must be HOST:PORT");
      return 2;
    }
    // The key (and the store's agreement with it) is checked before anything reaches the cluster.
    KafkaDetectionJob job;
    try {
      job = job();
    } catch (Exception e) {
      spec.commandLine().getErr().println("daylight submit: " + e.getMessage());
      return 2;
    }
    Configuration conf = FlinkSettings.checkpointed(checkpointInterval);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(
        jobManager.substring(0, colon), Integer.parseInt(jobManager.substring(colon + 1)), conf,
        shippedJar().toString());
    if (parallelism > 0) env.setParallelism(parallelism);
    job.build(env);
    JobClient client = env.executeAsync("daylight-detect");
    out.println("submitted job " + client.getJobID() + " to " + jobManager);
    return 0;
  }

  KafkaDetectionJob job() throws Exception {
    Properties dbProps = new Properties();
    if (db != null) {
      putIfSet(dbProps, "user", System.getenv("DAYLIGHT_DB_USER"));
      putIfSet(dbProps, "password", System.getenv("DAYLIGHT_DB_PASSWORD"));
    }
    DetectorSuite suite = suites.make(pseudonymKey, db, dbProps);
    return new KafkaDetectionJob(suite, allowedLateness.toMillis(),
        KafkaDetectionJob.eventsSource(kafka, eventsTopic, groupId, suite, false),
        KafkaDetectionJob.findingsSink(kafka, findingsTopic, groupId + "-findings"),
        KafkaDetectionJob.deadLetterSink(kafka, deadLetterTopic),
        ScoringPolicy.DEFAULT,
        db == null ? null : PostgresUpserts.findings(db, dbProps),
        db == null ? null : PostgresUpserts.cases(db, dbProps),
        db == null ? null : PostgresUpserts.identities(db, dbProps),
        db == null ? CaseScoring.SuppressionSource.NONE : suppressionsIn(db, dbProps))
        .calibrated(calibration == null ? io.daylight.core.score.Calibration.NONE
            : io.daylight.ingest.calibration.CalibrationFile.read(calibration));
  }

  /** Read by the case task when it starts, from the store serve's analysts decide in. */
  private static CaseScoring.SuppressionSource suppressionsIn(String db, Properties dbProps) {
    return () -> PostgresUpserts.suppressions(db, dbProps);
  }

  private Path shippedJar() throws URISyntaxException {
    if (jar != null) return jar;
    return Path.of(SubmitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static void putIfSet(Properties p, String k, String v) {
    if (v != null) p.setProperty(k, v);
  }
}
