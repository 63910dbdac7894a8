package io.daylight.core.casebook;

import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Worker;
import io.daylight.core.identity.ClusterSignals;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.vendor.AgencyPlacementReview;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The one place findings become cases, for every runtime (scan, serve, Flink): what it is given
 * (findings, the worker roster, analysts' suppressions) is data, and {@link #conclude} is a pure
 * function of it, so two runtimes that fed it the same things write the same cases.
 *
 * <p><b>One person, one case history.</b> A worker is one person with its hiring application
 * (the roster's {@code application} field), and every identity cluster (an {@link SubjectKind#APPLICANT}
 * finding of the identity linker, whose members are application ids: {@link #IDENTITY_CLUSTERS})
 * that holds that application, and every finding about that one application, is the same
 * person's hiring-side history. Subjects linked this way are joined (union-find over the links: worker ↔
 * its hiring application ↔ each cluster holding it; clusters that share an application are one
 * ring as it grew) and scored together, both ways: the worker's case lists the applicant-side
 * findings and their members, and the cluster forms no separate case. All findings are scored as
 * one set, so dependency groups still apply across the two sides: a fact observed before and after
 * the hire counts once.
 *
 * <p>A case is still one person: two hires that came out of one ring are two cases, each with the
 * ring's evidence, and a worker's own findings never enter another worker's case. A cluster joins
 * a worker only through the worker's own hiring application, never through a resemblance of the
 * worker record to someone else's application (that is a finding, {@code identity.hired-worker-reappears},
 * not an identity).
 *
 * <p>The case's subject is stable and explainable: the worker id when a hire is in the component,
 * otherwise the subject of the component's earliest finding (a ring keeps its name as it grows).
 * Subjects are whatever the findings carry: where worker ids are pseudonymised before detection
 * (serve, the Flink job), the roster must be the pseudonymised worker events too, and the case
 * then names no worker id that detection did not see.
 */
public final class CaseBook {
  /**
   * The applicant findings whose members are one identity: the identity linker's clusters (shared
   * identifiers, one CV, one person behind several contact sets). A finding about one application
   * is that application's too. Other groupings of applications are not identities and join no one:
   * applications from one network in one week (identity.anonymised-network-burst) are strangers
   * who share an exit, and joining them made the demo's ring hire's case swallow 83 unrelated
   * applications' screenings.
   */
  static final Set<String> IDENTITY_CLUSTERS = Set.of(ClusterSignals.MANY_NAMES, ClusterSignals.CV_REUSE,
      ClusterSignals.CONTACT_SETS, ClusterSignals.REAPPEARS, ClusterSignals.VELOCITY);
  private final CaseScorer scorer;
  /** Findings that form cases, by uid, first seen kept. */
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  /** Worker id → its hiring application id, the latest roster event winning. */
  private final Map<String, String> hiredFrom = new TreeMap<>();
  private final Map<String, Long> rosterTime = new HashMap<>();
  private final AgencyPlacementReview agencies = new AgencyPlacementReview();
  private final Set<Suppression> suppressions = new HashSet<>();
  private long newest = Long.MIN_VALUE;

  public CaseBook(CaseScorer scorer) {
    this.scorer = scorer;
  }

  /** What the book concludes: the cases, highest score first, and the agency review's findings. */
  public record Conclusion(List<Case> cases, List<Finding> agencyFindings) {}

  /**
   * Adds a finding; false when its uid is known. Findings of kinds that form no case are not kept,
   * but their time moves the book's clock, which stamps the agency review.
   */
  public boolean add(Finding f) {
    newest = Math.max(newest, f.time());
    if (!f.kind().formsCase()) return false;
    return findings.putIfAbsent(f.uid(), f) == null;
  }

  public void addAll(Collection<Finding> fs) {
    for (Finding f : fs) add(f);
  }

  /** Records a roster event: the worker's hiring application and the agency that placed it. */
  public void addWorker(Worker w) {
    newest = Math.max(newest, w.time());
    // An older roster event that arrives late changes nothing, so the order of arrival does not matter.
    Long before = rosterTime.get(w.subject());
    if (before != null && before > w.time()) return;
    rosterTime.put(w.subject(), w.time());
    agencies.placement(w);
    // A later change to the hire (a new address, a new laptop) need not repeat the application.
    if (w.application() != null && !w.application().isBlank()) hiredFrom.put(w.subject(), w.application().trim());
  }

  /** Forgets the findings that {@code gone} holds (retention, erasure); true when one was known. */
  public boolean removeIf(Predicate<Finding> gone) {
    return findings.values().removeIf(gone);
  }

  public void suppress(Collection<Suppression> added) {
    suppressions.addAll(added);
  }

  /** Whether a benign decision on the case ({@code kind}, {@code subject}) covers {@code f}. */
  public boolean isSuppressed(SubjectKind kind, String subject, Finding f) {
    for (Suppression s : suppressions) {
      if (s.covers(kind, subject, f)) return true;
    }
    return false;
  }

  /** The cases and the agency review; a case whose every finding is suppressed is left out. */
  public Conclusion conclude() {
    List<Case> cases = cases();
    return new Conclusion(cases, agencies.reviewCases(cases, newest));
  }

  /** The cases alone, highest score first (as {@link CaseScorer#score} orders them). */
  public List<Case> cases() {
    Links links = new Links();
    for (Map.Entry<String, String> e : hiredFrom.entrySet()) links.union(worker(e.getKey()), application(e.getValue()));
    Set<String> hires = new HashSet<>(hiredFrom.keySet());
    Set<String> hiringApplications = new HashSet<>(hiredFrom.values());
    for (Finding f : findings.values()) {
      if (f.kind() != SubjectKind.APPLICANT || !(f.members().size() == 1 || IDENTITY_CLUSTERS.contains(f.detector()))) {
        continue;
      }
      boolean reappearance = ClusterSignals.REAPPEARS.equals(f.detector());
      for (String m : f.members()) {
        // A hire whose identity reappears in someone else's application is the one whose identity
        // was borrowed, not the one who borrowed it: that finding belongs to the new application(s),
        // never to the employee's case (regression: a borrowed identity put its honest victim at high).
        if (reappearance && (hires.contains(m) || hiringApplications.contains(m))) continue;
        links.union(cluster(f.subject()), application(m));
      }
    }
    Map<String, List<Finding>> own = new TreeMap<>();
    Map<String, List<Finding>> hiringSide = new TreeMap<>();
    for (Finding f : findings.values()) {
      if (f.kind() == SubjectKind.WORKER) own.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
      else hiringSide.computeIfAbsent(links.find(cluster(f.subject())), k -> new ArrayList<>()).add(f);
    }
    Set<String> workers = new TreeSet<>(own.keySet());
    Set<String> hiredComponents = new HashSet<>();
    for (String w : hiredFrom.keySet()) {
      String root = links.find(worker(w));
      if (hiringSide.containsKey(root)) {
        workers.add(w);
        hiredComponents.add(root);
      }
    }
    List<Case> cases = new ArrayList<>();
    for (String w : workers) {
      List<Finding> all = new ArrayList<>(own.getOrDefault(w, List.of()));
      List<Finding> hiring = hiredFrom.containsKey(w) ? hiringSide.getOrDefault(links.find(worker(w)), List.of()) : List.of();
      all.addAll(hiring);
      Case c = score(w, SubjectKind.WORKER, all, hiring.isEmpty() ? null : span(w, hiring, all.size() > hiring.size()));
      if (c != null) cases.add(c);
    }
    for (Map.Entry<String, List<Finding>> e : hiringSide.entrySet()) {
      if (hiredComponents.contains(e.getKey())) continue;
      Finding earliest = e.getValue().stream().min(Comparator.comparingLong(Finding::time).thenComparing(Finding::uid))
          .orElseThrow();
      Case c = score(earliest.subject(), SubjectKind.APPLICANT, e.getValue(), null);
      if (c != null) cases.add(c);
    }
    cases.sort(Comparator.comparingDouble(Case::posterior).reversed().thenComparing(Case::subject));
    return cases;
  }

  private Case score(String subject, SubjectKind kind, List<Finding> all, String span) {
    List<Finding> visible = all.stream().filter(f -> !isSuppressed(kind, subject, f)).toList();
    return visible.isEmpty() ? null : scorer.scoreLinked(subject, kind, visible, span);
  }

  /**
   * The sentence that says where a worker case's evidence comes from: the applicant clusters by
   * name, and how many single applications' screenings (an applicant finding about one application).
   */
  private String span(String worker, List<Finding> hiring, boolean employmentToo) {
    Set<String> clusters = new TreeSet<>();
    Set<String> screened = new TreeSet<>();
    for (Finding f : hiring) (f.members().size() > 1 ? clusters : screened).add(f.subject());
    List<String> parts = new ArrayList<>();
    if (!clusters.isEmpty()) {
      parts.add((clusters.size() == 1 ? "applicant cluster " : "applicant clusters ") + String.join(", ", clusters));
    }
    if (screened.size() == 1) parts.add("the screening of application " + screened.iterator().next());
    else if (screened.size() > 1) parts.add("the screening of " + screened.size() + " applications");
    String from = String.join(" and ", parts) + "; application " + hiredFrom.get(worker) + " hired this worker";
    return employmentToo
        ? "The evidence spans hiring (" + from + ") and employment."
        : "The evidence comes from hiring (" + from + "); none yet from employment.";
  }

  private static String worker(String id) {
    return "w\u0000" + id;
  }

  private static String application(String id) {
    return "a\u0000" + id;
  }

  private static String cluster(String id) {
    return "c\u0000" + id;
  }

  /** Union-find over subject names, path-halving; a name not yet seen is its own set. */
  private static final class Links {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.getOrDefault(x, x);
      while (!p.equals(x)) {
        String gp = parent.getOrDefault(p, p);
        parent.put(x, gp);
        x = p;
        p = parent.getOrDefault(x, x);
      }
      return x;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) return;
      // The smaller name becomes the root, so the partition's roots do not depend on union order.
      if (ra.compareTo(rb) < 0) parent.put(rb, ra);
      else parent.put(ra, rb);
    }
  }
}
