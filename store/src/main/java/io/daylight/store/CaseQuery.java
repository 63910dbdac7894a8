package io.daylight.store;

import io.daylight.core.detect.SubjectKind;
import io.daylight.core.score.Level;
import java.util.List;
import java.util.Set;

/**
 * A page of the case queue: highest score first, optionally only some levels or kinds.
 *
 * @param levels the levels to include; empty means all
 * @param kinds the subject kinds to include; empty means all
 */
public record CaseQuery(Set<Level> levels, Set<SubjectKind> kinds, int limit, int offset) {
  public CaseQuery {
    levels = Set.copyOf(levels);
    kinds = Set.copyOf(kinds);
    if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
  }

  /** The first {@code limit} cases of any level and kind. */
  public static CaseQuery top(int limit) {
    return new CaseQuery(Set.of(), Set.of(), limit, 0);
  }

  public CaseQuery atLevels(Level... wanted) {
    return new CaseQuery(Set.copyOf(List.of(wanted)), kinds, limit, offset);
  }

  public CaseQuery ofKinds(SubjectKind... wanted) {
    return new CaseQuery(levels, Set.copyOf(List.of(wanted)), limit, offset);
  }

  public CaseQuery from(int newOffset) {
    return new CaseQuery(levels, kinds, limit, newOffset);
  }
}
