package io.daylight.adapters.gworkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import io.daylight.adapters.Leftovers;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.RecordImporter;
import io.daylight.adapters.Unconvertible;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Google Workspace login audit from the Admin SDK Reports API
 * ({@code GET admin/reports/v1/activity/users/all/applications/login}: {@code {"kind":
 * "admin#reports#activities","items":[activity, ...]}}) or NDJSON of activities (BigQuery / log
 * export) → {@code auth}, one per {@code login_success} / {@code login_failure} event inside an
 * activity. Names from the Reports API Activities resource and the login audit's event and
 * parameter names ({@code login_type}, {@code login_challenge_method}, {@code is_suspicious}).
 * The id is {@code gworkspace:<id.uniqueQualifier>}, with {@code #<n>} when one activity holds
 * several login events. Logouts, challenges and account-warning events are skipped by name.
 */
public final class GoogleWorkspaceImporter extends RecordImporter {
  private final Mapping mapping;

  public GoogleWorkspaceImporter(Mapping mapping) {
    super("items");
    this.mapping = mapping;
  }

  @Override public String format() { return "gworkspace"; }

  @Override
  protected List<ObjectNode> convert(JsonNode r) throws Unconvertible {
    JsonNode id = r.path("id");
    String unique = Contract.text(id.path("uniqueQualifier"));
    if (unique == null) throw Unconvertible.reject("missing id.uniqueQualifier: not a Reports API activity");
    String app = Contract.text(id.path("applicationName"));
    if (app != null && !app.equals("login")) throw Unconvertible.skip("gworkspace application " + app + " is not the login audit");
    Instant time = Contract.instant(Contract.text(id.path("time")), "id.time");
    String subject = mapping.subject("Google actor", Contract.text(r.path("actor").path("email")),
        Contract.text(r.path("actor").path("profileId")));
    List<JsonNode> logins = new ArrayList<>();
    StringBuilder other = new StringBuilder();
    for (JsonNode ev : r.path("events")) {
      String name = Contract.text(ev.path("name"));
      if ("login_success".equals(name) || "login_failure".equals(name)) logins.add(ev);
      else other.append(other.length() == 0 ? "" : ",").append(name);
    }
    if (logins.isEmpty()) throw Unconvertible.skip("gworkspace login event " + (other.length() == 0 ? "(none)" : other) + " is not a sign-in");
    List<ObjectNode> out = new ArrayList<>(logins.size());
    for (int i = 0; i < logins.size(); i++) {
      JsonNode ev = logins.get(i);
      String eid = "gworkspace:" + unique + (logins.size() > 1 ? "#" + (i + 1) : "");
      ObjectNode e = Contract.event("auth", eid, time, subject);
      Contract.put(e, "src_ip", Contract.text(r.path("ipAddress")));
      e.put("outcome", "login_success".equals(ev.path("name").asText()) ? "success" : "failure");
      Contract.put(e, "mfa", mfa(ev));
      ObjectNode left = Leftovers.of(r, "id.uniqueQualifier", "id.time", "ipAddress", "events");
      left.set("event", ev);
      Leftovers.attach(e, "gworkspace", left);
      out.add(e);
    }
    return out;
  }

  /**
   * The strongest challenge passed, from {@code login_challenge_method} (multiValue): password
   * alone is no second factor.
   */
  static String mfa(JsonNode ev) {
    for (JsonNode p : ev.path("parameters")) {
      if (!"login_challenge_method".equals(p.path("name").asText())) continue;
      List<String> methods = new ArrayList<>();
      for (JsonNode v : p.path("multiValue")) methods.add(v.asText().toLowerCase(Locale.ROOT));
      if (p.hasNonNull("value")) methods.add(p.path("value").asText().toLowerCase(Locale.ROOT));
      for (String m : methods) {
        if (m.contains("security_key") || m.contains("passkey")) return "webauthn";
        if (m.contains("prompt")) return "push";
        if (m.contains("authenticator") || m.contains("backup_code") || m.contains("totp")) return "otp";
        if (m.contains("phone") || m.contains("sms")) return "sms";
        // Google's own 2-Step Verification without saying which kind.
        if (m.equals("internal_two_factor")) return "mfa";
      }
    }
    return null;
  }
}
