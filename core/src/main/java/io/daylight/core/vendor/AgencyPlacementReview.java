package io.daylight.core.vendor;

import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Worker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Agencies whose placements repeatedly turn up in findings. This looks across detectors' output,
 * so it is not a detector: the runtime feeds it the roster ({@link #placement}) and, after a scan,
 * the workers' findings ({@link #review}). It yields one {@link SubjectKind#AGENCY} finding per
 * agency with {@value #MIN_FLAGGED} or more flagged placements; those form no case.
 *
 * <p>A placement counts as flagged when one of its findings has a likelihood ratio of at least
 * {@value #MIN_RATIO} (a finding that on its own moves the odds tenfold). Likelihood ratio of the
 * agency finding (policy assumption; it orders agency findings only): the share of flagged
 * placements over the organisation-wide share of flagged workers, floored at 1.
 */
public final class AgencyPlacementReview {
  public static final String NAME = "vendor.agency-placements";
  static final int MIN_FLAGGED = 2;
  static final double MIN_RATIO = 10;

  private final Map<String, String> agencyOfWorker = new TreeMap<>();
  private final Map<String, String> agencyName = new TreeMap<>();

  /** Records which agency placed the worker (the latest roster event wins). */
  public void placement(Worker w) {
    String agency = w.engagement() == null ? null : w.engagement().agency();
    String subject = Agencies.subject(agency);
    if (subject == null) return;
    agencyOfWorker.put(w.subject(), subject);
    agencyName.putIfAbsent(subject, agency.trim());
  }

  /** Agency findings for the given worker findings; {@code time} stamps them (the scan's watermark). */
  public List<Finding> review(Collection<Finding> findings, long time) {
    Map<String, TreeSet<String>> flaggedByAgency = new TreeMap<>();
    Map<String, TreeSet<String>> reasons = new TreeMap<>();
    TreeSet<String> flaggedAll = new TreeSet<>();
    for (Finding f : findings) {
      if (f.kind() != SubjectKind.WORKER || f.likelihoodRatio() < MIN_RATIO) continue;
      flaggedAll.add(f.subject());
      String agency = agencyOfWorker.get(f.subject());
      if (agency == null) continue;
      flaggedByAgency.computeIfAbsent(agency, k -> new TreeSet<>()).add(f.subject());
      reasons.computeIfAbsent(agency, k -> new TreeSet<>()).add(f.detector());
    }
    Map<String, Integer> placements = new TreeMap<>();
    for (String a : agencyOfWorker.values()) placements.merge(a, 1, Integer::sum);
    double baseShare = agencyOfWorker.isEmpty() ? 0 : (double) countPlaced(flaggedAll) / agencyOfWorker.size();
    List<Finding> out = new ArrayList<>();
    for (var e : flaggedByAgency.entrySet()) {
      int flagged = e.getValue().size();
      if (flagged < MIN_FLAGGED) continue;
      int placed = placements.get(e.getKey());
      double share = (double) flagged / placed;
      double lr = baseShare > 0 ? Math.max(1, share / baseShare) : flagged;
      String name = agencyName.get(e.getKey());
      String explanation = String.format(Locale.ROOT,
          "%d of the %d workers placed by %s have findings that each move the odds at least tenfold (%s; detectors: %s). "
              + "Across all placed workers the share is %.1f %%. This is for vendor review: it does not raise any "
              + "placement's score.", flagged, placed, name, String.join(", ", e.getValue()),
          String.join(", ", reasons.get(e.getKey())), 100 * baseShare);
      out.add(new Finding(FindingIds.of(NAME, e.getKey(), "placements|" + flagged), NAME, e.getKey(), SubjectKind.AGENCY,
          time, "Agency " + name + ": " + flagged + " of " + placed + " placements have findings", explanation, lr,
          "vendor-placements",
          List.of(Evidence.measured("flagged_placements", flagged, "workers", "≥ " + MIN_FLAGGED, "AgencyPlacementReview"),
              Evidence.measured("placements", placed, "workers", null, "worker roster engagement.agency")),
          List.of(), new ArrayList<>(e.getValue())));
    }
    return out;
  }

  private int countPlaced(TreeSet<String> workers) {
    int n = 0;
    for (String w : workers) if (agencyOfWorker.containsKey(w)) n++;
    return n;
  }
}
