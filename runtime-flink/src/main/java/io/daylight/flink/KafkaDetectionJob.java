package io.daylight.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.core.detect.Finding;
import io.daylight.core.score.Case;
import io.daylight.core.score.Calibration;
import io.daylight.core.score.ScoringPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.flink.util.Collector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The streaming job: events topic → detectors → findings topic, and findings → cases → PostgreSQL.
 * Like the flink-training jobs, it takes its source and sinks through the constructor; the
 * factory methods below build the production Kafka ones, and tests pass their own.
 *
 * <p>Exactly-once: with checkpointing on, the Kafka source commits offsets with the checkpoint,
 * detector and case state are in the checkpoint, and the findings sink writes in Kafka
 * transactions committed with it, so a consumer reading {@code read_committed} sees every finding
 * once across failures. The PostgreSQL sinks are at-least-once but upsert by uid and by case key,
 * which makes a replay invisible.
 */
public final class KafkaDetectionJob {
  private final DetectorSuite suite;
  private final long allowedLatenessMs;
  private final Source<Routed, ?, ?> events;
  private final Sink<Finding> findings;
  private final Sink<String> deadLetters;
  private final ScoringPolicy policy;
  private final Sink<Finding> findingStore;
  private final Sink<Case> caseStore;
  private final Sink<Routed> identityStore;
  private Calibration calibration = Calibration.NONE;
  private final CaseScoring.SuppressionSource suppressions;

  /**
   * @param events routed lines (see {@link #eventsSource})
   * @param findings every finding (see {@link #findingsSink})
   * @param deadLetters rejected and late lines, as contract rejected.ndjson objects
   * @param findingStore and {@code caseStore}: the PostgreSQL upserts, or both null for none
   */
  public KafkaDetectionJob(DetectorSuite suite, long allowedLatenessMs, Source<Routed, ?, ?> events,
                           Sink<Finding> findings, Sink<String> deadLetters, ScoringPolicy policy,
                           Sink<Finding> findingStore, Sink<Case> caseStore) {
    this(suite, allowedLatenessMs, events, findings, deadLetters, policy, findingStore, caseStore, null);
  }

  /**
   * @param identityStore where pseudonyms and their worker ids go (see {@link PostgresUpserts#identities}),
   *     or null; required with a store when the suite pseudonymises, or no case could be re-identified
   */
  public KafkaDetectionJob(DetectorSuite suite, long allowedLatenessMs, Source<Routed, ?, ?> events,
                           Sink<Finding> findings, Sink<String> deadLetters, ScoringPolicy policy,
                           Sink<Finding> findingStore, Sink<Case> caseStore, Sink<Routed> identityStore) {
    this(suite, allowedLatenessMs, events, findings, deadLetters, policy, findingStore, caseStore, identityStore,
        CaseScoring.SuppressionSource.NONE);
  }

  /**
   * @param suppressions analysts' benign decisions (serve records them), read when the case task
   *     starts or restores
   */
  public KafkaDetectionJob(DetectorSuite suite, long allowedLatenessMs, Source<Routed, ?, ?> events,
                           Sink<Finding> findings, Sink<String> deadLetters, ScoringPolicy policy,
                           Sink<Finding> findingStore, Sink<Case> caseStore, Sink<Routed> identityStore,
                           CaseScoring.SuppressionSource suppressions) {
    if ((findingStore == null) != (caseStore == null)) throw new IllegalArgumentException("both stores or neither");
    if (identityStore != null && findingStore == null) throw new IllegalArgumentException("identities need the store");
    this.identityStore = identityStore;
    this.suite = suite;
    this.allowedLatenessMs = allowedLatenessMs;
    this.events = events;
    this.findings = findings;
    this.deadLetters = deadLetters;
    this.policy = policy;
    this.findingStore = findingStore;
    this.caseStore = caseStore;
    this.suppressions = java.util.Objects.requireNonNull(suppressions, "suppressions");
  }

  /** Scores cases with measured ratios and dependence (daylight calibrate); before {@link #build}. */
  public KafkaDetectionJob calibrated(Calibration measured) {
    this.calibration = measured;
    return this;
  }

