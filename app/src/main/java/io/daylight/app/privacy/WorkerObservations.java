package io.daylight.app.privacy;

import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.event.EventType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What each detector's findings mean, told to the worker they are about (GDPR Art. 13–15): one
 * heading and one sentence template per detector id, and the kinds of data the detector reads.
 *
 * <p>The sentences are written here and never copied from a finding's title, explanation or
 * evidence values. Those are analyst information: a laptop-farm or shared-payroll finding names
 * every other member, and most carry the detector's thresholds and likelihood ratio. Thresholds
 * are left out on purpose (they tell a scheme how to stay under them), and so are scores and
 * ratios. A template may read only which evidence names a finding has (to tell variants apart), a
 * structural prefix of the farm's shared attribute (network, Wi-Fi or address, never its value),
 * and the size of a group (a count of people is not an identity).
 *
 * <p>Wording rules: no accusation (what was seen, and that ordinary situations produce it), no
 * nationality, ethnicity, name origin, language or accent (Daylight never weighs them).
 */
public final class WorkerObservations {

  /**
   * One kind of observation: a heading, the data the detector reads, a sentence for a finding, a
   * note said once under the sentences, and which findings say the same thing ({@code variant}).
   * Group detectors report a group again each time it grows; of the findings of one variant the
   * one with the most members speaks, so the worker is told the group's present size once.
   */
  public record Topic(String heading, Set<EventType> data, Function<Finding, String> sentence, String note,
                      Function<Finding, String> variant) {}

  private static final Map<String, Topic> TOPICS = new LinkedHashMap<>();

  /**
   * Detectors whose findings are never about a worker, so never told to one, with why. A detector
   * in {@code DetectorSet.standard} must be in {@link #TOPICS} or here (WorkerExplanationTest).
   */
  private static final Map<String, String> NOT_TOLD_TO_WORKERS = new LinkedHashMap<>();

