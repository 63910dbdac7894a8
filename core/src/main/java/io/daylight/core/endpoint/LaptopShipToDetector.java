package io.daylight.core.endpoint;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Address;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Worker;
import io.daylight.core.address.Addresses;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * The issued laptop goes to an address other than the worker's home, or the destination is
 * changed after it was first set. Both are how a laptop reaches a facilitator: the US (State,
 * Treasury, FBI) advisory on DPRK IT workers of May 2022 and its US–ROK update of Oct 2023 list
 * requests to send company equipment to an address other than the worker's as a red flag.
 *
 * <p>Addresses are compared by {@link Addresses#key} so spelling variants of one home agree.
 *
 * <p>Likelihood ratios (policy assumptions; no public base rate): shipped elsewhere than home,
 * assumed for 70 % of fraud workers and 10 % of honest ones (an office, a relative's house while
 * moving): 0.70 / 0.10 = 7. The destination changed to a non-home address
 * after it was set, assumed 40 % vs 2 %: 20. Both observe one fact (where the
 * laptop went), so they share a dependency group.
 */
public final class LaptopShipToDetector implements Detector<LaptopShipToDetector.State> {
  public static final String NAME = "endpoint.laptop-ship-to";
  static final double ELSEWHERE_LR = PolicyRatio.of(0.70, 0.10);
  static final double CHANGED_LR = PolicyRatio.of(0.40, 0.02);

  /** Per-worker memory: the current home and ship-to keys and what was reported. */
  public static final class State {
    public String homeKey;
    public String shipToKey;
    public String reportedElsewhere;
    public String reportedChange;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Worker w = (Worker) event;
    String home = Addresses.key(w.homeAddress());
    if (home != null) s.homeKey = home;
    Address shipTo = w.laptop() == null ? null : w.laptop().shipTo();
    String ship = Addresses.key(shipTo);
    if (ship == null) return;
    String previous = s.shipToKey;
    s.shipToKey = ship;
    if (s.homeKey == null || Addresses.sameHome(ship, s.homeKey)) return;
    if (previous != null && !Addresses.sameHome(previous, ship) && !ship.equals(s.reportedChange)) {
      s.reportedChange = ship;
      ctx.emit(finding(w, shipTo, "changed", CHANGED_LR,
          "Laptop destination changed to an address other than home",
          "The laptop destination of worker %s was changed after it had been set, to %s, which is not the worker's "
              + "declared home (%s). Requests to redirect a laptop are a named red flag in US advisories on "
              + "remote IT-worker fraud; confirm the change with the worker through a known channel."));
    }
    if (!ship.equals(s.reportedElsewhere)) {
      s.reportedElsewhere = ship;
      ctx.emit(finding(w, shipTo, "elsewhere", ELSEWHERE_LR, "Laptop shipped to an address other than the worker's home",
          "The laptop of worker %s is shipped to %s, not the declared home (%s). An office or a relative's address "
              + "explains this for some honest workers; a facilitator's address explains it for laptop farms."));
    }
  }

  private static Finding finding(Worker w, Address shipTo, String what, double lr, String title, String template) {
    String explanation = String.format(Locale.ROOT, template, w.subject(), Addresses.label(shipTo), Addresses.label(w.homeAddress()));
    return new Finding(FindingIds.of(NAME, w.subject(), what + "|" + Addresses.key(shipTo)), NAME, w.subject(),
        SubjectKind.WORKER, w.time(), title, explanation, lr, "laptop-destination",
        List.of(Evidence.fact("ship_to", Addresses.label(shipTo), "worker " + w.id()),
            Evidence.fact("home_address", Addresses.label(w.homeAddress()), "worker roster")),
        List.of(w.id()), null);
  }
}
