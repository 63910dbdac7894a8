package io.daylight.core.context;

import io.daylight.core.event.Rtt;
import java.util.List;
import java.util.Set;

/**
 * What the deploying organisation tells Daylight about itself (the contract's context file): its
 * own VPN / secure-web-gateway exits, the remote-access tools IT approved, the landmarks that
 * measure round trips, and watchlists. Detectors take it through their constructors.
 */
public record DeploymentContext(
    CidrSet corporateEgress,
    Set<String> sanctionedTools,
    List<Rtt.Landmark> landmarks,
    List<WatchlistEntry> watchlists) {

  public static final DeploymentContext EMPTY =
      new DeploymentContext(CidrSet.EMPTY, Set.of(), List.of(), List.of());

  public DeploymentContext {
    corporateEgress = corporateEgress == null ? CidrSet.EMPTY : corporateEgress;
    sanctionedTools = sanctionedTools == null ? Set.of() : Set.copyOf(sanctionedTools);
    landmarks = landmarks == null ? List.of() : List.copyOf(landmarks);
    watchlists = watchlists == null ? List.of() : List.copyOf(watchlists);
  }

  /**
   * The sanctioned tools as detectors compare them (trimmed, lower case): one rule for every
   * detector that asks whether IT approved a program.
   */
  public Set<String> sanctionedToolKeys() {
    Set<String> keys = new java.util.HashSet<>();
    for (String t : sanctionedTools) keys.add(t.trim().toLowerCase(java.util.Locale.ROOT));
    return Set.copyOf(keys);
  }

  /**
   * One name of concern. {@code kind}: institution, employer, domain, phone, account.
   * Each entry carries where it comes from and when, so an analyst can check it.
   */
  public record WatchlistEntry(String kind, String value, String source, String date) {}
}
