package io.daylight.core.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise and cluster-level scores of a clustering against truth. Pairwise: every pair of records
 * in one predicted cluster is a predicted link; precision, recall and F1 over those links. Cluster
 * level: a predicted cluster is right when its members are exactly one true person's records
 * (precision over predicted clusters, recall over true clusters of two or more records).
 */
record LinkMetrics(long truePairs, long predictedPairs, long correctPairs, int trueClusters, int predictedClusters,
                   int exactClusters) {

  double precision() { return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs; }
  double recall() { return truePairs == 0 ? 1 : correctPairs / (double) truePairs; }
  double f1() { return 2 * precision() * recall() / (precision() + recall()); }
  double clusterPrecision() { return predictedClusters == 0 ? 1 : exactClusters / (double) predictedClusters; }
  double clusterRecall() { return trueClusters == 0 ? 1 : exactClusters / (double) trueClusters; }

  static LinkMetrics of(Collection<? extends Collection<String>> predicted, Map<String, String> truth) {
    Map<String, Set<String>> byPerson = new HashMap<>();
    truth.forEach((id, p) -> byPerson.computeIfAbsent(p, k -> new HashSet<>()).add(id));
    long truePairs = 0;
    int trueClusters = 0;
    for (Set<String> s : byPerson.values()) {
      truePairs += (long) s.size() * (s.size() - 1) / 2;
      if (s.size() > 1) trueClusters++;
    }
    long predictedPairs = 0;
    long correct = 0;
    int predictedClusters = 0;
    int exact = 0;
    for (Collection<String> c : predicted) {
      if (c.size() < 2) continue;
      predictedClusters++;
      List<String> ms = new ArrayList<>(c);
      predictedPairs += (long) ms.size() * (ms.size() - 1) / 2;
      Map<String, Integer> counts = new HashMap<>();
      for (String m : ms) counts.merge(truth.get(m), 1, Integer::sum);
      for (int k : counts.values()) correct += (long) k * (k - 1) / 2;
      if (counts.size() == 1 && byPerson.get(truth.get(ms.get(0))).size() == ms.size()) exact++;
    }
    return new LinkMetrics(truePairs, predictedPairs, correct, trueClusters, predictedClusters, exact);
  }

  String line(String label) {
    return String.format(Locale.ROOT,
        "%-22s pairs P %.4f R %.4f F1 %.4f (true %d, predicted %d, correct %d) | clusters P %.4f R %.4f",
        label, precision(), recall(), f1(), truePairs, predictedPairs, correctPairs, clusterPrecision(), clusterRecall());
  }
}
