package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.daylight.runtime.EmbeddedRuntime;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The streaming job against an in-JVM Kafka broker: contract lines in, findings and dead letters out. */
@Tag("e2e")
class KafkaEndToEndTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  /** One day: the scenario's neighbour swaps are hours apart, so nothing is late in either runtime. */
  static final long LATENESS = 86_400_000L;

  static KafkaClusterTestKit kafka;
  static TestPostgres pg;

  @BeforeAll
  static void startKafka() throws Exception {
    pg = TestPostgres.start();
    pg.createStoreTables();
    kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) kafka.close();
    if (pg != null) pg.close();
  }

  @Test
  void findings_from_kafka_equal_the_embedded_runtimes_and_bad_lines_reach_the_dead_letter_topic() throws Exception {
    Topics t = Topics.create();
    Path scenario = Runtimes.scenario("mixed.ndjson");
    publish(scenario, t.events);
    run(EmbeddedFlinkEquivalenceTest.EVERY_DETECTOR, t, Duration.ofSeconds(1), false);

    assertThat(readFindings(t.findings)).containsExactlyInAnyOrderElementsOf(embedded(scenario));
    assertThat(readStrings(t.deadLetters)).singleElement().asString()
        .contains("\"source\":\"kafka\"").contains("\"reason\":\"rtt needs landmark").contains("\\\"subject\\\":\\\"w-2\\\"");
  }

  /**
   * Crashes its task once, at its 100th event (about half the input): a killed TaskManager as the job sees it. Routing
   * runs inside the Kafka source, so pacing {@link #keys} slows the source itself: checkpoints
   * (every 200 ms) complete while it reads, before the crash.
   */
  static final class CrashOnce implements Detector<CrashOnce.State> {
    static final AtomicBoolean CRASHED = new AtomicBoolean();
    /** Set when a key's first event after the crash finds state from before it: a checkpoint restored. */
    static final AtomicBoolean RESUMED_FROM_CHECKPOINT = new AtomicBoolean();
    static final Set<String> KEYS_AFTER_CRASH = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final java.util.concurrent.atomic.AtomicInteger EVENTS = new java.util.concurrent.atomic.AtomicInteger();

    public static final class State {
      public int seen;
    }

    @Override public String name() { return "test.crash-once"; }
    @Override public Set<EventType> consumes() { return EnumSet.of(EventType.RTT, EventType.AUTH, EventType.ACTIVITY); }
    @Override public State newState() { return new State(); }
    @Override public Class<State> stateType() { return State.class; }

    @Override
    public void keys(Event e, io.daylight.core.detect.KeySink sink) {
      sleep(15); // test-only pacing with the wall clock: spread the input over several checkpoints
      sink.key(e.subject());
    }

    @Override
    public void onEvent(State s, Event e, DetectorContext ctx) {
      if (CRASHED.get() && KEYS_AFTER_CRASH.add(ctx.key()) && s.seen > 0) RESUMED_FROM_CHECKPOINT.set(true);
      s.seen++;
      if (EVENTS.incrementAndGet() >= 100 && CRASHED.compareAndSet(false, true)) {
        throw new IllegalStateException("planted crash after the first checkpoints");
      }
    }

    private static void sleep(long ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Every detector of the equivalence test, plus one that crashes the job once. */
  static final DetectorSuite WITH_A_CRASH = () -> {
    List<io.daylight.core.detect.Detector<?>> all = new ArrayList<>(EmbeddedFlinkEquivalenceTest.EVERY_DETECTOR.detectors());
    all.add(new CrashOnce());
    return all;
  };

  @Test
  void a_restart_from_a_checkpoint_after_a_crash_loses_and_duplicates_no_finding() throws Exception {
    Path scenario = Runtimes.scenario("mixed.ndjson");
    // Whether a checkpoint holds detector state when the planted crash comes depends on the wall
    // clock: the watermark releases events only once every partition's reader has passed them, so
    // they can reach the detectors in one burst after the last checkpoint. Then the restart is
    // from scratch, which must lose and duplicate nothing either, but is not what this test is
    // for: such a run is repeated (CI: 1 in about 15), each run checked in full.
    Topics t = null;
    CrashOnce.RESUMED_FROM_CHECKPOINT.set(false);
    for (int attempt = 0; attempt < 3 && !CrashOnce.RESUMED_FROM_CHECKPOINT.get(); attempt++) {
      if (t != null) assertNothingLostOrDuplicated(t, scenario);
      t = Topics.create();
      publish(scenario, t.events);
      CrashOnce.CRASHED.set(false);
      CrashOnce.RESUMED_FROM_CHECKPOINT.set(false);
      CrashOnce.KEYS_AFTER_CRASH.clear();
      CrashOnce.EVENTS.set(0);
      pg.truncateStoreTables();
      run(WITH_A_CRASH, t, Duration.ofMillis(200), true);
      assertThat(CrashOnce.CRASHED).isTrue();
    }
    assertThat(CrashOnce.RESUMED_FROM_CHECKPOINT).as("restarted from a checkpoint, not from scratch").isTrue();
    assertNothingLostOrDuplicated(t, scenario);
  }

  /** The findings topic and the store hold each finding of the embedded runtime once, and its cases. */
  private static void assertNothingLostOrDuplicated(Topics t, Path scenario) throws Exception {
    List<Finding> found = readFindings(t.findings);
    assertThat(found).extracting(Finding::uid).doesNotHaveDuplicates();
    List<Finding> expected = embedded(scenario);
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);

    // Downstream in PostgreSQL: each finding once, and each case as the embedded findings score it.
    try (var c = pg.connect(); var st = c.createStatement()) {
      List<String> uids = new ArrayList<>();
      try (var rs = st.executeQuery("SELECT uid FROM findings")) {
        while (rs.next()) uids.add(rs.getString(1));
      }
      assertThat(uids).containsExactlyInAnyOrderElementsOf(expected.stream().map(Finding::uid).toList());
      Map<String, Integer> scores = new LinkedHashMap<>();
      try (var rs = st.executeQuery("SELECT subject, score, cardinality(findings) FROM cases")) {
        while (rs.next()) scores.put(rs.getString(1) + "/" + rs.getInt(3), rs.getInt(2));
      }
      Map<String, Integer> expectedScores = new LinkedHashMap<>();
      for (Case k : new CaseScorer(ScoringPolicy.DEFAULT).score(expected)) {
        expectedScores.put(k.subject() + "/" + k.findings().size(), k.score());
      }
      assertThat(scores).isEqualTo(expectedScores);
    }
  }

  record Topics(String events, String findings, String deadLetters) {
    static Topics create() throws Exception {
      String run = UUID.randomUUID().toString().substring(0, 8);
      Topics t = new Topics("events-" + run, "findings-" + run, "rejected-" + run);
      try (var admin = org.apache.kafka.clients.admin.Admin.create(
          Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
        // Three event partitions, read by two source tasks: cross-subject keys meet from several.
        admin.createTopics(List.of(new NewTopic(t.events, 3, (short) 1), new NewTopic(t.findings, 1, (short) 1),
            new NewTopic(t.deadLetters, 1, (short) 1))).all().get();
        // A fresh topic answers NOT_LEADER for a moment; produce only once every partition has one.
        long deadline = System.currentTimeMillis() + 10_000;
        while (!leadersElected(admin, t.events)) {
          if (System.currentTimeMillis() > deadline) throw new IllegalStateException("no leaders for " + t.events);
          Thread.sleep(50);
        }
      }
      return t;
    }
  }

  private static boolean leadersElected(org.apache.kafka.clients.admin.Admin admin, String topic) throws Exception {
    try {
      return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
          .allMatch(pi -> pi.leader() != null && !pi.leader().isEmpty());
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) return false;
      throw e;
    }
  }

  /**
   * The app's line form (minimise, pseudonymise) in miniature: the subject replaced by its keyed
   * pseudonym. The real one is tested in the app module; this one proves the job's plumbing.
   */
  static final class PseudonymousSubjects implements DetectorSuite {
    static final byte[] KEY = new byte[32];

    @Override public List<io.daylight.core.detect.Detector<?>> detectors() { return EmbeddedFlinkEquivalenceTest.EVERY_DETECTOR.detectors(); }

    @Override
    public LineForm lineForm() {
      io.daylight.core.privacy.Pseudonyms p = new io.daylight.core.privacy.Pseudonyms(KEY);
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      return (e, raw) -> {
        if (e.subject() == null) return new LineForm.Kept(raw, null, null, null);
        try {
          var o = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(raw);
          String pseudonym = p.of(e.subject());
          o.put("subject", pseudonym);
          return new LineForm.Kept(json.writeValueAsBytes(o), pseudonym, e.subject(), p.keyId());
        } catch (java.io.IOException x) {
          throw new java.io.UncheckedIOException(x);
        }
      };
    }
  }

  @Test
  void with_a_line_form_findings_and_cases_name_pseudonyms_and_only_the_identities_table_names_workers()
      throws Exception {
    Topics t = Topics.create();
    Path scenario = Runtimes.scenario("mixed.ndjson");
    publish(scenario, t.events);
    pg.truncateStoreTables();
    try {
      run(new PseudonymousSubjects(), t, Duration.ofSeconds(1), true);

      io.daylight.core.privacy.Pseudonyms p = new io.daylight.core.privacy.Pseudonyms(PseudonymousSubjects.KEY);
      List<Finding> found = readFindings(t.findings);
      List<Finding> expected = embedded(scenario);
      assertThat(found).hasSameSizeAs(expected).allSatisfy(f ->
          assertThat(io.daylight.core.privacy.Pseudonyms.isPseudonym(f.subject())).as(f.subject()).isTrue());
      assertThat(found).extracting(Finding::subject).containsExactlyInAnyOrderElementsOf(
          expected.stream().map(f -> p.of(f.subject())).toList());
      Map<String, String> identities = new LinkedHashMap<>();
      try (var c = pg.connect(); var st = c.createStatement()) {
        try (var rs = st.executeQuery("SELECT pseudonym, subject, key_id FROM identities")) {
          while (rs.next()) {
            identities.put(rs.getString(1), rs.getString(2));
            assertThat(rs.getString(3)).isEqualTo(p.keyId());
          }
        }
        // Every worker of the input once, each under its own pseudonym: re-identification has what it needs.
        assertThat(identities).hasSize(6).allSatisfy((pseudonym, subject) -> assertThat(p.of(subject)).isEqualTo(pseudonym));
        try (var rs = st.executeQuery("SELECT subject FROM findings UNION ALL SELECT subject FROM cases")) {
          int rows = 0;
          while (rs.next()) {
            rows++;
            assertThat(identities).containsKey(rs.getString(1));
          }
          assertThat(rows).isGreaterThan(found.size());
        }
      }
    } finally {
      pg.truncateStoreTables();
    }
  }

  private static void run(DetectorSuite suite, Topics t, Duration checkpointInterval, boolean store) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
        FlinkSettings.withBoundedRestarts(FlinkSettings.checkpointed(checkpointInterval), 2));
    env.setParallelism(2);
    String bootstrap = kafka.bootstrapServers();
    new KafkaDetectionJob(suite, LATENESS,
        KafkaDetectionJob.eventsSource(bootstrap, t.events, "group-" + t.events, suite, true),
        KafkaDetectionJob.findingsSink(bootstrap, t.findings, "tx-" + t.findings),
        KafkaDetectionJob.deadLetterSink(bootstrap, t.deadLetters),
        ScoringPolicy.DEFAULT,
        store ? PostgresUpserts.findings(pg.url(), pg.connection()) : null,
        store ? PostgresUpserts.cases(pg.url(), pg.connection()) : null,
        store && suite.lineForm() != null ? PostgresUpserts.identities(pg.url(), pg.connection()) : null).build(env);
    env.execute("kafka-e2e");
  }

  /** Publishes what ingest accepts keyed by subject (as serve would), and the rejected lines raw. */
  private static void publish(Path scenario, String topic) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    p.put("acks", "all");
    // Not idempotent: the test broker can hand a fresh producer an id a finished one used. One
    // request in flight keeps the per-subject order a retry could otherwise swap.
    p.put("enable.idempotence", "false");
    p.put("max.in.flight.requests.per.connection", "1");
    p.put("request.timeout.ms", "10000");
    p.put("delivery.timeout.ms", "20000");
    List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
    try (var producer = new KafkaProducer<byte[], byte[]>(p, new ByteArraySerializer(), new ByteArraySerializer());
         InputStream in = Files.newInputStream(scenario)) {
      new NdjsonIngest().read(in, scenario.toString(), new IngestSink() {
        @Override
        public void accepted(Event e, byte[] raw) {
          sent.add(producer.send(new ProducerRecord<>(topic, e.subject().getBytes(StandardCharsets.UTF_8), raw)));
        }

        @Override
        public void rejected(Rejection r) {
          sent.add(producer.send(new ProducerRecord<>(topic, r.raw().getBytes(StandardCharsets.UTF_8))));
        }
      });
      producer.flush();
    }
    for (var f : sent) f.get(); // a lost input line would make the comparison meaningless
  }

  private static List<Finding> embedded(Path scenario) throws Exception {
    Map<String, Finding> byUid = new LinkedHashMap<>();
    DetectorSuite suite = EmbeddedFlinkEquivalenceTest.EVERY_DETECTOR;
    EmbeddedRuntime rt = new EmbeddedRuntime(suite.detectors(), LATENESS, f -> byUid.putIfAbsent(f.uid(), f), e -> {});
    try (InputStream in = Files.newInputStream(scenario)) {
      new NdjsonIngest().read(in, scenario.toString(), new IngestSink() {
        @Override public void accepted(Event e, byte[] raw) { rt.offer(e); }

        @Override public void rejected(Rejection r) {}
      });
    }
    rt.finish();
    assertThat(rt.stats().late()).isZero();
    return new ArrayList<>(byUid.values());
  }

  private static List<Finding> readFindings(String topic) {
    return readAll(topic).stream().map(r -> FindingJson.read(r.value())).toList();
  }

  private static List<String> readStrings(String topic) {
    return readAll(topic).stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
  }

  /** Everything committed to the topic; the job has finished, so the end offsets are final. */
  private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    p.put("isolation.level", "read_committed");
    p.put("auto.offset.reset", "earliest");
    p.put("group.id", "reader-" + UUID.randomUUID());
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (var consumer = new KafkaConsumer<byte[], byte[]>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 15_000;
      int emptyPolls = 0;
      while (System.currentTimeMillis() < deadline && emptyPolls < 3) {
        var batch = consumer.poll(Duration.ofMillis(500));
        if (batch.isEmpty() && !consumer.assignment().isEmpty()) emptyPolls++;
        batch.forEach(out::add);
      }
    }
    return out;
  }
}
