package io.daylight.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.casebook.CaseBook;
import io.daylight.core.casebook.Suppression;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Worker;
import io.daylight.core.identity.ClusterSignals;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.ingest.NdjsonIngest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The Flink job's case scoring is the core case book: same cases as scan and serve, under one key. */
class CaseScoringTest {
  static final List<String> RING = List.of("app-1", "app-2", "app-3", "app-4");

  static Finding finding(String uid, String subject, SubjectKind kind, long time, double lr, String group,
                         List<String> members) {
    return new Finding(uid, "test." + group, subject, kind, time, "title " + uid, "explanation " + uid, lr, group,
        List.of(), List.of(), members);
  }

  static final Finding RING_FINDING = new Finding("ring", ClusterSignals.MANY_NAMES, "ring-app-1", SubjectKind.APPLICANT,
      100, "4 different names behind one phone", "e", 30, "identity-ring", List.of(), List.of(), RING);
  static final Finding FARM = finding("farm", "w-9", SubjectKind.WORKER, 500, 50, "farm", List.of("w-9", "w-8"));
  static final String HIRE = "{\"type\":\"worker\",\"id\":\"wk-9\",\"time\":\"2026-02-01T00:00:00Z\",\"subject\":\"w-9\","
      + "\"application\":\"app-3\",\"declared_tz\":\"America/Phoenix\"}";

  static Routed roster(String line) {
    return new Routed(Routed.ROSTER, "wk-9", 200, line.getBytes(StandardCharsets.UTF_8));
  }

  static KeyedTwoInputStreamOperatorTestHarness<String, Finding, Routed, Case> harness(CaseScoring scoring)
      throws Exception {
    var h = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(scoring),
        (Finding f) -> CaseScoring.KEY, (Routed r) -> CaseScoring.KEY, Types.STRING);
    h.open();
    return h;
  }

  /** The last version of each case the operator emitted, without those emitted empty (deleted). */
  static Map<String, Case> stored(List<Case> emitted) {
    Map<String, Case> out = new LinkedHashMap<>();
    for (Case c : emitted) {
      if (c.findings().isEmpty()) out.remove(c.kind().wire() + " " + c.subject());
      else out.put(c.kind().wire() + " " + c.subject(), c);
    }
    return out;
  }

  @Test
  void a_ring_cluster_joins_the_case_of_the_worker_it_hired_and_its_own_case_is_deleted() throws Exception {
    var h = harness(new CaseScoring(ScoringPolicy.DEFAULT));
    h.processElement1(new StreamRecord<>(RING_FINDING, 100));
    assertThat(stored(h.extractOutputValues()).keySet()).containsExactly("applicant ring-app-1");

    h.processElement2(new StreamRecord<>(roster(HIRE), 200));
    h.processElement1(new StreamRecord<>(FARM, 500));

    CaseBook book = new CaseBook(new CaseScorer(ScoringPolicy.DEFAULT));
    book.addWorker((Worker) new NdjsonIngest(false).parseStored(HIRE.getBytes(StandardCharsets.UTF_8)));
    book.addAll(List.of(RING_FINDING, FARM));
    List<Case> emitted = h.extractOutputValues();
    assertThat(emitted).anySatisfy(c -> {
      assertThat(c.subject()).isEqualTo("ring-app-1");
      assertThat(c.findings()).isEmpty();
    });
    assertThat(stored(emitted).values()).containsExactlyElementsOf(book.cases());
    assertThat(stored(emitted).get("worker w-9").findings()).containsExactly("ring", "farm");
  }

  @Test
  void after_a_restore_a_finding_seen_again_emits_nothing_and_a_new_one_rescoring_the_merged_case() throws Exception {
    var h = harness(new CaseScoring(ScoringPolicy.DEFAULT));
    h.processElement1(new StreamRecord<>(RING_FINDING, 100));
    h.processElement2(new StreamRecord<>(roster(HIRE), 200));
    OperatorSubtaskState snapshot = h.snapshot(1, 300);
    h.close();

    var restored = new KeyedTwoInputStreamOperatorTestHarness<>(
        new KeyedCoProcessOperator<>(new CaseScoring(ScoringPolicy.DEFAULT)),
        (Finding f) -> CaseScoring.KEY, (Routed r) -> CaseScoring.KEY, Types.STRING);
    restored.initializeState(snapshot);
    restored.open();
    restored.processElement1(new StreamRecord<>(RING_FINDING, 100));
    restored.processElement2(new StreamRecord<>(roster(HIRE), 200));
    assertThat(restored.extractOutputValues()).isEmpty();
    restored.processElement1(new StreamRecord<>(FARM, 500));
    assertThat(restored.extractOutputValues()).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("w-9");
      assertThat(c.findings()).containsExactly("ring", "farm");
    });
  }

  @Test
  void an_analysts_benign_decision_read_from_the_store_silences_that_evidence_in_that_case() throws Exception {
    CaseScoring.SuppressionSource decisions = () -> List.of(Suppression.of(SubjectKind.WORKER, "w-9", RING_FINDING));
    var h = harness(new CaseScoring(ScoringPolicy.DEFAULT, decisions));
    h.processElement2(new StreamRecord<>(roster(HIRE), 200));
    h.processElement1(new StreamRecord<>(RING_FINDING, 100));
    h.processElement1(new StreamRecord<>(FARM, 500));
    assertThat(stored(h.extractOutputValues()).values()).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("w-9");
      assertThat(c.findings()).containsExactly("farm");
    });
  }
}
