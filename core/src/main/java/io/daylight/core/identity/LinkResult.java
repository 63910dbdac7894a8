package io.daylight.core.identity;

import java.util.List;
import java.util.Map;

/**
 * The identity clusters of one linking run: groups of applications and workers joined by explained
 * edges. Singletons are not clusters.
 *
 * @param records every record linked, by member id (for the cluster signals)
 */
public record LinkResult(List<Cluster> clusters, Map<String, IdentityRecord> records, Stats stats, String model) {

  /**
   * @param id "ring-" + the lexicographically smallest member id: stable while that member stays in
   */
  public record Cluster(String id, List<String> members, List<Edge> edges) {}

  /**
   * @param weight how strongly the edge binds, in [0, 1]: the Fellegi–Sunter match probability for
   *     {@link EdgeKind#PERSON}, the estimated shingle Jaccard for {@link EdgeKind#RESUME}, 1 for a
   *     shared exact identifier, 1 − distance/64 for photos
   */
  public record Edge(String a, String b, EdgeKind kind, String reason, double weight) {}

  public enum EdgeKind {
    PHONE(true), EMAIL(true), DEVICE(true), PHOTO(true), NATIONAL_ID(true), PAYROLL(true), PROFILE_LINK(true),
    /** Same person by the Fellegi–Sunter model on name, birth date and address. */
    PERSON(false),
    /** Near-duplicate CV text. */
    RESUME(false),
    /** The same employer/date sequence (two or more dated jobs): an invented work history reused. */
    WORK_HISTORY(false);

    final boolean identifier;

    EdgeKind(boolean identifier) {
      this.identifier = identifier;
    }

    /** A shared identifier (phone, e-mail, device...), as opposed to a similarity. */
    public boolean identifier() {
      return identifier;
    }
  }

  /**
   * @param candidatePairs distinct pairs the Fellegi–Sunter model scored
   * @param skippedBlocks blocking keys shared by more than the block cap, not expanded into pairs
   */
  public record Stats(int records, long candidatePairs, long acceptedPairs, long skippedBlocks, long millis) {}
}
