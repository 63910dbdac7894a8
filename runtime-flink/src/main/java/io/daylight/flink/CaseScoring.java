package io.daylight.flink;

import io.daylight.core.casebook.CaseBook;
import io.daylight.core.casebook.Suppression;
import io.daylight.core.detect.Finding;
import io.daylight.core.score.Calibration;
import io.daylight.core.event.Worker;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.ingest.NdjsonIngest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Downstream of detection: the core {@link CaseBook}, as in scan and serve. Findings and roster
 * events all come under one key ({@value #KEY}), because a finding about an applicant cluster can
 * move evidence into the case of the worker its application hired. Whenever a new finding or
 * roster event arrives, the book concludes and each case that changed is emitted; a case that no
 * longer is one (an applicant cluster joined to its hire) is emitted without findings, which the
 * store deletes. The agency review's new findings leave on {@link #AGENCY_FINDINGS}. A finding or
 * roster event seen again (same uid or id, as after a restart) changes nothing and emits nothing.
 *
 * <p>The roster lines are those the detectors saw, so where the job pseudonymises, the book links
 * the pseudonym the findings carry and a case names no worker id.
 *
 * <p>Scaling limit, stated: one key is one thread, and each arrival concludes over every finding
 * held (linear in them). Findings are rare next to events (the demo organisation: about 400 from
 * 400,000 events), so this is far from the detectors' cost; partition by identity component if it
 * is not.
 */
public final class CaseScoring extends KeyedCoProcessFunction<String, Finding, Routed, Case> {
  public static final String KEY = "cases";
  public static final OutputTag<Finding> AGENCY_FINDINGS =
      new OutputTag<>("agency-findings", TypeInformation.of(Finding.class));
  private final double prior;
  private final double highAt;
  private final double mediumAt;
  private final double maxLog10PerGroup;
  /** Immutable and Serializable: shipped with the function. */
  private final Calibration calibration;
  private final SuppressionSource suppressions;
  private transient MapState<String, Finding> findings;
  /** Roster lines (UTF-8) by event id. */
  private transient MapState<String, String> roster;
  /** The book as of the state, rebuilt from it after a restore; and what it last concluded. */
  private transient CaseBook book;
  private transient Map<String, Case> emitted;
  private transient Set<String> agencyUids;
  private transient NdjsonIngest parser;

  /**
   * Where analysts' benign decisions come from: serve records them in the store, and the job reads
   * them when a task starts or restores (a decision made later takes effect at the next restart).
   */
  @FunctionalInterface
  public interface SuppressionSource extends java.io.Serializable {
    SuppressionSource NONE = List::of;

    List<Suppression> load() throws Exception;
  }

  public CaseScoring(ScoringPolicy policy) {
    this(policy, Calibration.NONE, SuppressionSource.NONE);
  }

  public CaseScoring(ScoringPolicy policy, Calibration calibration) {
    this(policy, calibration, SuppressionSource.NONE);
  }

  /** @param suppressions analysts' benign decisions, applied as serve applies them */
  public CaseScoring(ScoringPolicy policy, SuppressionSource suppressions) {
    this(policy, Calibration.NONE, suppressions);
  }

  /**
   * @param calibration measured ratios and groups ({@code daylight calibrate}), or {@link Calibration#NONE}
   * @param suppressions analysts' benign decisions, applied as serve applies them
   */
  public CaseScoring(ScoringPolicy policy, Calibration calibration, SuppressionSource suppressions) {
    this.calibration = calibration;
    this.prior = policy.prior();
    this.highAt = policy.highAt();
    this.mediumAt = policy.mediumAt();
    this.maxLog10PerGroup = policy.maxLog10PerGroup();
    this.suppressions = suppressions;
  }

  @Override
  public void open(OpenContext openContext) {
    findings = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("case-findings", Types.STRING, TypeInformation.of(Finding.class)));
    roster = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("case-roster", Types.STRING, Types.STRING));
    parser = new NdjsonIngest(false);
  }

  @Override
  public void processElement1(Finding f, Context ctx, Collector<Case> out) throws Exception {
    CaseBook b = book();
    if (findings.contains(f.uid())) return;
    findings.put(f.uid(), f);
    b.add(f);
    emitChanges(ctx, out);
  }

  @Override
  public void processElement2(Routed r, Context ctx, Collector<Case> out) throws Exception {
    CaseBook b = book();
    if (roster.contains(r.key())) return;
    String line = new String(r.line(), StandardCharsets.UTF_8);
    roster.put(r.key(), line);
    b.addWorker(worker(line));
    emitChanges(ctx, out);
  }

  private Worker worker(String line) {
    return (Worker) parser.parseStored(line.getBytes(StandardCharsets.UTF_8));
  }

  /** The book for the state held; after a restore, rebuilt, and what it concludes counts as emitted. */
  private CaseBook book() throws Exception {
    if (book != null) return book;
    book = new CaseBook(new CaseScorer(new ScoringPolicy(prior, highAt, mediumAt, maxLog10PerGroup), calibration));
    book.suppress(suppressions.load());
    for (String line : roster.values()) book.addWorker(worker(line));
    for (Finding f : findings.values()) book.add(f);
    emitted = new HashMap<>();
    agencyUids = new HashSet<>();
    CaseBook.Conclusion c = book.conclude();
    for (Case k : c.cases()) emitted.put(key(k), k);
    for (Finding f : c.agencyFindings()) agencyUids.add(f.uid());
    return book;
  }

  private void emitChanges(Context ctx, Collector<Case> out) {
    CaseBook.Conclusion c = book.conclude();
    Map<String, Case> now = new HashMap<>();
    for (Case k : c.cases()) {
      now.put(key(k), k);
      if (!k.equals(emitted.get(key(k)))) out.collect(k);
    }
    for (Case gone : emitted.values()) {
      if (!now.containsKey(key(gone))) {
        out.collect(new Case(gone.subject(), gone.kind(), 0, 0, Level.LOW, List.of(), List.of(), List.of(), ""));
      }
    }
    emitted = now;
    for (Finding f : c.agencyFindings()) {
      if (agencyUids.add(f.uid())) ctx.output(AGENCY_FINDINGS, f);
    }
  }

  private static String key(Case c) {
    return c.kind().wire() + "\u0000" + c.subject();
  }
}
