package io.daylight.core.payroll;

import io.daylight.core.detect.Detector;
import io.daylight.core.detect.DetectorContext;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.FindingIds;
import io.daylight.core.detect.KeySink;
import io.daylight.core.detect.Numbers;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Worker;
import io.daylight.core.address.Addresses;
import io.daylight.core.farm.GroupState;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import io.daylight.core.ratio.PolicyRatio;
import java.util.Set;

/**
 * One bank account paid for several workers: the wages of a team of impostors routed to one
 * facilitator. Keyed by the account fingerprint ({@code acct:<fingerprint>}); the roster's
 * {@code payroll.account} and every {@code payroll} change both count, so an account shared at
 * any time is found.
 *
 * <p>Household norm: two workers who declare the same home may share a joint account, so a pair at
 * one home is not a finding. The worker events routed to the account key carry each worker's
 * home, which is how the key's state can tell.
 *
 * <p>Likelihood ratio (policy assumption; payroll systems publish no rate of shared accounts among
 * honest staff): two workers from different homes on one account, assumed for 30 % of fraud
 * workers (Mandiant, Sept 2024, and DOJ facilitator cases describe wages pooled by facilitators)
 * and 1 % of honest ones (relatives paying into a family account): 30. Each further worker
 * multiplies by √10, as the laptop-farm group rule does.
 *
 * <p>Pay moved into a co-worker's own account: a worker's payroll change names as holder another
 * worker whose roster already pays into that account (not a joint holder). The owner then receives
 * a colleague's wages, which makes the owner part of the scheme, not a bystander: the finding goes
 * to both, each listing the other as member. Likelihood ratio (policy assumption): assumed for
 * 30 % of fraud workers, as the shared account, and for 0.1 % of honest ones (the family account is
 * a joint one, matched as such; two employees at different homes where one is paid into the
 * other's sole account is rarer than a relative's account): {@value #CO_WORKER_PAIR_LR_TEXT}.
 * Regression (issue 15, item 10): this pattern scored as a generic shared account (30) and left
 * the owner at {@code low}.
 */
public final class SharedPayrollAccountDetector implements Detector<GroupState> {
  public static final String NAME = "payroll.shared-account";
  static final double PAIR_LR = PolicyRatio.of(0.30, 0.01);
  static final double CO_WORKER_PAIR_LR = PolicyRatio.of(0.30, 0.001);
  static final String CO_WORKER_PAIR_LR_TEXT = "0.30 / 0.001 = 300";
  static final String MOVED_INTO = "pay moved into the account of ";
  private static final int NAMES_IN_EXPLANATION = 12;

  @Override public String name() { return NAME; }
  @Override public Set<EventType> consumes() { return EnumSet.of(EventType.WORKER, EventType.PAYROLL); }
  @Override public GroupState newState() { return new GroupState(); }
  @Override public Class<GroupState> stateType() { return GroupState.class; }

  public static double ratio(int n) {
    return ratio(n, false);
  }

  static double ratio(int n, boolean intoCoWorkersAccount) {
    return (intoCoWorkersAccount ? CO_WORKER_PAIR_LR : PAIR_LR) * Math.pow(10, 0.5 * (n - 2));
  }

  @Override
  public void keys(Event event, KeySink sink) {
    String account = null;
    if (event instanceof Worker w && w.payroll() != null) account = w.payroll().account();
    if (event instanceof Payroll p) account = p.account();
    if (account != null && !account.isBlank()) sink.key("acct:" + account.trim());
  }

  @Override
  public void onEvent(GroupState s, Event event, DetectorContext ctx) {
    int i = s.indexOf(event.subject());
    if (event instanceof Worker w) {
      String home = Addresses.key(w.homeAddress());
      if (home != null) s.homes[i] = home;
      if (w.name() != null) s.names[i] = w.name();
      s.addRole(i, "roster");
    } else {
      Payroll p = (Payroll) event;
      if (s.roles[i] == null) {
        String owner = soleHolderOnRoster(s, i, p.holder());
        if (owner != null) s.addRole(i, MOVED_INTO + owner);
      }
      s.addRole(i, "payroll change");
    }
    if (s.label == null) s.label = "account " + ctx.key().substring("acct:".length());
    boolean firstDay = s.seen(i, event.time(), event.id()) && s.days[i] == 1;
    List<String> members = s.members(1);
    // A new member, or a roster event that may have told the pair's homes apart, can change the verdict.
    if (!firstDay && !(event instanceof Worker)) return;
    int n = members.size();
    if (n == 2 && oneHousehold(s)) return;
    if (!s.shouldReport(n, 2)) return;
    s.reportedSize = n;
    boolean coWorker = movedIntoCoWorkersAccount(s);
    double lr = ratio(n, coWorker);
    String explanation = String.format(Locale.ROOT,
        "Payroll %s is the payment destination of %d workers: %s. %s%s Wages of several workers meeting in one "
            + "account is how facilitators collect the pay of the people they place.",
        s.label, n, s.describe(members, false, NAMES_IN_EXPLANATION),
        n == 2 ? "They do not declare one home, so a household's joint account does not explain it."
            : "No household norm covers " + n + " workers.",
        coWorker ? " A worker's pay was moved into another worker's own account, held in that worker's name alone:"
            + " the owner receives a colleague's wages." : "");
    for (String m : members) {
      ctx.emit(new Finding(FindingIds.of(NAME, m, ctx.key() + "|" + n), NAME, m, SubjectKind.WORKER, event.time(),
          coWorker ? "Pay moved into a co-worker's account (" + n + " workers on one account)"
              : "Payroll account shared by " + n + " workers", explanation, lr, "payroll-shared-account",
          List.of(Evidence.fact("account_fingerprint", ctx.key().substring(5), "payroll / worker roster"),
              Evidence.measured("workers_on_account", n, "workers", "2 at one declared home are a household",
                  "SharedPayrollAccountDetector"),
              Evidence.fact("likelihood_ratio_basis", (coWorker ? "0.30 / 0.001" : "0.30 / 0.01")
                  + " × √10^(n−2) = " + Numbers.format(lr)
                  + " (policy assumption)", "SharedPayrollAccountDetector")),
          List.of(s.eventIds), members));
    }
  }

  /**
   * The id of another worker whose roster pays into this account and whose name alone is the holder
   * the payroll change gives (a joint holder "A &amp; B" is a household account, not a co-worker's).
   */
  private static String soleHolderOnRoster(GroupState s, int mover, String holder) {
    if (holder == null || holder.isBlank() || HolderNames.isCompany(holder) || joint(holder)) return null;
    for (int j = 0; j < s.workers.length; j++) {
      if (j == mover || s.names[j] == null || s.roles[j] == null || !s.roles[j].contains("roster")) continue;
      if (HolderNames.matches(s.names[j], holder)) return s.workers[j];
    }
    return null;
  }

  private static boolean joint(String holder) {
    String h = " " + holder.toLowerCase(Locale.ROOT).replace("&", " & ") + " ";
    return h.contains(" & ") || h.contains(" and ");
  }

  private static boolean movedIntoCoWorkersAccount(GroupState s) {
    for (String r : s.roles) if (r != null && r.contains(MOVED_INTO)) return true;
    return false;
  }

  private static boolean oneHousehold(GroupState s) {
    String first = null;
    int known = 0;
    for (String h : s.homes) {
      if (h == null) return false;
      if (first == null) first = h;
      else if (!Addresses.sameHome(first, h)) return false;
      known++;
    }
    return known == 2;
  }
}