  static {
    topic("farm.shared-location", "Your device or address and those of other workers",
        EnumSet.of(EventType.WORKER, EventType.INVENTORY, EventType.AUTH),
        f -> {
          String others = others(f, "group_size");
          String key = fact(f, "shared_attribute").orElse("");
          if (key.startsWith("addr:")) {
            return "The address you gave us as your home or as the delivery address of your company laptop is also "
                + "given by " + others + ".";
          }
          if (key.startsWith("bssid:")) {
            return "The device issued to you was seen connected to the same Wi-Fi network as the devices issued to "
                + others + ".";
          }
          return "The device issued to you was seen, on several days, on the same home internet connection as the "
              + "devices issued to " + others + ".";
        },
        "Two people sharing a home is common. We do not tell you who the other workers are, and we do not tell "
            + "them who you are.",
        f -> fact(f, "shared_attribute").orElse("").replaceAll(":.*", ""));
    topic("payroll.shared-account", "The account your pay goes to",
        EnumSet.of(EventType.WORKER, EventType.PAYROLL),
        f -> "The bank account your pay goes to is also the pay destination of " + others(f, "workers_on_account") + ".",
        "A joint account within one household is common. We do not tell you who the other workers are.",
        f -> "account");
    topic("payroll.destination", "Changes to where your pay goes",
        EnumSet.of(EventType.WORKER, EventType.PAYROLL),
        // Told apart by dependency group (holder, churn) before evidence names: the holder finding's
        // evidence changes as names leave stored findings, its group does not.
        f -> {
          if ("payroll-holder".equals(f.dependencyGroup()) || has(f, "holder")) {
            return "The bank account your pay goes to is held in a name that does not match yours.";
          }
          if ("payroll-churn".equals(f.dependencyGroup()) || has(f, "changes_in_window")) {
            return "The account your pay goes to was changed several times within a short period.";
          }
          if (has(f, "method")) {
            return "Your pay was set to be sent through a payment platform or as cryptocurrency rather than to a bank "
                + "account.";
          }
          return "Your pay goes to a bank in a country other than the one you told us you live in.";
        }, null);
    topic("location.endpoint-place", "Where your company device answered from",
        EnumSet.of(EventType.WORKER, EventType.RTT, EventType.AUTH, EventType.INVENTORY),
        f -> has(f, "implausible_days")
            ? "Network timing measurements between your company device and our fixed measurement servers were, on "
                + "several days, much faster than is usual from the place you told us you work from, which suggests "
                + "the device was closer to one of those servers."
            : "Network timing measurements between your company device and our fixed measurement servers were faster "
                + "than signals can travel from the place you told us you work from, which suggests the device was "
                + "somewhere else at the time.",
        "A VPN or a slow connection can make timings slower, but not faster.");
    topic("location.relay-gap", "How your company device is reached",
        EnumSet.of(EventType.WORKER, EventType.RTT, EventType.AUTH, EventType.INVENTORY),
        f -> "Timings measured by applications on your company device were much slower than the network timings to "
            + "the internet address it used, which suggests the device sits far behind that address (for example "
            + "behind a VPN) and away from the place you told us you work from.", null);
    topic("location.operator-distance", "How quickly reactions reach your device",
        EnumSet.of(EventType.INTERACTION),
        f -> "The time between something appearing on your screen (such as a prompt, or a typing mistake shown on "
            + "screen) and the reaction to it was consistently longer than is usual, a delay that arises when a "
            + "computer is operated remotely from far away.", null);
    topic("location.operator-shift", "A change in how quickly reactions reach your device",
        EnumSet.of(EventType.INTERACTION),
        f -> "The time it takes for reactions to on-screen prompts to reach your device changed markedly compared "
            + "with your first weeks, and stayed changed, which can happen when the device is used by another "
            + "person or from another place.", null);
    topic("remote.input-timing", "How typing and pointer input reaches your device",
        EnumSet.of(EventType.KEYSTROKES),
        f -> {
          if (has(f, "locked_batches")) {
            return "Pointer (mouse) movements on your device arrived at a fixed machine rhythm, as happens when the "
                + "pointer is driven through a remote-control connection.";
          }
          if (has(f, "constant_hold_batches")) {
            return "Keys on your device were held down for almost exactly the same time on every press, which is "
                + "typical of a device that replays input rather than of a person typing.";
          }
          if (has(f, "window_bunched_rate")) {
            return "The rhythm of typing on your device changed markedly compared with its own earlier pattern, as "
                + "happens when input starts to pass through a remote connection.";
          }
          return "Key presses on your device arrived bunched together, as happens when typing passes through a "
              + "remote-control connection.";
        },
        "Only the timing of key presses and pointer moves is measured: which keys you press and what you type are "
            + "never recorded.");
    topic("timezone.clock-offset", "Clock settings and working hours",
        EnumSet.of(EventType.APPLICATION, EventType.WORKER, EventType.AUTH, EventType.INVENTORY, EventType.ACTIVITY),
        f -> {
          if (has(f, "application_offset_min")) {
            return "The browser used to submit your job application was set to a time zone different from the one "
                + "you then told us you live in.";
          }
          if (has(f, "best_fit_offset_h")) {
            return "The times of your work actions (for example commits) fit a working day in a time zone several "
                + "hours away from the one you told us. On its own this is weak: many people work unusual hours.";
          }
          return "On several days, the clock of your browser, your company device or your work tools was set to a "
              + "time zone different from the one you told us.";
        }, null);
    topic("signin.far-from-declared", "Where sign-ins came from",
        EnumSet.of(EventType.WORKER, EventType.AUTH),
        f -> "On several days, sign-ins to your account came from internet addresses located far from the place you "
            + "told us you work from.",
        "Locating an internet address is approximate.");
    topic("signin.anonymiser", "Sign-ins through anonymising networks",
        EnumSet.of(EventType.AUTH),
        f -> "Sign-ins to your account repeatedly came through networks that hide where a connection comes from (such "
            + "as commercial VPN services, hosting providers or Tor).",
        "The company's own VPN is not counted.");
    topic("signin.impossible-travel", "Travel between sign-ins",
        EnumSet.of(EventType.AUTH),
        f -> "Sign-ins to your account came from places too far apart to travel between in the time between them.",
        null);
    topic("signin.unmanaged-device", "Devices used to sign in",
        EnumSet.of(EventType.WORKER, EventType.AUTH),
        f -> has(f, "unmanaged_devices")
            ? "Your account was signed into from several different devices that the company does not manage."
            : "Your first sign-in after your start date came from a device that the company does not manage.",
        null);
    topic("endpoint.remote-access-tool", "Remote-access software on your company device",
        EnumSet.of(EventType.INVENTORY),
        f -> has(f, "tools")
            ? "Several different remote-access programs were found on your company device."
            : "Remote-access software that the company has not approved was found on your company device.",
        "Remote-access software lets someone elsewhere control a computer; IT support sometimes installs it.");
    topic("endpoint.vpn-client", "VPN software on your company device",
        EnumSet.of(EventType.INVENTORY),
        f -> "A consumer VPN program that the company has not approved was found running on your company device.",
        "Many people use a VPN for privacy; on its own this weighs little.");
    topic("endpoint.input-hardware", "Hardware attached to your company device",
        EnumSet.of(EventType.INVENTORY),
        f -> "endpoint-presence-faking".equals(f.dependencyGroup())
            ? "A device that simulates mouse movement (a \"mouse jiggler\") was found attached to your company device."
            : "A device that lets a computer be controlled from elsewhere (such as a remote keyboard-video-mouse "
                + "switch or a keyboard emulator) was found attached to your company device.",
        null);
    topic("endpoint.not-issued-laptop", "The computer reporting for you",
        EnumSet.of(EventType.WORKER, EventType.INVENTORY),
        f -> "On several days, the computer reporting in for your account was not the laptop the company issued to you.",
        null);
    topic("endpoint.laptop-ship-to", "Where your company laptop was sent",
        EnumSet.of(EventType.WORKER),
        f -> "Your company laptop was sent, or its delivery was redirected, to an address other than the home address "
            + "you gave us.", null);

    notTold("location.landmark-audit", "checks the stated position of a measurement server, not a person");
    notTold("vendor.agency-applications", "concerns a staffing agency, not a person");
    notTold("identity.applicant-link", "applicant clusters: applicants are told through the applicant tracking system");
    notTold("identity.application-screening", "applications: applicants are told through the applicant tracking system");
    notTold("identity.anonymised-network-burst", "applications: applicants are told through the applicant tracking system");
  }

