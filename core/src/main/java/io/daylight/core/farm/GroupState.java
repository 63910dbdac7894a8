package io.daylight.core.farm;

import io.daylight.core.state.ArraySets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The workers seen under one shared attribute (an IP, a BSSID, an address, an account), with the
 * distinct days each was seen and the role the attribute plays for them. Parallel arrays instead
 * of a map keep it a POJO that serialises without generic types; groups are small except for
 * undeclared offices, where a linear scan over a few hundred ids still costs microseconds.
 */
public final class GroupState {
  public String[] workers = new String[0];
  /** What the attribute is to each worker ("home", "laptop ship-to", "device public IP"). */
  public String[] roles = new String[0];
  public int[] days = new int[0];
  public long[] lastDay = new long[0];
  /** Each worker's declared home key, where the events routed here carry it (else null). */
  public String[] homes = new String[0];
  /** Each worker's roster name, where the events routed here carry it (else null). */
  public String[] names = new String[0];
  public String[] eventIds = new String[0];
  /** The group size findings were last emitted for (0: none yet). */
  public int reportedSize;
  /** How the attribute reads in explanations. */
  public String label;

  /** Index of the worker, adding it when new. */
  public int indexOf(String worker) {
    for (int i = 0; i < workers.length; i++) if (workers[i].equals(worker)) return i;
    int n = workers.length;
    workers = Arrays.copyOf(workers, n + 1);
    roles = Arrays.copyOf(roles, n + 1);
    days = Arrays.copyOf(days, n + 1);
    lastDay = Arrays.copyOf(lastDay, n + 1);
    homes = Arrays.copyOf(homes, n + 1);
    names = Arrays.copyOf(names, n + 1);
    workers[n] = worker;
    lastDay[n] = Long.MIN_VALUE;
    return n;
  }

  /**
   * Counts a sighting of worker {@code i} on the day of {@code time}; true when it is the first
   * on that day (the only moment the worker's membership can change).
   */
  public boolean seen(int i, long time, String eventId) {
    eventIds = ArraySets.appendBounded(eventIds, eventId, 20);
    long day = ArraySets.day(time);
    if (day == lastDay[i]) return false;
    // Events arrive in event-time order per key, so a new day is always a later one.
    lastDay[i] = day;
    days[i]++;
    return true;
  }

  public void addRole(int i, String role) {
    if (roles[i] == null) roles[i] = role;
    else if (!roles[i].contains(role)) roles[i] = roles[i] + ", " + role;
  }

  /** Workers seen on at least {@code minDays} distinct days, sorted. */
  public List<String> members(int minDays) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < workers.length; i++) if (days[i] >= minDays) out.add(workers[i]);
    out.sort(null);
    return out;
  }

  /**
   * Whether a group of {@code n} deserves new findings: at each size up to 8, then each time it
   * doubles, so a growing farm is re-reported with its stronger ratio without flooding outputs.
   */
  public boolean shouldReport(int n, int minSize) {
    if (n < minSize || n <= reportedSize) return false;
    return n <= 8 || n >= 2 * reportedSize;
  }

  /** "w-1 (home, 7 days), w-2 (laptop ship-to)" for explanations, at most {@code max} names. */
  public String describe(List<String> members, boolean withDays, int max) {
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (String m : members) {
      if (shown == max) {
        b.append(" and ").append(members.size() - max).append(" more");
        break;
      }
      int i = Arrays.asList(workers).indexOf(m);
      if (b.length() > 0) b.append(", ");
      b.append(m).append(" (").append(roles[i]);
      if (withDays) b.append(", ").append(days[i]).append(days[i] == 1 ? " day" : " days");
      b.append(')');
      shown++;
    }
    return b.toString();
  }
}
