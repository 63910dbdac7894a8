package io.daylight.app.serve;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.event.Event;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.daylight.runtime.EmbeddedRuntime;
import io.daylight.store.CaseStore;
import io.daylight.store.EventStore;
import io.daylight.store.FindingStore;
import io.daylight.store.RejectedLine;
import io.daylight.store.RejectedStore;
import io.daylight.store.StoredEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The long-running pipeline behind {@code serve}: ingest → durable store → detect → cases.
 *
 * <p>Durability comes first: a batch is committed to PostgreSQL (synchronous_commit=on) before
 * anything is acknowledged, and only then shown to the detectors. After a crash the service
 * rebuilds detector state by replaying the stored events in event-time order, so an acknowledged
 * event is never lost and, because ingestion is idempotent on the event id, a client that resends
 * an unacknowledged batch creates no duplicates. Detection is serialised on one lock: the embedded
 * runtime is a single loop (scale-out is the Flink runtime's job).
 */
public final class DaylightService {
  private final EventStore events;
  private final RejectedStore rejected;
  private final FindingStore findingStore;
  private final CaseStore caseStore;
  private final Enricher enricher;
  private final CaseScorer scorer;
  private final EmbeddedRuntime runtime;
  private final ServiceMetrics metrics;
  private final io.daylight.app.privacy.StoredForm storedForm;
  private final io.daylight.store.Identities identities;
  private final Map<String, List<Finding>> findingsBySubject = new HashMap<>();
  private final Set<String> findingUids = new java.util.HashSet<>();
  private final List<Finding> pending = new ArrayList<>();
  /** Evidence an analyst decided was benign for that subject: left out of scoring from then on. */
  private volatile java.util.function.Predicate<Finding> suppressed = f -> false;
  /** Called with each batch of new findings after they are stored (exports: syslog, webhooks). */
  private volatile java.util.function.Consumer<List<Finding>> findingListener = fs -> {};

  public DaylightService(List<? extends Detector<?>> detectors, long allowedLatenessMs, Enricher enricher,
                         CaseScorer scorer, EventStore events, RejectedStore rejected, FindingStore findings,
                         CaseStore cases, ServiceMetrics metrics, io.daylight.app.privacy.StoredForm storedForm,
                         io.daylight.store.Identities identities) {
    this.storedForm = java.util.Objects.requireNonNull(storedForm, "storedForm");
    this.identities = java.util.Objects.requireNonNull(identities, "identities");
    this.events = events;
    this.rejected = rejected;
    this.findingStore = findings;
    this.caseStore = cases;
    this.enricher = enricher;
    this.scorer = scorer;
    this.metrics = metrics;
    this.runtime = new EmbeddedRuntime(detectors, allowedLatenessMs, pending::add, e -> metrics.late());
  }

  /** One line's fate, as reported to the client. */
  public record LineResult(long line, String status, String id, String reason) {}

  /** The per-line report of one ingest call. */
  public record IngestReport(int accepted, int duplicates, int rejected, long late, List<LineResult> lines) {}

  /**
   * Rebuilds detector state from everything stored, in event-time order; call once at start.
   *
   * <p>Findings outlive the raw telemetry they rest on (365 against 90 days by default): once
   * retention has purged a finding's events, no replay can produce it again, yet its case must
   * still show it. Those findings are loaded into their cases first (a replayed finding with a
   * stored uid is not published twice); every other finding is derived again from its events.
   * After the replay every case is scored once, so stored cases are the score of what the
   * service holds (also after a crash between storing findings and storing their cases).
   */
  public synchronized long replay() {
    for (Finding f : findingStore.withoutAllTheirEvents()) {
      if (!findingUids.add(f.uid()) || !f.kind().formsCase()) continue;
      findingsBySubject.computeIfAbsent(key(f.kind(), f.subject()), k -> new ArrayList<>()).add(f);
    }
    NdjsonIngest parser = new NdjsonIngest(false);
    long[] n = {0};
    events.forEachInTimeOrder(se -> {
      runtime.offer(enricher.enrich(parser.parseStored(se.rawJson().getBytes(StandardCharsets.UTF_8))));
      n[0]++;
    });
    flush();
    List<Case> cases = new ArrayList<>(findingsBySubject.size());
    for (List<Finding> subjectFindings : findingsBySubject.values()) cases.add(score(subjectFindings));
    caseStore.upsert(cases);
    return n[0];
  }

  /**
   * Reads an NDJSON body, stores what is valid (durably) and what is not (with reasons), then
   * detects. Returns only after the commit, so the report is an acknowledgement.
   */
  public IngestReport ingest(InputStream body, String source) throws IOException {
    NdjsonIngest ingest = new NdjsonIngest(false);
    List<Event> accepted = new ArrayList<>();
    List<StoredEvent> toStore = new ArrayList<>();
    List<Long> acceptedLines = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    Map<String, String> identityOf = new HashMap<>();
    ingest.read(body, source, new IngestSink() {
      @Override
      public void accepted(Event e, byte[] raw) {
        // Minimised and pseudonymised before anything is stored or detected: the detectors see
        // exactly what a replay after a restart will show them.
        io.daylight.app.privacy.StoredForm.Stored stored = storedForm.of(e, raw);
        byte[] line = stored.line().getBytes(StandardCharsets.UTF_8);
        accepted.add(ingest.parseStored(line));
        acceptedLines.add(ingest.currentLine());
        if (stored.subject() != null) identityOf.put(stored.pseudonym(), stored.subject());
        toStore.add(new StoredEvent(e.id(), e.type().wire(), stored.pseudonym(), e.time(), stored.line()));
      }

      @Override
      public void rejected(Rejection r) {
        io.daylight.app.privacy.StoredForm.Stored kept = storedForm.ofRejected(r.raw());
        if (kept.subject() != null) identityOf.put(kept.pseudonym(), kept.subject());
        rejections.add(new Rejection(r.line(), r.source(), r.reason(), kept.line()));
      }
    });
    // The identity first: a stored pseudonym must always be resolvable by re-identification.
    identities.remember(identityOf, storedForm.pseudonyms().keyId());
    boolean[] inserted = events.append(toStore);
    if (!rejections.isEmpty()) {
      List<RejectedLine> lines = new ArrayList<>(rejections.size());
      for (Rejection r : rejections) lines.add(new RejectedLine(r.line(), r.source(), r.reason(), r.raw()));
      rejected.append(lines);
    }
    List<LineResult> lines = new ArrayList<>(accepted.size() + rejections.size());
    int newCount = 0;
    List<Event> fresh = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      Event e = accepted.get(i);
      if (inserted[i]) {
        newCount++;
        fresh.add(e);
      }
      lines.add(new LineResult(acceptedLines.get(i), inserted[i] ? "accepted" : "duplicate", e.id(), null));
    }
    for (Rejection r : rejections) lines.add(new LineResult(r.line(), "rejected", null, r.reason()));
    lines.sort(java.util.Comparator.comparingLong(LineResult::line));
    metrics.ingested(newCount, accepted.size() - newCount, rejections.size());
    long late = detect(fresh);
    return new IngestReport(newCount, accepted.size() - newCount, rejections.size(), late, lines);
  }

  /** Stores rejections that happened before ingest (an importer could not convert a record). */
  public void rejectedUpstream(List<Rejection> rejections) {
    if (rejections.isEmpty()) return;
    List<RejectedLine> lines = new ArrayList<>(rejections.size());
    for (Rejection r : rejections) lines.add(new RejectedLine(r.line(), r.source(), r.reason(), r.raw()));
    rejected.append(lines);
    metrics.ingested(0, 0, rejections.size());
  }

  private synchronized long detect(List<Event> fresh) {
    long lateBefore = runtime.stats().late();
    for (Event e : fresh) runtime.offer(enricher.enrich(e));
    publish();
    return runtime.stats().late() - lateBefore;
  }

  /**
   * Moves the watermark to the newest event seen, releasing everything buffered. Used when input
   * pauses (the end of a bulk load, an idle stream), trading late arrivals for prompt findings.
   */
  public synchronized void flush() {
    runtime.advanceTo(runtime.maxSeen());
    publish();
  }

  private void publish() {
    if (pending.isEmpty()) return;
    List<Finding> fresh = new ArrayList<>();
    Set<String> subjects = new LinkedHashSet<>();
    for (Finding f : pending) {
      if (!findingUids.add(f.uid())) continue;
      fresh.add(f);
      if (f.kind().formsCase()) {
        findingsBySubject.computeIfAbsent(key(f.kind(), f.subject()), k -> new ArrayList<>()).add(f);
        subjects.add(key(f.kind(), f.subject()));
      }
    }
    pending.clear();
    if (fresh.isEmpty()) return;
    findingStore.upsert(fresh);
    List<Case> cases = new ArrayList<>();
    for (String s : subjects) cases.add(score(findingsBySubject.get(s)));
    caseStore.upsert(cases);
    metrics.findings(fresh.size());
    findingListener.accept(List.copyOf(fresh));
  }

  /** Sets which findings an analyst's benign decision suppresses; call {@link #rescore} after a change. */
  public void suppressWith(java.util.function.Predicate<Finding> suppression) {
    this.suppressed = java.util.Objects.requireNonNull(suppression, "suppression");
  }

  public void onFindings(java.util.function.Consumer<List<Finding>> listener) {
    this.findingListener = java.util.Objects.requireNonNull(listener, "listener");
  }

  /**
   * After retention or an erasure removed stored findings: forgets them and rescores their
   * subjects, so no case is rebuilt from purged evidence. Their uids stay known, so a detector
   * that still holds the old state cannot bring them back before the next restart.
   */
  public synchronized void forgetFindingsNotIn(Set<String> storedUids) {
    List<Case> changed = new ArrayList<>();
    for (java.util.Iterator<List<Finding>> it = findingsBySubject.values().iterator(); it.hasNext(); ) {
      List<Finding> list = it.next();
      if (!list.removeIf(f -> !storedUids.contains(f.uid()))) continue;
      if (list.isEmpty()) it.remove();
      else changed.add(score(list));
    }
    if (!changed.isEmpty()) caseStore.upsert(changed);
  }

  /** Scores one subject again (after a decision changed what is suppressed) and stores the case. */
  public synchronized void rescore(SubjectKind kind, String subject) {
    List<Finding> all = findingsBySubject.get(key(kind, subject));
    if (all == null) return;
    caseStore.upsert(List.of(score(all)));
  }

  /** The case from the findings not suppressed; a case without findings is removed by the store. */
  private Case score(List<Finding> all) {
    List<Finding> visible = all.stream().filter(f -> !suppressed.test(f)).toList();
    if (!visible.isEmpty()) return scorer.scoreOne(visible);
    Finding first = all.get(0);
    return new Case(first.subject(), first.kind(), 0, 0, io.daylight.core.score.Level.LOW, List.of(), List.of(),
        List.of(), "");
  }

  private static String key(SubjectKind kind, String subject) {
    return kind.wire() + ":" + subject;
  }

  public synchronized EmbeddedRuntime.Stats runtimeStats() {
    return runtime.stats();
  }
}