  private WorkerObservations() {}

  /** The topic of a detector id, when its findings are told to workers. */
  public static Optional<Topic> topic(String detector) {
    return Optional.ofNullable(TOPICS.get(detector));
  }

  /** Detector ids told to workers, in the order an explanation lists them. */
  public static List<String> detectors() {
    return List.copyOf(TOPICS.keySet());
  }

  /** Why a detector's findings are never told to a worker, or empty when they are. */
  public static Optional<String> notToldBecause(String detector) {
    return Optional.ofNullable(NOT_TOLD_TO_WORKERS.get(detector));
  }

  /** The kind of data, in the worker's words. A new event type fails to compile here until it is described. */
  public static String describe(EventType type) {
    return switch (type) {
      case AUTH -> "sign-ins to company systems (time, internet address, device)";
      case RTT -> "network round-trip timings between your device and our fixed measurement servers";
      case INTERACTION -> "how quickly reactions to on-screen prompts reach your device (timings only)";
      case KEYSTROKES -> "the timing of typing and pointer movement (never which keys, never what you type)";
      case INVENTORY -> "the inventory your company device reports (its serial number, remote-access programs, attached "
          + "USB devices and displays, network and clock setting)";
      case PAYROLL -> "changes to where your pay goes (the account is recorded as a code, never its number)";
      case WORKER -> "your HR record (the place and time zone you told us, your home address, where your laptop was "
          + "sent, your payroll details)";
      case APPLICATION -> "your job application (its details and the time zone of the browser used to send it)";
      case ACTIVITY -> "the times of your work actions, such as commits (never their content)";
    };
  }

  private static void topic(String detector, String heading, Set<EventType> data, Function<Finding, String> sentence,
                            String note) {
    topic(detector, heading, data, sentence, note, sentence);
  }

  private static void topic(String detector, String heading, Set<EventType> data, Function<Finding, String> sentence,
                            String note, Function<Finding, String> variant) {
    TOPICS.put(detector, new Topic(heading, Set.copyOf(data), sentence, note, variant));
  }

  private static void notTold(String detector, String why) {
    NOT_TOLD_TO_WORKERS.put(detector, why);
  }

  private static boolean has(Finding f, String evidence) {
    return f.evidence().stream().anyMatch(e -> evidence.equals(e.name()));
  }

  private static Optional<String> fact(Finding f, String evidence) {
    return f.evidence().stream().filter(e -> evidence.equals(e.name())).map(Evidence::value).findFirst();
  }

  /** "3 other workers" from a group size that counts the worker too; never a name or an id. */
  private static String others(Finding f, String sizeEvidence) {
    int n;
    try {
      n = (int) Math.round(Double.parseDouble(fact(f, sizeEvidence).orElse("")));
    } catch (NumberFormatException e) {
      return "other workers";
    }
    int others = n - 1;
    if (others < 1) return "other workers";
    return others == 1 ? "one other worker" : others + " other workers";
  }
}
