package io.daylight.core.signin;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Worker;
import io.daylight.core.state.ArraySets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * Sign-ins from machines the organisation does not manage. Two shapes matter: the very first
 * sign-in after the hire date comes from an unmanaged device (the issued laptop has not been
 * used: it may be sitting in a farm while the person works from their own machine), and one
 * worker's sessions come from {@value #MANY_DEVICES} or more different unmanaged machines (several
 * people using one account). A single personal phone for e-mail is normal and quiet.
 *
 * <p>Likelihood ratios (policy assumptions; BYOD rates differ per organisation and should replace
 * these): first sign-in unmanaged, assumed 50 % of fraud vs 10 % of honest workers (a new hire
 * checking mail on a phone before the laptop arrives) = 5; several unmanaged
 * machines, 40 % vs 3 % = 13.3.
 */
public final class UnmanagedDeviceDetector implements Detector<UnmanagedDeviceDetector.State> {
  public static final String NAME = "signin.unmanaged-device";
  static final int MANY_DEVICES = 3;
  static final double FIRST_LR = PolicyRatio.of(0.50, 0.10);
  static final double MANY_LR = PolicyRatio.of(0.40, 0.03);

  /** Per-worker memory. */
  public static final class State {
    public long hiredAt = Long.MIN_VALUE;
    public boolean firstSeen;
    public String[] unmanaged = new String[0];
    public String[] eventIds = new String[0];
    public boolean reportedMany;
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.AUTH); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    if (event instanceof Worker w) {
      if (w.hired() != null) {
        try {
          s.hiredAt = LocalDate.parse(w.hired().trim()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
          // An unparsable hire date leaves the first-sign-in rule unarmed rather than guessing one.
        }
      }
      return;
    }
    Auth a = (Auth) event;
    if (!SignInSource.success(a) || a.managed() == null) return;
    if (!s.firstSeen && s.hiredAt != Long.MIN_VALUE && a.time() >= s.hiredAt) {
      s.firstSeen = true;
      if (!a.managed()) {
        ctx.emit(new Finding(FindingIds.of(NAME, a.subject(), "first"), NAME, a.subject(), SubjectKind.WORKER, a.time(),
            "First sign-in after hire from an unmanaged device",
            String.format(Locale.ROOT, "The first sign-in of worker %s after the hire date came from device %s, which the "
                + "organisation does not manage, not from the issued laptop. Ask where the issued laptop is.",
                a.subject(), a.deviceId() == null ? "(no id)" : a.deviceId()),
            FIRST_LR, "signin-device",
            List.of(Evidence.fact("device", String.valueOf(a.deviceId()), "auth " + a.id()),
                Evidence.fact("managed", "false", "identity provider")),
            List.of(a.id()), null));
      }
    }
    if (a.managed() || a.deviceId() == null) return;
    s.unmanaged = ArraySets.add(s.unmanaged, a.deviceId());
    s.eventIds = ArraySets.appendBounded(s.eventIds, a.id(), 20);
    if (s.reportedMany || s.unmanaged.length < MANY_DEVICES) return;
    s.reportedMany = true;
    ctx.emit(new Finding(FindingIds.of(NAME, a.subject(), "many"), NAME, a.subject(), SubjectKind.WORKER, a.time(),
        s.unmanaged.length + " unmanaged machines sign in as one worker",
        String.format(Locale.ROOT, "Worker %s signed in from %d different unmanaged devices (%s). One personal phone is "
            + "normal; several unmanaged machines are how several people share one account.",
            a.subject(), s.unmanaged.length, String.join(", ", s.unmanaged)),
        MANY_LR, "signin-device",
        List.of(Evidence.measured("unmanaged_devices", s.unmanaged.length, "devices", "≥ " + MANY_DEVICES, "UnmanagedDeviceDetector")),
        List.of(s.eventIds), null));
  }
}
