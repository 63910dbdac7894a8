package io.daylight.core.payroll;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Worker;
import io.daylight.core.state.ArraySets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * Where one worker's pay goes: a holder who is not the worker, frequent changes of account,
 * payment platforms or crypto, and a bank country other than the declared one. The US advisory on
 * DPRK IT workers (State, Treasury, FBI, May 2022) lists payment to accounts in other names,
 * frequent changes of payment details and requests for payment in cryptocurrency or through
 * online payment platforms among its red flags.
 *
 * <p>A worker whose bank changed once is normal; {@value #CHURN_CHANGES} changes of account within
 * {@value #CHURN_DAYS} days are not. A contractor paid through their own company (holder ends in
 * LLC, Ltd, GmbH…) is not a holder mismatch.
 *
 * <p>Likelihood ratios are policy assumptions (no public base rates): holder not the worker, 35 %
 * of fraud vs 2 % of honest workers (joint accounts with a partner's name first are matched, so
 * what remains is rare) = 17.5; churn 25 % vs 1 % = 25; payment
 * platform or crypto 30 % vs 3 % = 10; bank abroad 25 % vs 2 % (expatriates,
 * recent movers) = 12.5. Method and bank country observe one fact (where the money
 * leaves the banking system of the declared country), so they share a dependency group.
 */
public final class PayrollDestinationDetector implements Detector<PayrollDestinationDetector.State> {
  public static final String NAME = "payroll.destination";
  static final int CHURN_CHANGES = 3;
  static final int CHURN_DAYS = 90;
  static final double HOLDER_LR = PolicyRatio.of(0.35, 0.02);
  static final double CHURN_LR = PolicyRatio.of(0.25, 0.01);
  static final double METHOD_LR = PolicyRatio.of(0.30, 0.03);
  static final double COUNTRY_LR = PolicyRatio.of(0.25, 0.02);
  private static final long DAY_MS = 86_400_000L;

  /** Per-worker memory. */
  public static final class State {
    public String workerName;
    public String declaredCountry;
    public String account;
    public long[] changeTimes = new long[0];
    public String[] changeIds = new String[0];
    public String[] reported = new String[0];
  }

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.PAYROLL); }
  @Override public State newState() { return new State(); }
  @Override public Class<State> stateType() { return State.class; }

  @Override
  public void onEvent(State s, Event event, DetectorContext ctx) {
    if (event instanceof Worker w) {
      if (w.name() != null) s.workerName = w.name();
      if (w.declaredLocation() != null && w.declaredLocation().country() != null) {
        s.declaredCountry = w.declaredLocation().country().toUpperCase(Locale.ROOT);
      }
      if (w.payroll() != null) {
        observe(s, ctx, w.id(), w.time(), w.subject(), w.payroll().account(), w.payroll().holder(),
            w.payroll().bankCountry(), null);
      }
      return;
    }
    Payroll p = (Payroll) event;
    observe(s, ctx, p.id(), p.time(), p.subject(), p.account(), p.holder(), p.bankCountry(), p.method());
  }

  private void observe(State s, DetectorContext ctx, String id, long time, String subject, String account,
                       String holder, String bankCountry, String method) {
    if (account != null && !account.equals(s.account)) {
      if (s.account != null) {
        s.changeTimes = append(s.changeTimes, time);
        s.changeIds = ArraySets.appendBounded(s.changeIds, id, 20);
        churn(s, ctx, subject, time);
      }
      s.account = account;
    }
    if (holder != null && s.workerName != null && !HolderNames.isCompany(holder)
        && !HolderNames.matches(s.workerName, holder)) {
      once(s, ctx, "holder|" + account, new Finding(FindingIds.of(NAME, subject, "holder|" + account), NAME, subject,
          SubjectKind.WORKER, time, "Pay goes to an account held by someone else",
          // Neither name goes into the finding: findings are stored and exported under the worker's
          // pseudonym, and the analyst compares the names after re-identifying the case.
          String.format(Locale.ROOT, "Worker %s is paid into account %s, whose holder's name does not match the worker's"
              + " roster name even allowing for initials, word order, accents and joint holders (compare them after"
              + " re-identifying the case).", subject, account),
          HOLDER_LR, "payroll-holder",
          List.of(Evidence.fact("holder_matches_roster_name", "no", "worker roster vs payroll " + id),
              Evidence.fact("account", account, "payroll " + id)),
          List.of(id), null));
    }
    if (method != null && (method.equalsIgnoreCase("crypto") || method.equalsIgnoreCase("payment_platform"))) {
      String m = method.toLowerCase(Locale.ROOT);
      once(s, ctx, "method|" + m, new Finding(FindingIds.of(NAME, subject, "method|" + m), NAME, subject,
          SubjectKind.WORKER, time, "Pay routed " + (m.equals("crypto") ? "to cryptocurrency" : "through a payment platform"),
          String.format(Locale.ROOT, "Worker %s asked for pay by %s (account %s). Payment platforms and crypto move "
              + "wages outside the declared country's banking system; US advisories list such requests as a red flag.",
              subject, m.replace('_', ' '), account),
          METHOD_LR, "payroll-destination", List.of(Evidence.fact("method", m, "payroll " + id)), List.of(id), null));
    }
    if (bankCountry != null && s.declaredCountry != null && !bankCountry.equalsIgnoreCase(s.declaredCountry)) {
      String c = bankCountry.toUpperCase(Locale.ROOT);
      once(s, ctx, "country|" + c, new Finding(FindingIds.of(NAME, subject, "country|" + c), NAME, subject,
          SubjectKind.WORKER, time, "Pay goes to a bank in " + c + ", not the declared " + s.declaredCountry,
          String.format(Locale.ROOT, "Worker %s declares %s but account %s is at a bank in %s.", subject,
              s.declaredCountry, account, c),
          COUNTRY_LR, "payroll-destination",
          List.of(Evidence.fact("bank_country", c, "payroll " + id), Evidence.fact("declared_country", s.declaredCountry, "worker roster")),
          List.of(id), null));
    }
  }

  private void churn(State s, DetectorContext ctx, String subject, long time) {
    int recent = 0;
    for (long t : s.changeTimes) if (time - t <= CHURN_DAYS * DAY_MS) recent++;
    if (recent < CHURN_CHANGES) return;
    once(s, ctx, "churn", new Finding(FindingIds.of(NAME, subject, "churn"), NAME, subject, SubjectKind.WORKER, time,
        recent + " payroll account changes in " + CHURN_DAYS + " days",
        String.format(Locale.ROOT, "The pay destination of worker %s changed %d times within %d days (%d changes in "
            + "all). One change (a new bank, a move) is common; repeated changes are how pay is redirected to "
            + "whoever controls the account this month.", subject, recent, CHURN_DAYS, s.changeTimes.length),
        CHURN_LR, "payroll-churn",
        List.of(Evidence.measured("changes_in_window", recent, "changes", "≥ " + CHURN_CHANGES + " in " + CHURN_DAYS + " days",
            "PayrollDestinationDetector policy")),
        List.of(s.changeIds), null));
  }

  private static void once(State s, DetectorContext ctx, String key, Finding f) {
    if (ArraySets.contains(s.reported, key)) return;
    s.reported = ArraySets.add(s.reported, key);
    ctx.emit(f);
  }

  private static long[] append(long[] a, long v) {
    long[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = v;
    return out;
  }
}
