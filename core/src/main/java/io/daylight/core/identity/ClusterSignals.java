package io.daylight.core.identity;

import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.identity.LinkResult.Cluster;
import io.daylight.core.identity.LinkResult.Edge;
import io.daylight.core.identity.LinkResult.EdgeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an identity cluster says, as findings about the cluster (subject = cluster id, kind
 * APPLICANT, members = its application and worker ids):
 *
 * <ul>
 *   <li>{@value #MANY_NAMES}: one identifier (phone, e-mail, device, photo, payroll account) behind
 *       {@link RingLikelihoods#MIN_NAMES} or more different names, a device only when it is
 *       corroborated (below), or one profile link behind {@link RingLikelihoods#MIN_NAMES_ON_PROFILE};</li>
 *   <li>{@value #CV_REUSE}: one CV under different names;</li>
 *   <li>{@value #CONTACT_SETS}: one person (same national id, or name + birth date + address) behind
 *       {@link RingLikelihoods#MIN_CONTACT_SETS} or more different phone/e-mail sets;</li>
 *   <li>{@value #REAPPEARS}: a hired worker's identity in a new application;</li>
 *   <li>{@value #VELOCITY}: {@link RingLikelihoods#MIN_BURST} or more applications joined by
 *       evidence (personal identifiers, same person, CV, corroborated devices) within
 *       {@link RingLikelihoods#BURST_DAYS} days.</li>
 * </ul>
 *
 * <p>A shared device is evidence only together with reuse of the people's own identifiers: a
 * staffing agency's recruiter files a dozen candidates, each with their own phone, e-mail, CV and
 * profile, from one office machine, and a careers fair or a family computer does the same on a
 * small scale. So a device group counts (for names and for velocity) only when two of its
 * members under different names also share a personal identifier (phone, e-mail, photo, national
 * id, payroll account, profile link) or a copied CV; a ring whose personas share the laptop and a
 * phone or a CV template is caught as before.
 *
 * The likelihood ratios are measured on labelled ring scenarios and FEBRL ({@link RingLikelihoods}).
 * Names are compared as the linker does: "Jon Miller" and "Jonathan Miller" are one name, and so are
 * romanisation variants; a variant is never itself evidence.
 */
public final class ClusterSignals {
  public static final String MANY_NAMES = "identity.many-names-one-identifier";
  public static final String CV_REUSE = "identity.cv-reused-under-other-names";
  public static final String CONTACT_SETS = "identity.one-identity-many-contacts";
  public static final String REAPPEARS = "identity.hired-worker-reappears";
  public static final String VELOCITY = "identity.application-velocity";
  public static final String WORK_HISTORY = "identity.work-history-reused";
  public static final String EMAIL_TEMPLATE = "identity.mailbox-recipe";
  public static final String NETWORK_BURST = "identity.ring-network-burst";
  private static final long DAY_MS = 86_400_000L;

  private ClusterSignals() {}

  public static List<Finding> findings(LinkResult result) {
    List<Finding> out = new ArrayList<>();
    for (Cluster c : result.clusters()) out.addAll(findings(c, result.records()));
    return out;
  }

  public static List<Finding> findings(Cluster linked, Map<String, IdentityRecord> records) {
    List<Finding> out = new ArrayList<>();
    for (Cluster c : evidenceClusters(linked, records)) {
      manyNames(c, records, out);
      cvReuse(c, records, out);
      contactSets(c, records, out);
      reappears(c, records, out);
      velocity(c, records, out);
      workHistory(c, records, out);
      emailTemplate(c, records, out);
      networkBurst(c, records, out);
    }
    return out;
  }

  private static void manyNames(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    List<String> best = List.of();
    EdgeKind bestKind = null;
    Set<String> bestGroup = Set.of();
    for (EdgeKind kind : EdgeKind.values()) {
      if (!kind.identifier() || kind == EdgeKind.NATIONAL_ID) continue;
      for (Set<String> group : components(c, kind)) {
        List<String> names = distinctNames(group, records);
        if (names.size() < RingLikelihoods.minNames(kind)) continue;
        if (names.size() < RingLikelihoods.MIN_NAMES && onePersonOtherwise(c, group)) continue;
        if (names.size() > best.size()) {
          best = names;
          bestKind = kind;
          bestGroup = group;
        }
      }
    }
    if (bestKind == null) return;
    String what = identifierLabel(bestKind);
    if (bestKind == EdgeKind.PHONE) {
      Set<String> shapes = new TreeSet<>();
      for (String id : bestGroup) shapes.add(PhoneFormat.fingerprint(records.get(id).phoneRaw));
      if (shapes.size() > 1) what = what + " " + records.get(bestGroup.iterator().next()).phone + " (written " + shapes.size() + " ways)";
    }
    String title = best.size() + " different names behind one " + what;
    String explanation = String.format(Locale.ROOT,
        "Applications in %s share one %s but give %d different names (%s). Names are compared after folding "
            + "case and accents, in any order, allowing typos and romanisation variants, so these are not "
            + "spellings of one name. Honest households share a phone or a device between two people, never a "
            + "public profile, which is one person's; %d or more names on one %s was seen in %s.",
        c.id(), what, best.size(), String.join(", ", best), RingLikelihoods.minNames(bestKind), what,
        RingLikelihoods.MANY_NAMES_SOURCE);
    out.add(finding(MANY_NAMES, c, records, title, explanation, RingLikelihoods.MANY_NAMES_LR, "identity-ring",
        List.of(Evidence.measured("distinct_names", best.size(), "names", "≥ " + RingLikelihoods.minNames(bestKind),
            RingLikelihoods.MANY_NAMES_SOURCE), Evidence.fact("identifier", what, "identity linker edges"))));
  }

  /**
   * Whether records already are one person by their own identifiers (national id, name + birth date +
   * address, their e-mail or phone): then two names are one person's name change (marriage), not two
   * people behind one profile.
   */
  private static boolean onePersonOtherwise(Cluster c, Set<String> group) {
    for (Set<String> person : componentsOf(c, Set.of(EdgeKind.PERSON, EdgeKind.NATIONAL_ID, EdgeKind.EMAIL, EdgeKind.PHONE))) {
      if (person.containsAll(group)) return true;
    }
    return false;
  }

  private static void cvReuse(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    Edge best = null;
    for (Edge e : c.edges()) {
      if (e.kind() == EdgeKind.RESUME && e.reason().endsWith("under different names")
          && (best == null || e.weight() > best.weight())) best = e;
    }
    if (best == null) return;
    IdentityRecord a = records.get(best.a());
    IdentityRecord b = records.get(best.b());
    String title = String.format(Locale.ROOT, "CV %d %% identical under different names", Math.round(best.weight() * 100));
    String explanation = String.format(Locale.ROOT,
        "%s (%s) and %s (%s): %s. Shared templates keep headings and stock phrases but not the sentences about "
            + "one's own work; a Jaccard similarity of %.2f on 5-word runs after removing names and contacts "
            + "is above the %.1f threshold. Seen in %s.",
        a.id, a.displayName, b.id, b.displayName, best.reason(), best.weight(), ResumeSimilarity.THRESHOLD,
        RingLikelihoods.CV_REUSE_SOURCE);
    out.add(finding(CV_REUSE, c, records, title, explanation, RingLikelihoods.CV_REUSE_LR, "identity-ring",
        List.of(Evidence.measured("cv_jaccard", best.weight(), null, "≥ " + ResumeSimilarity.THRESHOLD,
            "MinHash 16×8, word 5-shingles"))));
  }

  private static void contactSets(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    List<String> worst = List.of();
    for (Set<String> person : personComponents(c)) {
      Set<String> sets = new TreeSet<>();
      for (String id : person) {
        IdentityRecord r = records.get(id);
        if (r.kind == IdentityRecord.Kind.APPLICATION && (!r.phone.isEmpty() || !r.email.isEmpty())) {
          sets.add((r.phone.isEmpty() ? "-" : r.phone) + " / " + (r.email.isEmpty() ? "-" : r.email));
        }
      }
      if (sets.size() > worst.size()) worst = new ArrayList<>(sets);
    }
    if (worst.size() < RingLikelihoods.MIN_CONTACT_SETS) return;
    String title = "One identity applied with " + worst.size() + " different phone/e-mail sets";
    String explanation = String.format(Locale.ROOT,
        "Applications in %s are one person by national id or by name, birth date and address, yet came with "
            + "%d different contact sets (%s). People change a phone or an address now and then; %d or more "
            + "sets was seen in %s.",
        c.id(), worst.size(), String.join("; ", worst), RingLikelihoods.MIN_CONTACT_SETS, RingLikelihoods.CONTACT_SETS_SOURCE);
    out.add(finding(CONTACT_SETS, c, records, title, explanation, RingLikelihoods.CONTACT_SETS_LR, "identity-contacts",
        List.of(Evidence.measured("contact_sets", worst.size(), "sets", "≥ " + RingLikelihoods.MIN_CONTACT_SETS,
            RingLikelihoods.CONTACT_SETS_SOURCE))));
  }

  private static void reappears(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    for (Set<String> identity : identityComponents(c)) {
      for (String wid : identity) {
        IdentityRecord worker = records.get(wid);
        if (worker.kind != IdentityRecord.Kind.WORKER) continue;
        for (String aid : identity) {
          IdentityRecord app = records.get(aid);
          if (app.kind != IdentityRecord.Kind.APPLICATION || app.id.equals(worker.ownApplication)
              || app.time <= worker.time) continue;
          // An internal move is applied for from the worker's own corporate mailbox; a hire applying
          // again with the personal e-mail or phone of the application that hired them is the same
          // person back, not a borrowed identity (regression: honest re-applicants in the demo).
          if (!app.email.isEmpty() && app.email.equals(worker.email)) continue;
          IdentityRecord own = records.get(worker.ownApplication);
          if (own != null && !app.email.isEmpty() && app.email.equals(own.email)) continue;
          if (sharesHiresPhone(app, worker, own) && !borrowedElsewhere(app, worker, own)) continue;
          String why = linkReason(c, worker.id, app.id);
          String title = "Hired worker " + worker.id + "'s identity reappears in application " + app.id;
          String explanation = String.format(Locale.ROOT,
              "Worker %s (%s) is employed; the later application %s (%s) is the same identity: %s. It did not come "
                  + "from the worker's own mailbox, as an internal move would. A worker's identity in a new "
                  + "application is how a borrowed identity gets reused for a second seat. Seen in %s.",
              worker.id, worker.displayName, app.id, app.displayName, why, RingLikelihoods.REAPPEARS_SOURCE);
          out.add(finding(REAPPEARS, c, records, title, explanation, RingLikelihoods.REAPPEARS_LR, "identity-reuse",
              List.of(Evidence.fact("link", why, "identity linker"), Evidence.fact("worker", worker.id, "worker event"))));
          return;
        }
      }
    }
  }

  private static boolean sharesHiresPhone(IdentityRecord app, IdentityRecord worker, IdentityRecord own) {
    return !app.phone.isEmpty() && (app.phone.equals(worker.phone) || own != null && app.phone.equals(own.phone));
  }

  /**
   * The hire's name and phone with a new e-mail from another state. The same person re-applying keeps
   * their own e-mail or at least their state (a new personal mailbox alone is common: people change
   * providers); a borrowed identity is re-used by someone elsewhere, who can copy the name and phone
   * from the hire's papers but brings their own mailbox and address. A shared phone under another
   * name (a spouse) is not the hire's identity. Regression (issue 15, item 11): the hire's phone
   * made the rule skip exactly these applications.
   */
  private static boolean borrowedElsewhere(IdentityRecord app, IdentityRecord worker, IdentityRecord own) {
    String hireState = !worker.declaredState.isEmpty() ? worker.declaredState : own == null ? "" : own.declaredState;
    return !app.declaredState.isEmpty() && !hireState.isEmpty() && !app.declaredState.equals(hireState)
        && sameName(worker, app);
  }

  /** The reason of the direct edge between two members, or a note that they are linked through others. */
  private static String linkReason(Cluster c, String a, String b) {
    for (Edge e : c.edges()) {
      if (e.a().equals(a) && e.b().equals(b) || e.a().equals(b) && e.b().equals(a)) return e.reason();
    }
    return "linked through other records of " + c.id() + " by shared identifiers or name, birth date and address";
  }

  private static void velocity(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    List<Long> times = new ArrayList<>();
    for (String id : c.members()) {
      IdentityRecord r = records.get(id);
      if (r.kind == IdentityRecord.Kind.APPLICATION) times.add(r.time);
    }
    Collections.sort(times);
    int best = 0;
    int from = 0;
    for (int to = 0; to < times.size(); to++) {
      while (times.get(to) - times.get(from) > RingLikelihoods.BURST_DAYS * DAY_MS) from++;
      best = Math.max(best, to - from + 1);
    }
    if (best < RingLikelihoods.MIN_BURST) return;
    String title = best + " linked applications within " + RingLikelihoods.BURST_DAYS + " days";
    String explanation = String.format(Locale.ROOT,
        "%s holds %d applications submitted within %d days. An honest applicant re-applies to a few roles; "
            + "%d or more in %d days was seen in %s.",
        c.id(), best, RingLikelihoods.BURST_DAYS, RingLikelihoods.MIN_BURST, RingLikelihoods.BURST_DAYS,
        RingLikelihoods.VELOCITY_SOURCE);
    out.add(finding(VELOCITY, c, records, title, explanation, RingLikelihoods.VELOCITY_LR, "identity-velocity",
        List.of(Evidence.measured("applications_in_window", best, "applications",
            "≥ " + RingLikelihoods.MIN_BURST + " in " + RingLikelihoods.BURST_DAYS + " d", RingLikelihoods.VELOCITY_SOURCE))));
  }

  /** One employer/date sequence under two or more names that are not one person's. */
  private static void workHistory(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    List<String> best = List.of();
    Set<String> bestGroup = Set.of();
    for (Set<String> group : components(c, EdgeKind.WORK_HISTORY)) {
      List<String> names = distinctNames(group, records);
      if (names.size() > best.size()) {
        best = names;
        bestGroup = group;
      }
    }
    if (best.size() < RingLikelihoods.MIN_NAMES_ON_WORK_HISTORY) return;
    IdentityRecord any = records.get(bestGroup.iterator().next());
    int jobs = any.workHistory.split(";").length;
    String title = best.size() + " different names with one work history";
    String explanation = String.format(Locale.ROOT,
        "Applications in %s give %d different names (%s) but list the same %d jobs with the same employers and the "
            + "same start and end months. A shared CV template (a bootcamp's) carries the wording around each "
            + "person's own jobs; rewording the summary and reordering bullets leaves an invented work history in "
            + "place. %s",
        c.id(), best.size(), String.join(", ", best), jobs, RingLikelihoods.WORK_HISTORY_SOURCE);
    out.add(finding(WORK_HISTORY, c, records, title, explanation, RingLikelihoods.WORK_HISTORY_LR, "identity-ring",
        List.of(Evidence.measured("distinct_names", best.size(), "names", "≥ " + RingLikelihoods.MIN_NAMES_ON_WORK_HISTORY,
                RingLikelihoods.WORK_HISTORY_SOURCE),
            Evidence.measured("dated_jobs", jobs, "jobs", "≥ " + RingTraces.MIN_DATED_JOBS, "application employers"))));
  }

  /** One mailbox recipe with a literal of its own under three or more names of one cluster. */
  private static void emailTemplate(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    Map<String, Set<String>> byTemplate = new java.util.TreeMap<>();
    for (String id : c.members()) {
      IdentityRecord r = records.get(id);
      if (!r.emailTemplate.isEmpty()) byTemplate.computeIfAbsent(r.emailTemplate, k -> new TreeSet<>()).add(id);
    }
    String template = null;
    List<String> best = List.of();
    for (Map.Entry<String, Set<String>> e : byTemplate.entrySet()) {
      List<String> names = distinctNames(e.getValue(), records);
      if (names.size() > best.size()) {
        best = names;
        template = e.getKey();
      }
    }
    if (best.size() < RingLikelihoods.MIN_NAMES) return;
    String title = best.size() + " names with mailboxes made from one recipe";
    String explanation = String.format(Locale.ROOT,
        "In %s, %d different names (%s) have mailboxes built the same way: %s (G given name, g its initial, S "
            + "surname, #n a run of n digits, the rest literal). Common recipes (given.surname, initial+surname+digits) "
            + "are not counted, only ones with a literal part of their own. %s",
        c.id(), best.size(), String.join(", ", best), template, RingLikelihoods.EMAIL_TEMPLATE_SOURCE);
    out.add(finding(EMAIL_TEMPLATE, c, records, title, explanation, RingLikelihoods.EMAIL_TEMPLATE_LR,
        "identity-ring-contacts", List.of(Evidence.fact("mailbox_recipe", template, "application e-mail local parts"),
            Evidence.measured("distinct_names", best.size(), "names", "≥ " + RingLikelihoods.MIN_NAMES,
                RingLikelihoods.EMAIL_TEMPLATE_SOURCE))));
  }

  /**
   * Three or more names of one cluster filing from one /24 within {@link RingLikelihoods#NETWORK_BURST_DAYS}
   * days: the ring's rented block, read as part of the ring (its case), not as a case of its own.
   */
  private static void networkBurst(Cluster c, Map<String, IdentityRecord> records, List<Finding> out) {
    Map<String, List<IdentityRecord>> byNetwork = new java.util.TreeMap<>();
    for (String id : c.members()) {
      IdentityRecord r = records.get(id);
      if (r.kind == IdentityRecord.Kind.APPLICATION && !r.network.isEmpty()) {
        byNetwork.computeIfAbsent(r.network, k -> new ArrayList<>()).add(r);
      }
    }
    String network = null;
    List<String> best = List.of();
    for (Map.Entry<String, List<IdentityRecord>> e : byNetwork.entrySet()) {
      List<IdentityRecord> apps = e.getValue();
      apps.sort(java.util.Comparator.comparingLong(IdentityRecord::time));
      int from = 0;
      for (int to = 0; to < apps.size(); to++) {
        while (apps.get(to).time - apps.get(from).time > RingLikelihoods.NETWORK_BURST_DAYS * DAY_MS) from++;
        Set<String> window = new TreeSet<>();
        for (int k = from; k <= to; k++) window.add(apps.get(k).id);
        List<String> names = distinctNames(window, records);
        if (names.size() > best.size()) {
          best = names;
          network = e.getKey();
        }
      }
    }
    if (best.size() < RingLikelihoods.MIN_NAMES) return;
    String title = best.size() + " linked names filed from one network block within " + RingLikelihoods.NETWORK_BURST_DAYS + " days";
    String explanation = String.format(Locale.ROOT,
        "Applications of %s under %d different names (%s) came from %s within %d days. A household files one or two "
            + "applications from home; a crew files its personas in bursts from the block it rents. Only names "
            + "already linked into this cluster by other evidence count, so a career centre's or a campus's "
            + "shared address is not read. %s",
        c.id(), best.size(), String.join(", ", best), network, RingLikelihoods.NETWORK_BURST_DAYS,
        RingLikelihoods.NETWORK_BURST_SOURCE);
    out.add(finding(NETWORK_BURST, c, records, title, explanation, RingLikelihoods.NETWORK_BURST_LR,
        "identity-ring-network", List.of(Evidence.fact("network", network, "application ip"),
            Evidence.measured("distinct_names", best.size(), "names", "≥ " + RingLikelihoods.MIN_NAMES + " in "
                + RingLikelihoods.NETWORK_BURST_DAYS + " d", RingLikelihoods.NETWORK_BURST_SOURCE))));
  }

  private static Finding finding(String detector, Cluster c, Map<String, IdentityRecord> records, String title,
                                 String explanation, double lr, String group, List<Evidence> evidence) {
    long time = Long.MIN_VALUE;
    for (String id : c.members()) time = Math.max(time, records.get(id).time);
    String uid = FindingIds.of(detector, c.id(), String.join(",", c.members()));
    return new Finding(uid, detector, c.id(), SubjectKind.APPLICANT, time, title, explanation, lr, group,
        evidence, c.members(), c.members());
  }

  /** Connected components of the cluster using only edges of one kind. */
  static List<Set<String>> components(Cluster c, EdgeKind kind) {
    return componentsOf(c, Set.of(kind));
  }

  /** Edges that say something about the person: a shared personal identifier or a copied CV. */
  private static final Set<EdgeKind> PERSONAL_REUSE = Set.of(EdgeKind.PHONE, EdgeKind.EMAIL, EdgeKind.PHOTO,
      EdgeKind.NATIONAL_ID, EdgeKind.PAYROLL, EdgeKind.PROFILE_LINK, EdgeKind.RESUME);

  /**
   * Whether a group of records on one device is corroborated: two of its members under different
   * names share a personal identifier or a copied CV (directly, by an edge of the cluster).
   */
  static boolean corroborated(Cluster c, Set<String> deviceGroup, Map<String, IdentityRecord> records) {
    for (Edge e : c.edges()) {
      if (!PERSONAL_REUSE.contains(e.kind()) || !deviceGroup.contains(e.a()) || !deviceGroup.contains(e.b())) continue;
      IdentityRecord a = records.get(e.a());
      IdentityRecord b = records.get(e.b());
      if (a.nameTokens.length > 0 && b.nameTokens.length > 0 && !sameName(a, b)) return true;
    }
    return false;
  }

  /**
   * The cluster as evidence joins it: every edge but a device's, plus the device edges of
   * corroborated device groups. Records joined only through an uncorroborated device (an agency's
   * office machine) fall into separate clusters (each named, as the linker names clusters, by its
   * smallest member), so a finding about some of them never carries the others along. A cluster
   * with no such device is returned as it is.
   */
  static List<Cluster> evidenceClusters(Cluster c, Map<String, IdentityRecord> records) {
    List<Edge> kept = new ArrayList<>();
    for (Edge e : c.edges()) if (e.kind() != EdgeKind.DEVICE) kept.add(e);
    for (Set<String> group : components(c, EdgeKind.DEVICE)) {
      if (!corroborated(c, group, records)) continue;
      for (Edge e : c.edges()) if (e.kind() == EdgeKind.DEVICE && group.contains(e.a())) kept.add(e);
    }
    if (kept.size() == c.edges().size()) return List.of(c);
    List<Cluster> out = new ArrayList<>();
    for (Set<String> part : componentsOf(new Cluster(c.id(), c.members(), kept), java.util.EnumSet.allOf(EdgeKind.class))) {
      if (part.size() < 2) continue;
      List<String> members = new ArrayList<>(new TreeSet<>(part));
      List<Edge> edges = new ArrayList<>();
      for (Edge e : kept) if (part.contains(e.a())) edges.add(e);
      edges.sort(java.util.Comparator.comparing(Edge::a).thenComparing(Edge::b).thenComparing(Edge::kind));
      out.add(new Cluster("ring-" + members.get(0), List.copyOf(members), List.copyOf(edges)));
    }
    out.sort(java.util.Comparator.comparing(Cluster::id));
    return out;
  }

  /** Components of "same person": national id and Fellegi–Sunter edges. */
  static List<Set<String>> personComponents(Cluster c) {
    return componentsOf(c, Set.of(EdgeKind.PERSON, EdgeKind.NATIONAL_ID));
  }

  /** Components of "same identity": every edge but device and CV, which a ring shares across personas. */
  static List<Set<String>> identityComponents(Cluster c) {
    return componentsOf(c, Set.of(EdgeKind.PERSON, EdgeKind.NATIONAL_ID, EdgeKind.PHONE, EdgeKind.EMAIL,
        EdgeKind.PHOTO, EdgeKind.PAYROLL, EdgeKind.PROFILE_LINK));
  }

  private static List<Set<String>> componentsOf(Cluster c, Set<EdgeKind> kinds) {
    Map<String, String> parent = new HashMap<>();
    for (Edge e : c.edges()) {
      if (kinds.contains(e.kind())) union(parent, e.a(), e.b());
    }
    Map<String, Set<String>> groups = new HashMap<>();
    for (String id : parent.keySet()) groups.computeIfAbsent(find(parent, id), k -> new TreeSet<>()).add(id);
    return new ArrayList<>(groups.values());
  }

  /** One display name per group of records whose names are the same name (typos, order, variants). */
  static List<String> distinctNames(Set<String> ids, Map<String, IdentityRecord> records) {
    List<IdentityRecord> reps = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (String id : ids) {
      IdentityRecord r = records.get(id);
      if (r.nameTokens.length == 0) continue;
      boolean known = false;
      for (IdentityRecord rep : reps) {
        if (sameName(rep, r)) {
          known = true;
          break;
        }
      }
      if (!known) {
        reps.add(r);
        names.add(r.displayName);
      }
    }
    return new ArrayList<>(names);
  }

  static boolean sameName(IdentityRecord a, IdentityRecord b) {
    long p = PersonComparison.compare(a, b);
    int g = PersonComparison.level(p, PersonComparison.Field.GIVEN_NAME);
    int s = PersonComparison.level(p, PersonComparison.Field.SURNAME);
    return s <= 1 && (g <= 1 || g == PersonComparison.MISSING) || s == PersonComparison.MISSING && g <= 1;
  }

  private static String identifierLabel(EdgeKind kind) {
    return switch (kind) {
      case PHONE -> "phone number";
      case EMAIL -> "e-mail mailbox";
      case DEVICE -> "browser device";
      case PHOTO -> "photo";
      case PAYROLL -> "payroll account";
      case PROFILE_LINK -> "profile link";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) parent.put(ra, rb);
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    while (!p.equals(x)) {
      x = p;
      p = parent.get(x);
    }
    return x;
  }
}
