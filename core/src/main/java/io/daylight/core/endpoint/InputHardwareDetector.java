package io.daylight.core.endpoint;

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
 * IP-KVMs, serial-to-HID injectors and mouse jigglers attached to a worker's device. An IP-KVM
 * hands the laptop's screen, keyboard and mouse to someone on the network, leaving no software
 * on the laptop: the laptop-farm pattern of the US Department of Justice's 2024–25 cases against
 * facilitators, which describe KVM devices on the hosted laptops, and of Mandiant's Sept 2024
 * report on DPRK IT workers.
 *
 * <p>The defaults these products ship with can be changed by the owner (PiKVM's own docs explain
 * how: docs.pikvm.org/id), so a match is strong evidence and its absence proves nothing; every
 * explanation says so.
 *
 * <p>Likelihood ratios (policy assumptions; no public rate of IP-KVMs on honest employees'
 * laptops exists): a named IP-KVM or HID injector by its product string, assumed on 30 % of
 * facilitator laptops (many farms use software tools instead) and 0.1 % of honest ones (IT staff,
 * home-lab users): 0.30 / 0.001 = 300. A generic Linux USB-gadget id with no
 * product string, assumed 35 % vs 0.5 % (any Raspberry Pi gadget reuses it):
 * 70. A mouse jiggler, assumed 40 % vs 5 % (honest workers use them to look
 * present): 8.
 */
public final class InputHardwareDetector implements Detector<InputHardwareDetector.State> {
  public static final String NAME = "endpoint.input-hardware";
  static final double NAMED_LR = PolicyRatio.of(0.30, 0.001);
  static final double GENERIC_LR = PolicyRatio.of(0.35, 0.005);
  static final double JIGGLER_LR = PolicyRatio.of(0.40, 0.05);
  static final String CAVEAT = "A match is strong; absence proves nothing: owners can change these strings.";

  private final InputHardwareCatalogue catalogue;

  /** Per-worker memory: the hardware entries already reported. */
  public static final class State {
    public String[] reported = new String[0];
  }

  public InputHardwareDetector(InputHardwareCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.INVENTORY); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    Inventory inv = (Inventory) event;
    List<InputHardwareCatalogue.Match> matches = new ArrayList<>();
    for (Inventory.UsbDevice d : inv.usb()) {
      List<InputHardwareCatalogue.Match> m = catalogue.usb(d);
      if (!m.isEmpty()) matches.add(m.get(0));
    }
    for (Inventory.Display d : inv.displays()) catalogue.display(d).ifPresent(matches::add);
    for (InputHardwareCatalogue.Match m : matches) {
      String key = m.hardware().name() + "|" + m.byString();
      if (ArraySets.contains(s.reported, key)) continue;
      s.reported = ArraySets.add(s.reported, key);
      ctx.emit(finding(inv, m, matches));
    }
  }

  static double ratio(InputHardwareCatalogue.Match m) {
    if ("mouse-jiggler".equals(m.hardware().kind())) return JIGGLER_LR;
    return m.byString() ? NAMED_LR : GENERIC_LR;
  }

  private static Finding finding(Inventory inv, InputHardwareCatalogue.Match m, List<InputHardwareCatalogue.Match> all) {
    InputHardware h = m.hardware();
    String kind = kindLabel(h.kind());
    StringBuilder also = new StringBuilder();
    for (InputHardwareCatalogue.Match o : all) {
      if (o != m && o.hardware().name().equals(h.name())) also.append("; also ").append(o.on());
    }
    String explanation = String.format(Locale.ROOT,
        "Device %s of worker %s reports %s: %s%s, matching the default identity of %s. %s Catalogue source: %s.",
        inv.deviceId(), inv.subject(), kind, m.on(), also, h.name(), CAVEAT, h.source());
    String title = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " attached: " + h.name()
        + (m.byString() ? "" : " (by USB id only)");
    String group = "mouse-jiggler".equals(h.kind()) ? "endpoint-presence-faking" : "endpoint-input-hardware";
    return new Finding(FindingIds.of(NAME, inv.subject(), h.name() + "|" + m.byString()), NAME, inv.subject(),
        SubjectKind.WORKER, inv.time(), title, explanation, ratio(m), group,
        List.of(Evidence.fact("hardware", h.name() + " (" + h.kind() + ")", h.source()),
            Evidence.fact("matched_on", m.on() + also, "inventory " + inv.id()),
            Evidence.fact("caveat", CAVEAT, "InputHardwareDetector")),
        List.of(inv.id()), null);
  }

  private static String kindLabel(String kind) {
    switch (kind) {
      case "ip-kvm": return "IP-KVM";
      case "hid-injector": return "keyboard/mouse injector";
      case "usb-gadget": return "programmable USB gadget";
      case "mouse-jiggler": return "mouse jiggler";
      default: return kind;
    }
  }
}
