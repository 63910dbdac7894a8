package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FindingStoreTest {
  private static final long T0 = 1_772_000_000_000L;
  private static Database db;
  private static FindingStore findings;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("finding_store_test");
    findings = new FindingStore(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static Finding rttFinding(String subject, long time, double ratio) {
    return new Finding(FindingIds.of("rtt-floor", subject, Long.toString(time)), "rtt-floor", subject,
        SubjectKind.WORKER, time, "Endpoint answered faster than light allows from Phoenix",
        "Round trip 4.1 ms to the Frankfurt landmark; light in fibre needs 91 ms from Phoenix.", ratio,
        "endpoint-location",
        List.of(Evidence.measured("rtt", 4.1, "ms", "91 ms", "latency-calibration.md"),
            Evidence.fact("landmark", "fra-1", "deployment context")),
        List.of("e-" + time, "e-" + (time + 1)), List.of());
  }

  @Test
  void stores_a_finding_and_reads_back_the_same_record() {
    Finding f = rttFinding("w-roundtrip", T0, 1_000.0);
    assertThat(findings.upsert(List.of(f))).isEqualTo(1);
    assertThat(findings.bySubject(SubjectKind.WORKER, "w-roundtrip")).containsExactly(f);
  }

  @Test
  void storing_the_same_findings_again_changes_nothing() {
    List<Finding> run = List.of(rttFinding("w-idem", T0, 50.0), rttFinding("w-idem", T0 + 60_000, 80.0));
    assertThat(findings.upsert(run)).isEqualTo(2);
    assertThat(findings.upsert(run)).isZero();
    assertThat(findings.bySubject(SubjectKind.WORKER, "w-idem")).containsExactlyElementsOf(run);
  }

  @Test
  void a_changed_finding_with_a_known_uid_replaces_the_stored_one() {
    Finding first = rttFinding("w-changed", T0, 50.0);
    findings.upsert(List.of(first));
    Finding revised = new Finding(first.uid(), first.detector(), first.subject(), first.kind(), first.time(),
        first.title(), "Recomputed with the 2026 calibration.", 65.0, first.dependencyGroup(),
        first.evidence(), first.eventIds(), first.members());
    assertThat(findings.upsert(List.of(revised))).isEqualTo(1);
    assertThat(findings.bySubject(SubjectKind.WORKER, "w-changed")).containsExactly(revised);
  }

  @Test
  void looks_up_by_kind_and_subject_not_by_subject_alone() {
    Finding worker = rttFinding("shared-id-7", T0, 20.0);
    // A benign look-alike: an applicant cluster whose id happens to equal the worker's.
    Finding cluster = new Finding(FindingIds.of("shared-phone", "shared-id-7", "p"), "shared-phone", "shared-id-7",
        SubjectKind.APPLICANT, T0, "Three applications share one phone number", "…", 30.0, null,
        List.of(), List.of("app-1"), List.of("app-1", "app-2", "app-3"));
    findings.upsert(List.of(worker, cluster));
    assertThat(findings.bySubject(SubjectKind.WORKER, "shared-id-7")).containsExactly(worker);
    assertThat(findings.bySubject(SubjectKind.APPLICANT, "shared-id-7")).containsExactly(cluster);
    assertThat(findings.all()).contains(worker, cluster);
  }

  @Test
  void names_the_findings_no_replay_can_produce_again_because_an_event_they_rest_on_is_gone() {
    try (Database own = SharedServer.freshDatabase("finding_store_purged_test")) {
      FindingStore store = new FindingStore(own.dataSource());
      Finding whole = rttFinding("w-whole", T0, 20.0);
      Finding halfPurged = rttFinding("w-half", T0 + 10, 20.0);
      Finding noEvents = new Finding(FindingIds.of("t", "w-none", "g"), "t", "w-none", SubjectKind.WORKER, T0, "t", "…",
          2.0, "g", List.of(), List.of(), List.of());
      store.upsert(List.of(whole, halfPurged, noEvents));
      new EventStore(own.dataSource()).append(List.of(
          new StoredEvent("e-" + T0, "rtt", "w-whole", T0, "{}"),
          new StoredEvent("e-" + (T0 + 1), "rtt", "w-whole", T0 + 1, "{}"),
          new StoredEvent("e-" + (T0 + 10), "rtt", "w-half", T0 + 10, "{}")));

      assertThat(store.withoutAllTheirEvents()).containsExactlyInAnyOrder(halfPurged, noEvents);
    }
  }
}
