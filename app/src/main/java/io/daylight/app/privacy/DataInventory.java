package io.daylight.app.privacy;

import io.daylight.app.security.Permission;
import io.daylight.app.security.Role;
import io.daylight.core.event.Event;
import io.daylight.store.RetentionPolicy;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Generates docs/privacy/data-inventory.md: every field of every contract event type (read from
 * the event records themselves, so a new field cannot go undocumented: generation fails until it
 * has a purpose here), why Daylight holds it, how long (from {@link RetentionPolicy#DEFAULT}) and
 * who may see it (from {@link Permission}). {@code DataInventoryTest} fails when the checked-in
 * file differs from what this produces. Run: {@code DataInventory docs/privacy/data-inventory.md}.
 */
public final class DataInventory {
  private DataInventory() {}

  /** Marks a field no detector reads: kept only because it arrives in the line. */
  static final String UNUSED = "UNUSED: no detector reads it; DROPPED before storage (StoredForm)";

  /** Why each field is held: the capability that uses it. Keys are record paths. */
  static final Map<String, String> PURPOSE = new LinkedHashMap<>();

  static {
    for (String type : new String[] {"application", "worker", "auth", "rtt", "interaction", "keystrokes", "inventory",
        "payroll", "activity"}) {
      PURPOSE.put(type + ".id", "idempotent ingestion; links findings to the events behind them");
      PURPOSE.put(type + ".time", "event time: every detector orders and windows by it; retention counts from it");
      PURPOSE.put(type + ".subject", "the worker the event is about: STORED AS A KEYED PSEUDONYM (HMAC-SHA256); the worker id"
          + " itself only in table `identities`, shown by an audited re-identification");
      PURPOSE.put(type + ".deviceId", "which device: farm and device-sharing detectors; pairs timing with a device");
    }
    String[] place = {"city", "region", "country", "lat", "lon"};
    for (String p : place) {
      PURPOSE.put("application.candidate.location." + p, "declared place, compared with the application's IP and browser clock (identity screening)");
      PURPOSE.put("worker.declaredLocation." + p, "declared place: the reference every location, time-zone and sign-in detector compares against");
    }
    for (String p : new String[] {"line1", "line2", "city", "region", "postal", "country"}) {
      PURPOSE.put("application.candidate.address." + p, "identity matching: one address across many applicants is a ring signal");
      PURPOSE.put("worker.homeAddress." + p, "farm detection: many workers at one address; geocoding the declared place");
      PURPOSE.put("worker.laptop.shipTo." + p, "farm detection: laptops shipped to one address or away from home");
    }
    PURPOSE.put("application.position", UNUSED);
    PURPOSE.put("application.candidate.name", "identity matching only (transliteration variants compared); never an origin feature");
    PURPOSE.put("application.candidate.email", "identity matching: one mailbox or pattern across applicants");
    PURPOSE.put("application.candidate.phone", "identity matching and phone line type (VoIP) screening");
    PURPOSE.put("application.candidate.links", "identity matching: one profile handle across applicants");
    PURPOSE.put("application.candidate.birthDate", "identity matching (with name) across applications and hires");
    PURPOSE.put("application.candidate.nationalId", "identity matching; an opaque keyed hash, never the document number");
    PURPOSE.put("application.ip", "where the application came from (IP location, anonymiser class) and shared origins");
    PURPOSE.put("application.userAgent", UNUSED);
    PURPOSE.put("application.clientUtcOffsetMin", "browser clock offset compared with the declared place");
    PURPOSE.put("application.resumeText", "detecting one CV reused under other names (compared, not interpreted)");
    PURPOSE.put("application.education[].institution", "CV reuse comparison");
    PURPOSE.put("application.education[].country", "shown to analysts as context only, never weighed (a proxy for national origin; ProtectedAttributesTest)");
    PURPOSE.put("application.education[].degree", UNUSED);
    PURPOSE.put("application.education[].endYear", UNUSED);
    PURPOSE.put("application.employers[].name", "CV reuse comparison");
    PURPOSE.put("application.employers[].country", "shown to analysts as context only, never weighed (a proxy for national origin; ProtectedAttributesTest)");
    PURPOSE.put("application.employers[].title", "CV reuse comparison");
    PURPOSE.put("application.employers[].start", "reused work history: the same employers with the same start and end months under different names");
    PURPOSE.put("application.employers[].end", "reused work history: the same employers with the same start and end months under different names");
    PURPOSE.put("application.photoPhash", "one face photo across applicants (perceptual hash; the image is never sent)");
    PURPOSE.put("application.source.channel", "application velocity and agency patterns; an agency-filed application's IP and browser clock are the recruiter's, not the candidate's");
    PURPOSE.put("application.source.agency", "rings recruited through one agency");
    PURPOSE.put("application.source.referrer", UNUSED);
    PURPOSE.put("worker.name", "identity link between hire and application; payroll holder comparison; shown to analysts");
    PURPOSE.put("worker.email", "identity link between hire and application");
    PURPOSE.put("worker.phone", "identity link; one phone across workers");
    PURPOSE.put("worker.declaredTz", "time-zone detector: the zone the worker's hours should follow");
    PURPOSE.put("worker.hired", "hire date: detectors ignore behaviour before it; re-appearance of a hired identity");
    PURPOSE.put("worker.application", "links the hire to the application it came from");
    PURPOSE.put("worker.laptop.serial", "farm detection: the issued laptop seen on other workers' accounts");
    PURPOSE.put("worker.payroll.account", "shared payroll: one destination for several workers (keyed hash of the account)");
    PURPOSE.put("worker.payroll.holder", "payroll holder differs from the worker");
    PURPOSE.put("worker.payroll.bankCountry", "payroll destination far from the declared country");
    PURPOSE.put("worker.engagement.kind", "contractors via agencies behave differently (benign look-alike context)");
    PURPOSE.put("worker.engagement.agency", "several workers of one agency sharing infrastructure");
    PURPOSE.put("auth.srcIp", "sign-in location (IP to place) compared with the declared place; shared egress");
    PURPOSE.put("auth.managed", "managed devices only are trusted for some checks");
    PURPOSE.put("auth.outcome", "only successful sign-ins count");
    PURPOSE.put("auth.mfa", UNUSED);
    PURPOSE.put("auth.userAgent", UNUSED);
    PURPOSE.put("auth.clientUtcOffsetMin", "device clock offset compared with the declared zone");
    PURPOSE.put("rtt.landmark.id", "which landmark measured the round trip");
    PURPOSE.put("rtt.landmark.lat", "landmark position: speed-of-light bound on where the endpoint can be");
    PURPOSE.put("rtt.landmark.lon", "landmark position: speed-of-light bound on where the endpoint can be");
    PURPOSE.put("rtt.rttMs", "network round trip: location physics");
    PURPOSE.put("rtt.method", "which kind of round trip (a relay answers tcp/icmp, not app echo)");
    PURPOSE.put("interaction.kind", "which stimulus the latency answers");
    PURPOSE.put("interaction.latencyMs", "human response latency: a remote human behind a relay answers late");
    PURPOSE.put("interaction.measuredAt", "where the latency was measured");
    PURPOSE.put("interaction.pathRttMs", "transport share of a server-measured latency");
    PURPOSE.put("keystrokes.source", "where the timing was taken");
    PURPOSE.put("keystrokes.downMs", "key press instants (timing only; batches with key identity are rejected): remote-control and hand-over detection");
    PURPOSE.put("keystrokes.upMs", "key release instants (timing only)");
    PURPOSE.put("keystrokes.pointerMs", "pointer move instants: remote-control tools quantise them");
    PURPOSE.put("inventory.serial", "farm detection: a device's serial against the issued laptop");
    PURPOSE.put("inventory.osTz", "the device's own time zone against the declared one");
    PURPOSE.put("inventory.publicIp", "device location and shared egress between workers");
    PURPOSE.put("inventory.wifiBssid", "devices co-located on one access point (laptop farm)");
    PURPOSE.put("inventory.processes[].name", "remote-access tools (catalogue match)");
    PURPOSE.put("inventory.processes[].path", "remote-access tools (catalogue match on the executable)");
    PURPOSE.put("inventory.processes[].signer", "remote-access tools (publisher match)");
    PURPOSE.put("inventory.processes[].running", "remote-access tools: an idle install weighs less than one in use");
    PURPOSE.put("inventory.usb[].vid", "IP-KVM and capture devices (vendor id)");
    PURPOSE.put("inventory.usb[].pid", "IP-KVM and capture devices (product id)");
    PURPOSE.put("inventory.usb[].manufacturer", "IP-KVM and capture devices");
    PURPOSE.put("inventory.usb[].product", "IP-KVM and capture devices");
    PURPOSE.put("inventory.usb[].serial", UNUSED);
    PURPOSE.put("inventory.displays[].edidMfg", "IP-KVM displays (EDID manufacturer)");
    PURPOSE.put("inventory.displays[].name", "IP-KVM displays");
    PURPOSE.put("payroll.account", "payroll destination changes and sharing (keyed hash of the account)");
    PURPOSE.put("payroll.holder", "payroll holder differs from the worker");
    PURPOSE.put("payroll.bankCountry", "payroll destination far from the declared country");
    PURPOSE.put("payroll.method", "payment method (crypto, payment platforms weigh differently)");
    PURPOSE.put("activity.source", "which tool recorded the action");
    PURPOSE.put("activity.utcOffsetMin", "the offset the tool recorded, against the declared zone (time-zone detector)");
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/privacy/data-inventory.md");
    Files.writeString(out, generate(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The inventory; throws if a contract field has no documented purpose. */
  public static String generate() {
    StringBuilder md = new StringBuilder();
    md.append("""
        # Data inventory

        GENERATED by `io.daylight.app.privacy.DataInventory` from the event records of the contract
        (`io.daylight.core.event`), the default retention periods (`RetentionPolicy.DEFAULT`) and the
        API permissions (`Permission`). `DataInventoryTest` fails when this file is stale; do not edit by
        hand. The contract in prose: spec/event-contract.md; retention: docs/privacy/retention.md.

        ## How long each class of data is kept (defaults; configurable)

        | data class | where | kept for |
        |---|---|---|
        """);
    RetentionPolicy p = RetentionPolicy.DEFAULT;
    row(md, "raw telemetry (every event below, as received)", "table `events`", p.events(), "after the event time");
    row(md, "a worker's current HR roster record (newest `worker` event)", "table `events`", p.events(),
        "after the worker's last event of any type: kept while the worker is active, because detectors need the "
            + "declared place on every replay");
    row(md, "lines ingest refused", "table `rejected`", p.rejected(), "after arrival");
    row(md, "findings (detector conclusions with evidence)", "table `findings`", p.findings(), "after the finding's event time");
    row(md, "closed cases (decided benign or confirmed)", "tables `cases`, `case_state`, `suppressions`", p.closedCases(),
        "after the decision; open cases last while they have findings");
    row(md, "audit log (who did what)", "table `audit_log`", p.audit(), "after the entry");
    md.append("""

        A case under legal hold keeps its case, findings and the events of its people until the hold is
        lifted. Accounts and API tokens (tables `accounts`, `api_tokens`) are kept while in use.

        ## Who can see it

        | permission | roles | covers |
        |---|---|---|
        """);
    Map<Permission, String> covers = new LinkedHashMap<>();
    covers.put(Permission.PUBLIC, "health, the OpenAPI document, sign-in: no personal data");
    covers.put(Permission.SIGNED_IN, "who am I, sign out");
    covers.put(Permission.READ_CASES, "cases, findings, the events behind them, profiles (each read is audited)");
    covers.put(Permission.DECIDE, "assign, comment, decide (the human review gate)");
    covers.put(Permission.READ_AUDIT, "the audit log and its verification");
    covers.put(Permission.INGEST, "writing events (sensors, importers)");
    covers.put(Permission.METRICS, "counts and timings, no personal data");
    covers.put(Permission.EXPORT, "findings leaving the system (OCSF, CEF, webhooks)");
    covers.put(Permission.ADMINISTER, "tokens, legal holds, subject export and erasure, retention runs");
    for (Permission perm : Permission.values()) {
      String what = covers.get(perm);
      if (what == null) throw new IllegalStateException("permission " + perm + " has no description in DataInventory");
      List<String> roles = new ArrayList<>();
      for (Role r : perm.roles()) roles.add(r.wire());
      String who = perm.needsCredentials() ? String.join(", ", roles) : "anyone, without credentials";
      md.append("| ").append(perm.name().toLowerCase(Locale.ROOT)).append(" | ").append(who)
          .append(" | ").append(what).append(" |\n");
    }
    md.append("""

        ## What is cut at the edge, before anything is stored (`StoredForm`)

        - Fields marked UNUSED below, and every field outside the contract (vendor extras, window
          titles, command lines), are dropped: the stored line holds only fields with a purpose here.
        - A device inventory keeps only the processes the remote-access catalogue recognises; the rest of
          the process list is dropped. Home-directory segments of paths become `<user>`.
        - The worker id becomes a keyed pseudonym (HMAC-SHA256 under a key kept outside the database,
          rotatable with `daylight pseudonyms rotate`). Findings and cases name workers only by
          pseudonym; so do exports (OCSF, CEF, webhooks). The console shows who it is only after a
          re-identification through the case, by an admin or analyst, with a reason, in the audit log.
          In a worker case, the events behind findings are shown without name, e-mail, phone, payroll
          holder, or the linked application's contacts and CV text.
        - IP addresses (`auth.src_ip`, `inventory.public_ip`, `application.ip`) are kept whole for the
          raw-telemetry period, then go with it; none is truncated or replaced by a keyed hash, because
          each is still needed whole after enrichment. A worker's sign-in and device addresses: exact
          equality between workers is the laptop-farm signal (a /24 would merge unrelated households
          behind one carrier NAT into a false farm), and a corporate-egress range an operator adds later
          (it can be narrower than a /24) must match them on the next replay. An application's address is
          only looked up (network class, AS, registered country), but VPN lists name single exits: 5,174
          of the 10,862 IPv4 entries of X4BNet's VPN list are narrower than a /24 (counted in
          testdata/x4bnet-vpn), so a truncated address would no longer be seen as a VPN exit. A hash
          would keep equality but lose every look-up, and serve looks addresses up again, with the
          reference data of the day, whenever it replays stored events. The analyst needs the address
          to check a finding. No other event type carries an address.
        - Applications are hiring-time records from the ATS: the screening compares names, contacts and
          CVs across applicants, so they are stored as sent (minus UNUSED fields), not pseudonymised.

        ## What each event type holds, and why

        Every field below is kept for the raw-telemetry period above, in the stored (minimised) line
        (a worker's current roster record: while the worker is active, see above).
        """);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      String name = type.getSimpleName().toLowerCase(Locale.ROOT);
      md.append("\n### `").append(name).append("`\n\n| field | type | why Daylight holds it |\n|---|---|---|\n");
      walk(type, name, md, missing);
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("contract fields without a documented purpose in DataInventory: " + new TreeSet<>(missing));
    }
    md.append("""

        ## What Daylight derives and stores

        - **findings**: detector, subject, time, likelihood ratio, title, explanation, the measured evidence
          and the ids of the events it rests on; kept for the findings period.
        - **cases**: one per worker or applicant cluster with findings: score, level, reasons, summary; the
          analyst's status, assignee and legal hold (`case_state`); benign-decision suppressions.
        - **audit_log**: every read of cases, events and profiles, every decision with its reason, every
          export, erasure, hold and retention run; hash-chained and append-only.
        - **rejected**: refused lines with the reason, for diagnosing a sensor; kept for the rejected period.
          A refused line is kept as received, except a keystroke batch: it keeps its envelope and its
          instants, and every other value is removed, so a sensor that sent key identities leaves none
          behind (`RejectedKeystrokes`). In a refused JSON object the worker id becomes its pseudonym, as
          in accepted lines; a line that does not parse is kept as received, for the rejected period.
        """);
    return md.toString();
  }

  private static void row(StringBuilder md, String what, String where, Duration d, String from) {
    md.append("| ").append(what).append(" | ").append(where).append(" | ").append(d.toDays()).append(" days ")
        .append(from).append(" |\n");
  }

  private static void walk(Class<?> type, String path, StringBuilder md, List<String> missing) {
    for (RecordComponent rc : type.getRecordComponents()) {
      String p = path + "." + rc.getName();
      Class<?> t = rc.getType();
      if (t.isRecord()) {
        walk(t, p, md, missing);
        continue;
      }
      if (rc.getGenericType() instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c
          && c.isRecord()) {
        walk(c, p + "[]", md, missing);
        continue;
      }
      String purpose = PURPOSE.get(p);
      if (purpose == null) {
        missing.add(p);
        continue;
      }
      String display = p.substring(p.indexOf('.') + 1).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
      String typeName = t.isArray() ? "number[]" : List.class.isAssignableFrom(t) ? "string[]"
          : t == String.class ? "string" : t == Boolean.class || t == boolean.class ? "boolean" : "number";
      if (t == long.class && rc.getName().equals("time")) typeName = "time";
      md.append("| `").append(display).append("` | ").append(typeName).append(" | ").append(purpose).append(" |\n");
    }
  }
}
