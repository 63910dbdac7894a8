package io.daylight.core.identity;

import io.daylight.core.event.Application;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor every linker must beat: national id equal, OR folded name and birth date both equal,
 * closed transitively.
 */
final class ExactKeyBaseline {
  private ExactKeyBaseline() {}

  static Collection<List<String>> clusters(List<Application> apps) {
    UnionFind uf = new UnionFind(apps.size());
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < apps.size(); i++) {
      Application.Candidate c = apps.get(i).candidate();
      if (c.nationalId() != null) join(uf, first, "n:" + c.nationalId(), i);
      if (c.name() != null && c.birthDate() != null) join(uf, first, "k:" + Text.fold(c.name()) + "|" + c.birthDate(), i);
    }
    Map<Integer, List<String>> out = new HashMap<>();
    for (int i = 0; i < apps.size(); i++) out.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(apps.get(i).id());
    return out.values();
  }

  private static void join(UnionFind uf, Map<String, Integer> first, String key, int i) {
    Integer j = first.putIfAbsent(key, i);
    if (j != null) uf.union(i, j);
  }
}
