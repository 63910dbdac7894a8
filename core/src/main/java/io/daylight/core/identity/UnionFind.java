package io.daylight.core.identity;

/** Disjoint sets over record indices, path-halving and union by size: near-constant per operation. */
final class UnionFind {
  private final int[] parent;
  private final int[] size;

  UnionFind(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of a and b; false when they were already one. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) return false;
    if (size[ra] < size[rb]) {
      int t = ra; ra = rb; rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    return true;
  }
}
