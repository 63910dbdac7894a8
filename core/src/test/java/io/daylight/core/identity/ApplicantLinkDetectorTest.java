package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicantLinkDetectorTest {

  @Test void routes_every_application_to_one_key_and_links_once_the_day_is_over() {
    ApplicantLinkDetector d = new ApplicantLinkDetector(PhoneIntel.DIGITS_ONLY);
    List<String> keys = new ArrayList<>();
    ApplicantScenario s = ApplicantScenario.generate(5, 200, 3, true);
    d.keys(s.events.get(0), keys::add);
    assertThat(keys).containsExactly(ApplicantLinkDetector.KEY);

    RecordingContext ctx = new RecordingContext(ApplicantLinkDetector.KEY);
    ApplicantLinkDetector.State state = d.newState();
    List<Event> ordered = new ArrayList<>(s.events);
    ordered.sort(Comparator.comparingLong(Event::time));
    for (Event e : ordered) d.onEvent(state, e, ctx);
    assertThat(ctx.findings).isEmpty();
    assertThat(ctx.timers.first()).isEqualTo(Math.floorDiv(ordered.get(0).time(), 86_400_000L) * 86_400_000L + 86_400_000L);
    for (long t : ctx.timers) d.onTimer(state, t, ctx);

    assertThat(ctx.findings).isNotEmpty().allMatch(f -> f.kind() == SubjectKind.APPLICANT && f.subject().startsWith("ring-"));
    List<Case> cases = new CaseScorer(ScoringPolicy.DEFAULT).score(dedupe(ctx.findings));
    List<Case> high = cases.stream().filter(c -> c.level() == Level.HIGH).toList();
    assertThat(high).isNotEmpty().allSatisfy(c -> assertThat(c.members()).allMatch(m -> s.label.get(m).startsWith("ring:")));
    assertThat(cases).allSatisfy(c -> assertThat(c.members()).noneMatch(m -> s.label.get(m).startsWith("lookalike:")
        && c.level() == Level.HIGH));
  }

  @Test void a_timer_without_new_records_emits_nothing() {
    ApplicantLinkDetector d = new ApplicantLinkDetector(PhoneIntel.DIGITS_ONLY);
    RecordingContext ctx = new RecordingContext(ApplicantLinkDetector.KEY);
    ApplicantLinkDetector.State state = d.newState();
    ApplicantScenario s = ApplicantScenario.generate(5, 200, 3, true);
    for (Event e : s.events) d.onEvent(state, e, ctx);
    d.onTimer(state, ctx.timers.last(), ctx);
    int first = ctx.findings.size();
    d.onTimer(state, ctx.timers.last(), ctx);
    assertThat(first).isPositive();
    assertThat(ctx.findings).hasSize(first);
  }

  /** Sinks are idempotent on uid; the last emission of a uid is the one kept. */
  private static List<Finding> dedupe(List<Finding> fs) {
    java.util.Map<String, Finding> byUid = new java.util.LinkedHashMap<>();
    for (Finding f : fs) byUid.put(f.uid(), f);
    return new ArrayList<>(byUid.values());
  }
}
