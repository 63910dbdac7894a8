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
import io.daylight.core.state.ArraySets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * Remote-access tools on a worker's device. A tool IT sanctioned is not a finding and does not
 * count toward anything: it is how IT supports the laptop. An unsanctioned one in use is a finding,
 * and so are two or more different unsanctioned vendors in use on one device. Facilitators run
 * remote-access software on the laptops they host so that the worker abroad can drive them
 * (Mandiant, "Staying a Step Ahead: Mitigating the DPRK IT Worker Threat", Sept 2024, names
 * AnyDesk, TeamViewer and Chrome Remote Desktop on such laptops); the operator needs it running.
 * An unsanctioned tool only installed ({@code "running": false} in the inventory) and never seen
 * running is mostly a leftover (a previous employer's support tool, a one-off help session) and
 * weighs far less; if it is later seen running, the in-use finding follows (same dependency group,
 * so the stronger replaces the weaker in the case).
 *
 * <p>Likelihood ratios are policy assumptions, stated here because no public baseline gives the
 * share of honest remote workers running unapproved remote-access software:
 * <ul>
 *   <li>unsanctioned tool in use: assumed on 60 % of facilitator-hosted laptops (Mandiant above
 *       names it as a common pattern, not a rate) and on 2 % of honest workers' laptops (support
 *       sessions): 0.60 / 0.02 = 30. A deployment should replace 2 % with its own fleet's rate.</li>
 *   <li>unsanctioned tool installed, never seen running: assumed on 20 % of facilitator laptops
 *       (a spare channel) and on 10 % of honest ones (leftover installs; reissued laptops carry
 *       them): 0.20 / 0.10 = 2.</li>
 *   <li>several unsanctioned vendors in use on one device: assumed on 30 % of facilitator laptops
 *       and 0.5 % of honest ones: 0.30 / 0.005 = 60.</li>
 * </ul>
 * The scenario run in docs/accuracy.md ("After hiring") measures what these rules catch.
 */
public final class RemoteAccessToolDetector implements Detector<RemoteAccessToolDetector.State> {
  public static final String NAME = "endpoint.remote-access-tool";
  static final double UNSANCTIONED_LR = PolicyRatio.of(0.60, 0.02);
  static final double IDLE_LR = PolicyRatio.of(0.20, 0.10);
  static final double SEVERAL_VENDORS_LR = PolicyRatio.of(0.30, 0.005);
  static final String GROUP = "endpoint-remote-control";

  private final RemoteAccessCatalogue catalogue;
  private final Set<String> sanctioned;
  private final String sanctionedLabel;

  /**
   * Per-worker memory: tools already reported ("tool" in use, "idle\u0000tool" installed only), and
   * "device\u0000tool" pairs of unsanctioned tools seen running.
   */
  public static final class State {
    public String[] reportedTools = new String[0];
    public String[] deviceTools = new String[0];
    public String[] reportedDevices = new String[0];
  }

