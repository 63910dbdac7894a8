package io.daylight.core.endpoint;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Inventory;
import io.daylight.core.ratio.PolicyRatio;
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A consumer VPN client running on the worker's company device ({@link VpnClients}). Alone it says
 * little — many honest people keep one — but it is how a laptop abroad appears near the declared
 * city, so it is read as a weak signal that combines with the relay and place evidence. It observes
 * the same fact as anonymised sign-ins (traffic leaves through a VPN), so it shares their dependency
 * group {@value #GROUP}: both together count once. A client the deployment sanctions (listed among
 * its sanctioned tools) is not a finding. Regression (issue 15, item 9): the client was in the
 * inventory and no detector read it.
 *
 * <p>Likelihood ratio, a policy assumption (no published rate of consumer VPN clients on company
 * laptops): assumed running on 40 % of laptops driven from abroad and on 10 % of honest workers'
 * laptops (privacy-minded users, streaming): 0.40 / 0.10 = 4.
 */
public final class VpnClientDetector implements Detector<VpnClientDetector.State> {
  public static final String NAME = "endpoint.vpn-client";
  /** The anonymiser finding's group (signin.anonymiser): one fact, traffic leaving through a VPN. */
  static final String GROUP = "signin-anonymiser";
  static final double LR = PolicyRatio.of(0.40, 0.10);

  /** Per worker: the clients already reported. */
  public static final class State {
    public String[] reported = new String[0];
  }

  private final Set<String> sanctioned;

  public VpnClientDetector(DeploymentContext ctx) {
    this.sanctioned = ctx.sanctionedToolKeys();
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.INVENTORY); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Inventory inv = (Inventory) event;
    for (Inventory.Process p : inv.processes()) {
      var match = VpnClients.match(p);
      if (match.isEmpty()) continue;
      VpnClients.Client c = match.get();
      if (sanctioned.contains(c.name().toLowerCase(Locale.ROOT)) || ArraySets.contains(s.reported, c.name())) continue;
      s.reported = ArraySets.add(s.reported, c.name());
      String explanation = String.format(Locale.ROOT,
          "Device %s of worker %s runs %s (process %s), a consumer VPN client the deployment does not sanction. Many "
              + "honest people keep one, so alone it weighs little (policy ratio 0.40 / 0.10 = 4, an assumption); it is "
              + "also how a laptop elsewhere appears near the declared place, so it adds to relay and place evidence. "
              + "It counts once with anonymised sign-ins. Catalogue source: %s.",
          inv.deviceId(), inv.subject(), c.name(), p.name(), c.source());
      ctx.emit(new Finding(FindingIds.of(NAME, inv.subject(), c.name()), NAME, inv.subject(), SubjectKind.WORKER,
          inv.time(), "Consumer VPN client " + c.name() + " on the worker's device", explanation, LR, GROUP,
          List.of(Evidence.fact("vpn_client", c.name(), c.source()),
              Evidence.fact("process", p.name(), "inventory " + inv.id()),
              Evidence.fact("likelihood_ratio_basis", "0.40 / 0.10 (policy assumption)", "VpnClientDetector")),
          List.of(inv.id()), null));
    }
  }
}
