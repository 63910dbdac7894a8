package io.daylight.core.identity;

import io.daylight.core.event.Application;
import io.daylight.core.event.Event;
import io.daylight.core.event.Worker;
import io.daylight.core.identity.LinkResult.Cluster;
import io.daylight.core.identity.LinkResult.Edge;
import io.daylight.core.identity.LinkResult.EdgeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Links applications and hired workers into identity clusters (batch). Three kinds of edge:
 *
 * <ol>
 *   <li>shared identifiers, near-deterministic: phone (E.164), e-mail mailbox, device id, national
 *       id hash, payroll account, profile link, and photo hashes within {@link PhotoHash#MAX_DISTANCE};
 *   <li>the same person by the Fellegi–Sunter model ({@link FellegiSunterModel}) on name, birth date
 *       and address, over the pairs that share a blocking key, accepted at match probability ≥
 *       {@link #MATCH_PROBABILITY};
 *   <li>near-duplicate CVs by MinHash/LSH ({@link ResumeSimilarity}).
 * </ol>
 *
 * Clusters are the connected components (union-find). Work is linear in records plus candidate
 * pairs: blocks larger than {@link #MAX_BLOCK} records are not expanded (counted in the stats),
 * because a key shared by hundreds of records (a common surname's Soundex with a popular postcode)
 * separates nothing and would make the work quadratic.
 */
public final class IdentityLinker {
  /**
   * Bayes decision with equal costs: link when "same person" is the more probable explanation
   * (not tuned on FEBRL; the household/namesake rule in PersonComparison guards precision).
   */
  public static final double MATCH_PROBABILITY = 0.5;
  /** 100 records = 4,950 pairs per block at most. */
  public static final int MAX_BLOCK = 100;
  /** Identifier groups larger than this are chained rather than compared all-pairs (photo, CV). */
  static final int MAX_SIMILARITY_BLOCK = 500;
  /** Random pairs measured for u (Splink's default max_pairs is 1e6; 2e5 gives u to ±0.0002 at u = 0.01). */
  static final int RANDOM_PAIRS = 200_000;

  private final PhoneIntel phones;

  public IdentityLinker(PhoneIntel phones) {
    this.phones = phones;
  }

  /** Links the application and worker events given; other event types are ignored. */
  public LinkResult link(List<? extends Event> events) {
    Map<String, IdentityRecord> byId = new LinkedHashMap<>();
    for (Event e : events) {
      if (e instanceof Application a) {
        byId.putIfAbsent(a.id(), IdentityRecord.of(a, phones));
      } else if (e instanceof Worker w) {
        IdentityRecord prev = byId.get(w.subject());
        if (prev == null || prev.time <= w.time()) byId.put(w.subject(), IdentityRecord.of(w, phones));
      }
    }
    return linkRecords(new ArrayList<>(byId.values()));
  }

  public LinkResult linkRecords(List<IdentityRecord> list) {
    long start = System.nanoTime();
    IdentityRecord[] r = list.toArray(new IdentityRecord[0]);
    if (r.length > KeyGroups.MAX_RECORDS) throw new IllegalArgumentException("at most " + KeyGroups.MAX_RECORDS + " records per batch");
    List<Edge> edges = new ArrayList<>();
    UnionFind uf = new UnionFind(r.length);

    identifierEdges(r, EdgeKind.PHONE, x -> x.phone, uf, edges);
    Set<String> company = companyDomains(r);
    identifierEdges(r, EdgeKind.EMAIL, x -> x.kind == IdentityRecord.Kind.WORKER && company.contains(x.emailDomain)
        ? "" : x.email, uf, edges);
    identifierEdges(r, EdgeKind.DEVICE, x -> x.deviceId, uf, edges);
    identifierEdges(r, EdgeKind.NATIONAL_ID, x -> x.nationalId, uf, edges);
    identifierEdges(r, EdgeKind.PAYROLL, x -> x.payrollAccount, uf, edges);
    identifierEdges(r, EdgeKind.WORK_HISTORY, x -> x.workHistory, uf, edges);
    linkEdges(r, uf, edges);
    photoEdges(r, uf, edges);
    resumeEdges(r, uf, edges);

    long[] skipped = new long[1];
    long[] pairs = Blocking.candidatePairs(r, MAX_BLOCK, skipped);
    long[] patterns = new long[pairs.length];
    IntStream.range(0, pairs.length).parallel().forEach(i ->
        patterns[i] = PersonComparison.compare(r[(int) (pairs[i] >>> 32)], r[(int) pairs[i]]));
    FellegiSunterModel model = FellegiSunterModel.estimate(randomPatterns(r), levelCounts(patterns), r);
    long accepted = 0;
    for (int i = 0; i < pairs.length; i++) {
      IdentityRecord a = r[(int) (pairs[i] >>> 32)];
      IdentityRecord b = r[(int) pairs[i]];
      double w = model.matchWeight(a, b, patterns[i]);
      double p = model.probability(w);
      if (p < MATCH_PROBABILITY || !PersonComparison.plausiblyOnePerson(patterns[i])) continue;
      accepted++;
      uf.union((int) (pairs[i] >>> 32), (int) pairs[i]);
      edges.add(new Edge(a.id, b.id, EdgeKind.PERSON, String.format(Locale.ROOT,
          "same person by name, birth date and address (match probability %.3f, weight %.1f bits): %s",
          p, w, PersonComparison.describe(a, b, patterns[i])), round(p)));
    }
    List<Cluster> clusters = clusters(r, uf, edges);
    Map<String, IdentityRecord> records = new HashMap<>(r.length * 2);
    for (IdentityRecord x : r) records.put(x.id, x);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new LinkResult(clusters, records,
        new LinkResult.Stats(r.length, pairs.length, accepted, skipped[0], millis), model.describe());
  }

  /**
   * The organisation's own mail domains: a domain on the roster e-mail of two or more hired workers
   * that is not a free consumer mailbox service. A mailbox there is issued by the company (often
   * built from the name, so namesakes collide, or one generic address for many), so it says nothing
   * about who the person is and is not an identity key for worker records. Applications filed from
   * it keep it as a key, and ClusterSignals still reads it to recognise an internal move.
   */
  static Set<String> companyDomains(IdentityRecord[] r) {
    Map<String, Integer> workers = new HashMap<>();
    for (IdentityRecord x : r) {
      if (x.kind == IdentityRecord.Kind.WORKER && !x.emailDomain.isEmpty() && !Emails.isPublicProvider(x.emailDomain)) {
        workers.merge(x.emailDomain, 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    workers.forEach((d, n) -> { if (n >= 2) out.add(d); });
    return out;
  }

  private static void identifierEdges(IdentityRecord[] r, EdgeKind kind, Function<IdentityRecord, String> value,
                                      UnionFind uf, List<Edge> edges) {
    KeyGroups groups = new KeyGroups();
    char tag = kind.name().charAt(0);
    for (int i = 0; i < r.length; i++) {
      String v = value.apply(r[i]);
      if (!v.isEmpty()) groups.add(KeyGroups.hash(tag, v), i);
    }
    groups.forEachGroup((members, n) -> chainEqual(r, members, n, value, kind, uf, edges));
  }

  private static void linkEdges(IdentityRecord[] r, UnionFind uf, List<Edge> edges) {
    KeyGroups groups = new KeyGroups();
    for (int i = 0; i < r.length; i++) {
      for (String l : r[i].links) groups.add(KeyGroups.hash('L', l), i);
    }
    Set<Long> seen = new HashSet<>();
    groups.forEachGroup((members, n) -> {
      Map<String, List<Integer>> byLink = new TreeMap<>();
      for (int k = 0; k < n; k++) {
        for (String l : r[members[k]].links) byLink.computeIfAbsent(l, x -> new ArrayList<>()).add(members[k]);
      }
      for (Map.Entry<String, List<Integer>> e : byLink.entrySet()) {
        List<Integer> ms = e.getValue();
        for (int k = 1; k < ms.size(); k++) {
          int a = ms.get(k - 1);
          int b = ms.get(k);
          if (!seen.add(pairKey(a, b))) continue;
          uf.union(a, b);
          edges.add(new Edge(r[a].id, r[b].id, EdgeKind.PROFILE_LINK, "same profile " + e.getKey(), 1));
        }
      }
    });
  }

  /** Within a hash group, records whose value is really equal are chained in index order. */
  private static void chainEqual(IdentityRecord[] r, int[] members, int n, Function<IdentityRecord, String> value,
                                 EdgeKind kind, UnionFind uf, List<Edge> edges) {
    Integer[] sorted = new Integer[n];
    for (int k = 0; k < n; k++) sorted[k] = members[k];
    Arrays.sort(sorted, Comparator.comparing((Integer i) -> value.apply(r[i])).thenComparingInt(i -> i));
    for (int k = 1; k < n; k++) {
      int a = sorted[k - 1];
      int b = sorted[k];
      String v = value.apply(r[a]);
      if (!v.equals(value.apply(r[b]))) continue;
      uf.union(a, b);
      edges.add(new Edge(r[a].id, r[b].id, kind, identifierReason(kind, v, r[a], r[b]), 1));
    }
  }

  private static String identifierReason(EdgeKind kind, String v, IdentityRecord a, IdentityRecord b) {
    return switch (kind) {
      case PHONE -> {
        String fa = PhoneFormat.fingerprint(a.phoneRaw);
        String fb = PhoneFormat.fingerprint(b.phoneRaw);
        yield fa.equals(fb) ? "same phone " + v
            : "same phone " + v + " written two ways: \"" + a.phoneRaw + "\" and \"" + b.phoneRaw + "\"";
      }
      case EMAIL -> "same mailbox " + v + " (after the provider's dot and +tag rules)";
      case DEVICE -> "same browser device id " + v;
      case NATIONAL_ID -> "same national id hash";
      case PAYROLL -> "same payroll account " + v;
      case WORK_HISTORY -> "same work history: " + v.replace(";", "; ").replace("|", " ");
      default -> "same " + kind.name().toLowerCase(Locale.ROOT) + " " + v;
    };
  }

  private static void photoEdges(IdentityRecord[] r, UnionFind uf, List<Edge> edges) {
    for (int k = 0; k < PhotoHash.KEYS; k++) {
      // One key at a time: a pair is examined in the group of the first key it shares only.
      KeyGroups groups = new KeyGroups();
      for (int i = 0; i < r.length; i++) {
        if (r[i].hasPhoto) groups.add(ResumeSimilarity.mix(PhotoHash.key(r[i].photoHash, k)), i);
      }
      int key = k;
      groups.forEachGroup((members, n) -> similarPairs(members, n, (a, b) -> {
        if (PhotoHash.firstSharedKey(r[a].photoHash, r[b].photoHash) != key) return;
        int d = PhotoHash.distance(r[a].photoHash, r[b].photoHash);
        if (d > PhotoHash.MAX_DISTANCE) return;
        uf.union(a, b);
        edges.add(new Edge(r[a].id, r[b].id, EdgeKind.PHOTO, d == 0 ? "same photo (identical perceptual hash)"
            : "same photo: perceptual hashes " + d + " bits apart (≤ " + PhotoHash.MAX_DISTANCE + " of 64)", round(1 - d / 64.0)));
      }));
    }
  }

  private static void resumeEdges(IdentityRecord[] r, UnionFind uf, List<Edge> edges) {
    for (int band = 0; band < ResumeSimilarity.BANDS; band++) {
      KeyGroups groups = new KeyGroups();
      for (int i = 0; i < r.length; i++) if (r[i].cv != null) groups.add(r[i].cv.bands()[band], i);
      int key = band;
      groups.forEachGroup((members, n) -> similarPairs(members, n, (a, b) -> {
        if (firstSharedBand(r[a].cv, r[b].cv) != key) return;
        double j = ResumeSimilarity.estimate(r[a].cv, r[b].cv);
        if (j < ResumeSimilarity.THRESHOLD) return;
        // A CV reused under another name carries the same work history; a shared template (a
        // bootcamp's) carries only the phrasing, around each graduate's own employers. Where both
        // applications list employers and none is shared, the likeness is the template's.
        // Regression: the demo organisation's bootcamp cohort (CVs 75 % alike) became a ring.
        if (!r[a].employers.isEmpty() && !r[b].employers.isEmpty()
            && java.util.Collections.disjoint(r[a].employers, r[b].employers)) return;
        uf.union(a, b);
        boolean differentNames = PersonComparison.name(r[a].surname, r[b].surname) > 1
            || PersonComparison.name(r[a].given, r[b].given) > 1;
        edges.add(new Edge(r[a].id, r[b].id, EdgeKind.RESUME, String.format(Locale.ROOT,
            "CV %d %% identical (word 5-shingles, names and contact details removed)%s", Math.round(j * 100),
            differentNames ? " under different names" : ""), round(j)));
      }));
    }
  }

  private static int firstSharedBand(ResumeSimilarity.Signature a, ResumeSimilarity.Signature b) {
    for (int k = 0; k < ResumeSimilarity.BANDS; k++) if (a.bands()[k] == b.bands()[k]) return k;
    return -1;
  }

  interface PairConsumer {
    void pair(int a, int b);
  }

  /** All pairs of a block, or a star around its first member when the block is too large. */
  private static void similarPairs(int[] members, int n, PairConsumer c) {
    if (n <= MAX_SIMILARITY_BLOCK) {
      for (int x = 0; x < n; x++) for (int y = x + 1; y < n; y++) c.pair(members[x], members[y]);
    } else {
      for (int y = 1; y < n; y++) c.pair(members[0], members[y]);
    }
  }

  private static long[] randomPatterns(IdentityRecord[] r) {
    if (r.length < 2) return new long[0];
    long possible = (long) r.length * (r.length - 1) / 2;
    int n = (int) Math.min(RANDOM_PAIRS, possible);
    SplittableRandom rnd = new SplittableRandom(0x5EEDL);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      int a = rnd.nextInt(r.length);
      int b = rnd.nextInt(r.length - 1);
      if (b >= a) b++;
      out[i] = PersonComparison.compare(r[a], r[b]);
    }
    return out;
  }

  private static Map<Long, Integer> levelCounts(long[] patterns) {
    Map<Long, Integer> counts = new HashMap<>();
    for (long p : patterns) counts.merge(PersonComparison.levels(p), 1, Integer::sum);
    return counts;
  }

  private static List<Cluster> clusters(IdentityRecord[] r, UnionFind uf, List<Edge> edges) {
    // Only records with an edge can be in a cluster: index those, not the (mostly singleton) rest.
    Map<String, Integer> index = new HashMap<>();
    for (Edge e : edges) {
      index.putIfAbsent(e.a(), -1);
      index.putIfAbsent(e.b(), -1);
    }
    for (int i = 0; i < r.length; i++) {
      if (index.containsKey(r[i].id)) index.put(r[i].id, i);
    }
    Map<Integer, List<String>> members = new HashMap<>();
    index.forEach((id, i) -> members.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(id));
    Map<Integer, List<Edge>> edgesByRoot = new HashMap<>();
    for (Edge e : edges) edgesByRoot.computeIfAbsent(uf.find(index.get(e.a())), k -> new ArrayList<>()).add(e);
    List<Cluster> out = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : members.entrySet()) {
      List<String> ms = e.getValue();
      if (ms.size() < 2) continue;
      ms.sort(null);
      List<Edge> es = edgesByRoot.get(e.getKey());
      es.sort(Comparator.comparing(Edge::a).thenComparing(Edge::b).thenComparing(Edge::kind));
      out.add(new Cluster("ring-" + ms.get(0), List.copyOf(ms), List.copyOf(es)));
    }
    out.sort(Comparator.comparing(Cluster::id));
    return out;
  }

  private static long pairKey(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
