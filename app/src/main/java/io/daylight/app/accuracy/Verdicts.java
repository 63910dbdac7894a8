package io.daylight.app.accuracy;

import io.daylight.core.score.Case;
import io.daylight.core.score.Level;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The level Daylight gave each worker and each application: the highest level of any case whose
 * subject or members name it (a person can sit in a worker case and in an applicant cluster; what
 * an analyst sees first is the highest). Absent means no case at all.
 */
public final class Verdicts {
  private final Map<String, Level> byId = new HashMap<>();

  public Verdicts(Collection<Case> cases) {
    for (Case c : cases) {
      raise(c.subject(), c.level());
      for (String m : c.members()) raise(m, c.level());
    }
  }

  private void raise(String id, Level level) {
    byId.merge(id, level, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
  }

  /** The level of the highest case naming {@code id}, or null for none. */
  public Level of(String id) {
    return byId.get(id);
  }

  public boolean atLeast(String id, Level level) {
    Level l = byId.get(id);
    return l != null && l.ordinal() <= level.ordinal();
  }
}