  public RemoteAccessToolDetector(DeploymentContext ctx, RemoteAccessCatalogue catalogue) {
    this.catalogue = catalogue;
    this.sanctioned = ctx.sanctionedToolKeys();
    this.sanctionedLabel = sanctioned.isEmpty() ? "none listed" : String.join(", ", new java.util.TreeSet<>(ctx.sanctionedTools()));
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.INVENTORY); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Inventory inv = (Inventory) event;
    String device = inv.deviceId() == null ? "?" : inv.deviceId();
    for (Inventory.Process p : inv.processes()) {
      var m = catalogue.match(p);
      if (m.isEmpty()) continue;
      RemoteAccessTool tool = m.get().tool();
      if (isSanctioned(tool)) continue; // IT's own support channel: counts toward nothing
      if (!p.seenRunning()) {
        String key = "idle\u0000" + tool.name();
        if (!ArraySets.contains(s.reportedTools, tool.name()) && !ArraySets.contains(s.reportedTools, key)) {
          s.reportedTools = ArraySets.add(s.reportedTools, key);
          ctx.emit(installedOnly(inv, m.get()));
        }
        continue;
      }
      s.deviceTools = ArraySets.add(s.deviceTools, device + "\u0000" + tool.name());
      if (!ArraySets.contains(s.reportedTools, tool.name())) {
        s.reportedTools = ArraySets.add(s.reportedTools, tool.name());
        ctx.emit(unsanctioned(inv, m.get()));
      }
    }
    List<String> onDevice = toolsOn(s, device);
    if (onDevice.size() >= 2 && !ArraySets.contains(s.reportedDevices, device)) {
      s.reportedDevices = ArraySets.add(s.reportedDevices, device);
      ctx.emit(severalVendors(inv, device, onDevice));
    }
  }

  private boolean isSanctioned(RemoteAccessTool tool) {
    return sanctioned.contains(tool.name().toLowerCase(Locale.ROOT));
  }

  private static List<String> toolsOn(State s, String device) {
    List<String> out = new ArrayList<>();
    String prefix = device + "\u0000";
    for (String dt : s.deviceTools) {
      if (!dt.startsWith(prefix)) continue;
      String tool = dt.substring(prefix.length());
      if (!out.contains(tool)) out.add(tool);
    }
    return out;
  }

  private Finding unsanctioned(Inventory inv, RemoteAccessCatalogue.Match m) {
    RemoteAccessTool t = m.tool();
    String sanctionedList = sanctionedLabel;
    String explanation = String.format(Locale.ROOT,
        "Device %s of worker %s runs %s: %s. It is not in the sanctioned tools (%s). Remote-access software lets "
            + "someone elsewhere drive this laptop; check whether IT or the worker installed it and who connects. "
            + "Catalogue entry source: %s.",
        inv.deviceId(), inv.subject(), t.name(), m.on(), sanctionedList, t.source());
    List<Evidence> ev = List.of(
        Evidence.fact("tool", t.name() + " (" + t.category() + ")", t.source()),
        Evidence.fact("matched_on", m.on(), "inventory " + inv.id()),
        Evidence.fact("sanctioned_tools", sanctionedList, "deployment context"),
        Evidence.fact("likelihood_ratio_basis", "0.60 / 0.02 (policy assumption)", "RemoteAccessToolDetector"));
    return new Finding(FindingIds.of(NAME, inv.subject(), "tool|" + t.name()), NAME, inv.subject(), SubjectKind.WORKER,
        inv.time(), "Unsanctioned remote-access tool " + t.name() + " on the worker's device", explanation,
        UNSANCTIONED_LR, GROUP, ev, List.of(inv.id()), null);
  }

  private Finding installedOnly(Inventory inv, RemoteAccessCatalogue.Match m) {
    RemoteAccessTool t = m.tool();
    String explanation = String.format(Locale.ROOT,
        "Device %s of worker %s has %s installed but not running: %s. It is not in the sanctioned tools (%s). An "
            + "idle install is often a leftover; it weighs little unless it is seen running. Catalogue entry source: %s.",
        inv.deviceId(), inv.subject(), t.name(), m.on(), sanctionedLabel, t.source());
    List<Evidence> ev = List.of(
        Evidence.fact("tool", t.name() + " (" + t.category() + ")", t.source()),
        Evidence.fact("matched_on", m.on(), "inventory " + inv.id()),
        Evidence.fact("running", "no (installed only)", "inventory " + inv.id()),
        Evidence.fact("sanctioned_tools", sanctionedLabel, "deployment context"),
        Evidence.fact("likelihood_ratio_basis", "0.20 / 0.10 (policy assumption)", "RemoteAccessToolDetector"));
    return new Finding(FindingIds.of(NAME, inv.subject(), "idle|" + t.name()), NAME, inv.subject(), SubjectKind.WORKER,
        inv.time(), "Unsanctioned remote-access tool " + t.name() + " installed, not running", explanation,
        IDLE_LR, GROUP, ev, List.of(inv.id()), null);
  }

  private Finding severalVendors(Inventory inv, String device, List<String> tools) {
    String explanation = String.format(Locale.ROOT,
        "Device %s of worker %s runs %d different unsanctioned remote-access tools: %s (sanctioned tools are not "
            + "counted). Each is a channel into the laptop that IT does not run.",
        device, inv.subject(), tools.size(), String.join(", ", tools));
    return new Finding(FindingIds.of(NAME, inv.subject(), "several|" + device), NAME, inv.subject(), SubjectKind.WORKER,
        inv.time(), tools.size() + " remote-access tools on one device", explanation, SEVERAL_VENDORS_LR, GROUP,
        List.of(Evidence.fact("tools", String.join(", ", tools), "inventory " + inv.id()),
            Evidence.fact("likelihood_ratio_basis", "0.30 / 0.005 (policy assumption)", "RemoteAccessToolDetector")),
        List.of(inv.id()), null);
  }
}
