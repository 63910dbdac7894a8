package io.daylight.flink;

import io.daylight.core.detect.Finding;
import io.daylight.core.score.Calibration;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.ScoringPolicy;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Downstream of detection: keyed by (subject kind, subject), it keeps that subject's findings and
 * re-scores its case with the core {@link CaseScorer} whenever a new finding arrives. A finding
 * seen again (same uid, as after a restart) changes nothing and emits nothing.
 */
public final class CaseScoring extends KeyedProcessFunction<String, Finding, Case> {
  private final double prior;
  private final double highAt;
  private final double mediumAt;
  private final double maxLog10PerGroup;
  /** Immutable and Serializable: shipped with the function. */
  private final Calibration calibration;
  private transient CaseScorer scorer;
  private transient MapState<String, Finding> findings;

  public CaseScoring(ScoringPolicy policy) {
    this(policy, Calibration.NONE);
  }

  public CaseScoring(ScoringPolicy policy, Calibration calibration) {
    this.calibration = calibration;
    this.prior = policy.prior();
    this.highAt = policy.highAt();
    this.mediumAt = policy.mediumAt();
    this.maxLog10PerGroup = policy.maxLog10PerGroup();
  }

  /** The partition key of a finding's case; only findings whose kind forms a case reach here. */
  public static String caseKey(Finding f) {
    return f.kind().wire() + "\u0000" + f.subject();
  }

  @Override
  public void open(OpenContext openContext) {
    scorer = new CaseScorer(new ScoringPolicy(prior, highAt, mediumAt, maxLog10PerGroup), calibration);
    findings = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("case-findings", Types.STRING, TypeInformation.of(Finding.class)));
  }

  @Override
  public void processElement(Finding f, Context ctx, Collector<Case> out) throws Exception {
    if (findings.contains(f.uid())) return;
    findings.put(f.uid(), f);
    List<Finding> all = new ArrayList<>();
    for (Finding each : findings.values()) all.add(each);
    out.collect(scorer.scoreOne(all));
  }
}
