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
import io.daylight.core.event.Worker;
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * The machine reporting in is not the laptop issued: the inventory serial differs from the
 * worker's {@code laptop.serial}. Facilitators keep the issued laptop in a farm and sometimes
 * enrol another machine, and a worker who swapped the laptop for one IT does not know has moved
 * the company's data off a managed device either way.
 *
 * <p>HR rosters lag behind IT's replacements by a day or so, so a foreign serial counts only when
 * it reports on {@value #MIN_DAYS} distinct days and the roster still names another serial then.
 *
 * <p>Likelihood ratio (policy assumption): a foreign serial persisting on two days is assumed for
 * 20 % of fraud workers and 1 % of honest ones (replacements never recorded in HR): 0.20 / 0.01
 * = 20.
 */
public final class IssuedLaptopDetector implements Detector<IssuedLaptopDetector.State> {
  public static final String NAME = "endpoint.not-issued-laptop";
  static final int MIN_DAYS = 2;
  static final double LR = PolicyRatio.of(0.20, 0.01);

  /** Per-worker memory: the issued serial and, per foreign serial, the days it reported. */
  public static final class State {
    public String issuedSerial;
    /** "serial\u0000epochDay" pairs of foreign serials. */
    public String[] foreignDays = new String[0];
    public String[] reported = new String[0];
    public String[] eventIds = new String[0];
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.INVENTORY); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    if (event instanceof Worker w) {
      if (w.laptop() != null && w.laptop().serial() != null && !w.laptop().serial().isBlank()) {
        s.issuedSerial = norm(w.laptop().serial());
      }
      return;
    }
    Inventory inv = (Inventory) event;
    if (s.issuedSerial == null || inv.serial() == null || inv.serial().isBlank()) return;
    String serial = norm(inv.serial());
    if (serial.equals(s.issuedSerial) || ArraySets.contains(s.reported, serial)) return;
    s.foreignDays = ArraySets.add(s.foreignDays, serial + "\u0000" + ArraySets.day(inv.time()));
    s.eventIds = ArraySets.appendBounded(s.eventIds, inv.id(), 20);
    int days = 0;
    for (String fd : s.foreignDays) if (fd.startsWith(serial + "\u0000")) days++;
    if (days < MIN_DAYS) return;
    s.reported = ArraySets.add(s.reported, serial);
    String explanation = String.format(Locale.ROOT,
        "Worker %s was issued laptop serial %s, but device %s reporting for this worker has serial %s, on %d distinct "
            + "days. Either the issued laptop was replaced without HR's record being updated, or another machine is "
            + "doing this worker's work; ask IT where laptop %s is.",
        inv.subject(), s.issuedSerial, inv.deviceId(), serial, days, s.issuedSerial);
    ctx.emit(new Finding(FindingIds.of(NAME, inv.subject(), serial), NAME, inv.subject(), SubjectKind.WORKER, inv.time(),
        "Device reporting in is not the issued laptop", explanation, LR, "endpoint-device-identity",
        List.of(Evidence.fact("issued_serial", s.issuedSerial, "worker roster laptop.serial"),
            Evidence.fact("reported_serial", serial, "inventory " + inv.id()),
            Evidence.measured("days_reported", days, "days", "≥ " + MIN_DAYS, "HR-lag tolerance (this detector)")),
        List.of(s.eventIds), null));
  }

  static String norm(String serial) {
    return serial.trim().toUpperCase(Locale.ROOT);
  }
}
