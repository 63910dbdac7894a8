package io.daylight.app.accuracy;

import io.daylight.core.score.Case;
import io.daylight.core.score.Level;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The level Daylight gave each worker and each application. A worker's is its own case's (the
 * case book gathers a person's evidence from hiring and employment there); a worker named as a
 * member of someone else's case (a farm peer, the hire whose identity a stranger borrowed) is not
 * thereby flagged. An application's is the highest case naming it, except a hiring application,
 * which is its worker: it takes the worker's case. Absent means no case at all.
 */
public final class Verdicts {
  private final Map<String, Level> byId = new HashMap<>();
  private final Map<String, Level> ownCase = new HashMap<>();
  private final Map<String, String> workerOfApplication;
  private final java.util.Set<String> workers;

  /** Without an answer key: every subject or member takes the highest case naming it. */
  public Verdicts(Collection<Case> cases) {
    this(cases, java.util.Set.of(), Map.of());
  }

  /** With the answer key's workers and each hiring application's worker. */
  public Verdicts(Collection<Case> cases, AnswerKey key) {
    this(cases, key.workers().keySet(), key.hires());
  }

  private Verdicts(Collection<Case> cases, java.util.Set<String> workers, Map<String, String> workerOfApplication) {
    this.workers = java.util.Set.copyOf(workers);
    this.workerOfApplication = Map.copyOf(workerOfApplication);
    for (Case c : cases) {
      raise(byId, c.subject(), c.level());
      if (c.kind() == io.daylight.core.detect.SubjectKind.WORKER) raise(ownCase, c.subject(), c.level());
      for (String m : c.members()) raise(byId, m, c.level());
    }
  }

  private static void raise(Map<String, Level> m, String id, Level level) {
    m.merge(id, level, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
  }

  /** The level Daylight gave {@code id}, or null for none. */
  public Level of(String id) {
    String worker = workerOfApplication.get(id);
    if (worker != null) return ownCase.get(worker);
    if (workers.contains(id)) return ownCase.get(id);
    return byId.get(id);
  }

  public boolean atLeast(String id, Level level) {
    Level l = of(id);
    return l != null && l.ordinal() <= level.ordinal();
  }
}
