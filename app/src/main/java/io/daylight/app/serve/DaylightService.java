package io.daylight.app.serve;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.enrich.Enricher;
import io.daylight.core.event.Event;
import io.daylight.core.casebook.CaseBook;
import io.daylight.core.casebook.Suppression;
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
  private final EmbeddedRuntime runtime;
  private final ServiceMetrics metrics;
  private final io.daylight.app.privacy.StoredForm storedForm;
  private final io.daylight.store.Identities identities;
  /**
   * The findings, the roster and analysts' suppressions, turned into cases as in every runtime. Fed
   * the stored (pseudonymised) events, so a worker is linked to its hiring application under the
   * pseudonym its findings carry, and no worker id reaches a case.
   */
  private final CaseBook book;
  /** The cases as last stored, by kind and subject: what the next conclusion is compared with. */
  private final Map<String, Case> stored = new HashMap<>();
  private final Set<String> findingUids = new java.util.HashSet<>();
  private final List<Finding> pending = new ArrayList<>();
  private boolean rosterChanged;
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
    this.book = new CaseBook(scorer);
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
   * After the replay the case book concludes once and the stored cases are made equal to it, so
   * they are the score of what the service holds (also after a crash between storing findings and
   * storing their cases, and after an upgrade that joined an applicant cluster to its hire).
   */
  public synchronized long replay() {
    for (Finding f : findingStore.withoutAllTheirEvents()) {
      if (findingUids.add(f.uid())) book.add(f);
    }
    NdjsonIngest parser = new NdjsonIngest(false);
    long[] n = {0};
    events.forEachInTimeOrder(se -> {
      offer(enricher.enrich(parser.parseStored(se.rawJson().getBytes(StandardCharsets.UTF_8))));
      n[0]++;
    });
    runtime.advanceTo(runtime.maxSeen());
    publish(false);
    CaseBook.Conclusion concluded = book.conclude();
    List<Finding> agencies = new ArrayList<>();
    for (Finding f : concluded.agencyFindings()) {
      if (findingUids.add(f.uid())) agencies.add(f);
    }
    storeFindings(agencies);
    caseStore.replace(concluded.cases());
    stored.clear();
    for (Case c : concluded.cases()) stored.put(key(c.kind(), c.subject()), c);
    return n[0];
  }

  /** Shows an event to the detectors; a roster event also to the case book (its hiring application). */
  private void offer(Event e) {
    if (e instanceof io.daylight.core.event.Worker w) {
      book.addWorker(w);
      rosterChanged = true;
    }
    runtime.offer(e);
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
    for (Event e : fresh) offer(enricher.enrich(e));
    publish(true);
    return runtime.stats().late() - lateBefore;
  }

  /**
   * Moves the watermark to the newest event seen, releasing everything buffered. Used when input
   * pauses (the end of a bulk load, an idle stream), trading late arrivals for prompt findings.
   */
  public synchronized void flush() {
    runtime.advanceTo(runtime.maxSeen());
    publish(true);
  }

  /**
   * Stores new findings and, with {@code storeCases}, the cases that changed. The case book
   * concludes over everything it holds, because one finding can move evidence between cases: an
   * applicant cluster that now holds a worker's hiring application joins that worker's case, and
   * its own case is removed. The agency review's new findings are stored and published with them.
   * Cost: linear in the findings held, once per ingest call (not per finding).
   */
  private void publish(boolean storeCases) {
    List<Finding> fresh = new ArrayList<>();
    for (Finding f : pending) {
      if (findingUids.add(f.uid())) {
        fresh.add(f);
        book.add(f);
      }
    }
    pending.clear();
    if (fresh.isEmpty() && !rosterChanged) return;
    rosterChanged = false;
    if (!storeCases) {
      storeFindings(fresh);
      return;
    }
    CaseBook.Conclusion concluded = book.conclude();
    for (Finding f : concluded.agencyFindings()) {
      if (findingUids.add(f.uid())) fresh.add(f);
    }
    storeFindings(fresh);
    store(concluded.cases());
  }

  private void storeFindings(List<Finding> fresh) {
    if (fresh.isEmpty()) return;
    findingStore.upsert(fresh);
    metrics.findings(fresh.size());
    findingListener.accept(List.copyOf(fresh));
  }

  /** Stores the cases that differ from the stored ones and removes those that no longer are cases. */
  private void store(List<Case> cases) {
    Map<String, Case> now = new HashMap<>();
    for (Case c : cases) now.put(key(c.kind(), c.subject()), c);
    List<Case> changed = new ArrayList<>();
    for (Case c : cases) {
      if (!c.equals(stored.get(key(c.kind(), c.subject())))) changed.add(c);
    }
    for (Case gone : stored.values()) {
      if (!now.containsKey(key(gone.kind(), gone.subject()))) changed.add(withoutFindings(gone));
    }
    if (!changed.isEmpty()) caseStore.upsert(changed);
    stored.clear();
    stored.putAll(now);
  }

  /** What the store removes: a case that no longer has findings (suppressed, purged or joined to a hire). */
  private static Case withoutFindings(Case c) {
    return new Case(c.subject(), c.kind(), 0, 0, io.daylight.core.score.Level.LOW, List.of(), List.of(), List.of(), "");
  }

  /**
   * Adds analysts' benign decisions (each names a case, a detector and a dependency group); call
   * {@link #rescore} after a change.
   */
  public synchronized void suppress(java.util.Collection<Suppression> suppressions) {
    book.suppress(suppressions);
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
    if (book.removeIf(f -> !storedUids.contains(f.uid()))) store(book.cases());
  }

  /**
   * Scores the cases again after a decision changed what is suppressed, and stores those that
   * changed. The whole book, not one subject: a worker's case holds its hiring-side findings, so a
   * decision on it can move evidence that another case shows too.
   */
  public synchronized void rescore(SubjectKind kind, String subject) {
    store(book.cases());
  }

  private static String key(SubjectKind kind, String subject) {
    return kind.wire() + ":" + subject;
  }

  public synchronized EmbeddedRuntime.Stats runtimeStats() {
    return runtime.stats();
  }
}