  /** Adds the job to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    DataStream<Routed> routed = env.fromSource(events,
            DetectionPipeline.watermarks(allowedLatenessMs).withIdleness(IDLE_PARTITION), "events")
        .uid("events-source");
    DetectionPipeline.Streams out = DetectionPipeline.detect(routed, suite);
    out.findings().sinkTo(findings).name("findings").uid("findings-sink");
    String lateReason = "arrived behind the watermark (allowed lateness " + allowedLatenessMs + " ms)";
    out.rejected().map(r -> deadLetter(r, r.key())).returns(Types.STRING)
        .union(out.late().map(r -> deadLetter(r, lateReason)).returns(Types.STRING))
        .sinkTo(deadLetters).name("dead-letters").uid("dead-letters-sink");
    if (findingStore == null) return;
    // One case book for the job (one key): a finding about an applicant cluster can move evidence
    // into the case of the worker its application hired, which lives under another subject.
    var cases = out.findings().filter(f -> f.kind().formsCase()).keyBy(f -> CaseScoring.KEY, Types.STRING)
        .connect(out.roster().keyBy(r -> CaseScoring.KEY, Types.STRING))
        .process(new CaseScoring(policy, calibration, suppressions)).returns(TypeInformation.of(Case.class)).name("cases").uid("cases");
    cases.sinkTo(caseStore).name("case-store").uid("case-store");
    out.findings().union(cases.getSideOutput(CaseScoring.AGENCY_FINDINGS))
        .sinkTo(findingStore).name("finding-store").uid("finding-store");
    if (identityStore == null) return;
    out.identities().keyBy(Routed::key, Types.STRING).process(new FirstSighting())
        .returns(TypeInformation.of(Routed.class)).name("identities").uid("identities")
        .sinkTo(identityStore).name("identity-store").uid("identity-store");
  }

  /** Each pseudonym once per job (it stands for one worker id under one key), not once per event. */
  static final class FirstSighting extends KeyedProcessFunction<String, Routed, Routed> {
    private transient ValueState<Boolean> seen;

    @Override
    public void open(OpenContext openContext) {
      seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
    }

    @Override
    public void processElement(Routed r, Context ctx, Collector<Routed> out) throws Exception {
      if (seen.value() != null) return;
      seen.update(Boolean.TRUE);
      out.collect(r);
    }
  }

  /**
   * A partition with no traffic for this long stops holding the watermark back. One minute: well
   * above the per-worker event gap under load, short enough that timers are not held for long by a
   * quiet partition (a policy choice, not a measurement).
   */
  static final Duration IDLE_PARTITION = Duration.ofMinutes(1);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The contract's rejected.ndjson shape; the source is the topic, the line number unknown (0). */
  static String deadLetter(Routed r, String reason) {
    ObjectNode o = JSON.createObjectNode();
    o.put("line", 0);
    o.put("source", "kafka");
    o.put("reason", reason);
    o.put("raw", new String(r.line(), StandardCharsets.UTF_8));
    return o.toString();
  }

  /** The events topic, read from the earliest offset the first time the group runs. */
  public static KafkaSource<Routed> eventsSource(String bootstrap, String topic, String groupId, DetectorSuite suite,
                                                 boolean bounded) {
    var b = KafkaSource.<Routed>builder()
        .setBootstrapServers(bootstrap)
        .setTopics(topic)
        .setGroupId(groupId)
        .setStartingOffsets(OffsetsInitializer.committedOffsets(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
        .setDeserializer(new RoutingDeserializer(suite))
        // Read only what producers committed, so a producer's aborted batch is never detected on.
        .setProperty("isolation.level", "read_committed");
    if (bounded) b.setBounded(OffsetsInitializer.latest());
    return b.build();
  }

  /** Findings keyed by subject, in Kafka transactions committed with each checkpoint. */
  public static KafkaSink<Finding> findingsSink(String bootstrap, String topic, String transactionalIdPrefix) {
    return KafkaSink.<Finding>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer((KafkaRecordSerializationSchema<Finding>) (f, ctx, ts) ->
            new ProducerRecord<>(topic, null, f.time(), f.subject().getBytes(StandardCharsets.UTF_8), FindingJson.write(f)))
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(transactionalIdPrefix)
        // Must exceed the checkpoint interval plus a restart; the broker caps it at
        // transaction.max.timeout.ms (15 min by default).
        .setProperty("transaction.timeout.ms", String.valueOf(Duration.ofMinutes(15).toMillis()))
        .build();
  }

  /** Dead letters (rejected and late lines), at least once: each is a report, not a result. */
  public static KafkaSink<String> deadLetterSink(String bootstrap, String topic) {
    return KafkaSink.<String>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer((KafkaRecordSerializationSchema<String>) (s, ctx, ts) ->
            new ProducerRecord<>(topic, s.getBytes(StandardCharsets.UTF_8)))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }
}
