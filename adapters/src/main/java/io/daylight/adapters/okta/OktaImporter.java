package io.daylight.adapters.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import io.daylight.adapters.Leftovers;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.RecordImporter;
import io.daylight.adapters.Unconvertible;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Okta System Log LogEvents ({@code GET /api/v1/logs}: a JSON array per page, or NDJSON as log
 * shippers write it) → {@code auth}. Field names from Okta's System Log API reference (LogEvent,
 * Actor, Client, UserAgent, Outcome, AuthenticationContext, SecurityContext, DebugContext).
 *
 * <p>Converted: sign-ins ({@code user.session.start}), authentication steps
 * ({@code user.authentication.*}, e.g. {@code auth_via_mfa}) and device events ({@code device.*},
 * which carry the client IP and Okta's device record). Other event types (group, policy,
 * application changes) are skipped by type. The worker is the actor: looked up by
 * {@code actor.alternateId} (the login) then {@code actor.id} in the mapping's subjects, else the
 * login itself. {@code securityContext} (AS number and org, isProxy), geography and
 * {@code debugContext} stay under {@code extra.okta}: Daylight classifies the IP with its own
 * catalogue, the same for every source.
 */
public final class OktaImporter extends RecordImporter {
  private final Mapping mapping;

  public OktaImporter(Mapping mapping) {
    super(null);
    this.mapping = mapping;
  }

  @Override public String format() { return "okta"; }

  @Override
  protected List<ObjectNode> convert(JsonNode r) throws Unconvertible {
    String eventType = Contract.text(r.path("eventType"));
    if (eventType == null) throw Unconvertible.reject("missing eventType: not an Okta LogEvent");
    if (!signInLike(eventType)) throw Unconvertible.skip("okta eventType " + eventType + " is not a sign-in");
    String uuid = Contract.text(r.path("uuid"));
    if (uuid == null) throw Unconvertible.reject("missing uuid");
    Instant time = Contract.instant(Contract.text(r.path("published")), "published");
    JsonNode actor = r.path("actor");
    String subject = mapping.subject("okta actor", Contract.text(actor.path("alternateId")), Contract.text(actor.path("id")));
    ObjectNode e = Contract.event("auth", "okta:" + uuid, time, subject);
    Contract.put(e, "src_ip", Contract.text(r.path("client").path("ipAddress")));
    JsonNode device = r.path("device");
    Contract.put(e, "device_id", Contract.text(device.path("id")));
    if (device.path("managed").isBoolean()) e.put("managed", device.path("managed").booleanValue());
    Contract.put(e, "outcome", outcome(Contract.text(r.path("outcome").path("result"))));
    Contract.put(e, "mfa", mfa(eventType, r));
    Contract.put(e, "user_agent", Contract.text(r.path("client").path("userAgent").path("rawUserAgent")));
    Leftovers.attach(e, "okta", Leftovers.of(r, "uuid", "published", "client.ipAddress", "device.id",
        "device.managed", "outcome.result", "client.userAgent.rawUserAgent"));
    return List.of(e);
  }

  static boolean signInLike(String eventType) {
    return eventType.equals("user.session.start") || eventType.startsWith("user.authentication.")
        || eventType.startsWith("device.");
  }

  /** Okta's results: SUCCESS and ALLOW let the actor in; FAILURE and DENY did not. */
  static String outcome(String result) {
    if (result == null) return null;
    return switch (result.toUpperCase(Locale.ROOT)) {
      case "SUCCESS", "ALLOW" -> "success";
      case "FAILURE", "DENY" -> "failure";
      default -> result.toLowerCase(Locale.ROOT);
    };
  }

  /**
   * The second factor, when the event says one was used: Okta names it in
   * {@code debugContext.debugData.factor} (OKTA_VERIFY_PUSH, FIDO_WEBAUTHN, SMS, ...) and, for
   * {@code auth_via_mfa}, in {@code authenticationContext.credentialType} (OTP, SMS, ...).
   */
  static String mfa(String eventType, JsonNode r) {
    String factor = Contract.text(r.path("debugContext").path("debugData").path("factor"));
    if (factor == null && eventType.equals("user.authentication.auth_via_mfa")) {
      factor = Contract.text(r.path("authenticationContext").path("credentialType"));
    }
    return factor == null ? null : factorName(factor);
  }

  static String factorName(String raw) {
    String f = raw.toUpperCase(Locale.ROOT);
    if (f.contains("PUSH")) return "push";
    if (f.contains("WEBAUTHN") || f.contains("FIDO") || f.contains("U2F")) return "webauthn";
    if (f.contains("SMS")) return "sms";
    if (f.contains("CALL") || f.contains("VOICE")) return "voice";
    if (f.contains("EMAIL")) return "email";
    if (f.contains("OTP") || f.contains("TOKEN") || f.contains("AUTHENTICATOR")) return "otp";
    return raw.toLowerCase(Locale.ROOT);
  }
}
