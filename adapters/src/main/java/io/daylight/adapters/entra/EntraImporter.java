package io.daylight.adapters.entra;

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
 * Microsoft Entra ID sign-in logs as Microsoft Graph returns them ({@code GET /auditLogs/signIns}:
 * {@code {"value":[signIn, ...]}}, one page per line or a whole page) or as NDJSON of signIn
 * objects (the diagnostic-settings export) → {@code auth}. Names from Graph's signIn resource type
 * (v1.0, with the beta-only {@code authenticationRequirement}, {@code authenticationDetails} and
 * {@code userAgent} read when present).
 *
 * <p>{@code status.errorCode} 0 is success, anything else a failure (Graph: "0 for successful
 * sign-in"). {@code deviceDetail.isManaged} is Daylight's {@code managed}; when Entra leaves it out
 * but says the device is compliant, compliance implies management (a compliance state is only
 * computed for devices under management). The worker: {@code userPrincipalName}, then
 * {@code userId}, through the mapping's subjects.
 */
public final class EntraImporter extends RecordImporter {
  private final Mapping mapping;

  public EntraImporter(Mapping mapping) {
    super("value");
    this.mapping = mapping;
  }

  @Override public String format() { return "entra"; }

  @Override
  protected List<ObjectNode> convert(JsonNode r) throws Unconvertible {
    String id = Contract.text(r.path("id"));
    if (id == null) throw Unconvertible.reject("missing id: not a Graph signIn");
    Instant time = Contract.instant(Contract.text(r.path("createdDateTime")), "createdDateTime");
    String subject = mapping.subject("Entra user", Contract.text(r.path("userPrincipalName")), Contract.text(r.path("userId")));
    ObjectNode e = Contract.event("auth", "entra:" + id, time, subject);
    Contract.put(e, "src_ip", Contract.text(r.path("ipAddress")));
    JsonNode device = r.path("deviceDetail");
    Contract.put(e, "device_id", Contract.text(device.path("deviceId")));
    if (device.path("isManaged").isBoolean()) e.put("managed", device.path("isManaged").booleanValue());
    else if (device.path("isCompliant").booleanValue()) e.put("managed", true);
    JsonNode code = r.path("status").path("errorCode");
    if (!code.isMissingNode() && !code.isNull()) e.put("outcome", code.asInt(-1) == 0 ? "success" : "failure");
    Contract.put(e, "mfa", mfa(r));
    Contract.put(e, "user_agent", Contract.text(r.path("userAgent")));
    Leftovers.attach(e, "entra", Leftovers.of(r, "id", "createdDateTime", "ipAddress", "deviceDetail.deviceId",
        "deviceDetail.isManaged", "status.errorCode", "userAgent"));
    return List.of(e);
  }

  /** The second factor: a non-password step in authenticationDetails, else mfaDetail, else "mfa" if MFA was required. */
  static String mfa(JsonNode r) {
    for (JsonNode step : r.path("authenticationDetails")) {
      String m = Contract.text(step.path("authenticationMethod"));
      if (m != null && !m.equalsIgnoreCase("Password") && step.path("succeeded").asBoolean(true)) return methodName(m);
    }
    String detail = Contract.text(r.path("mfaDetail").path("authMethod"));
    if (detail != null) return methodName(detail);
    if ("multiFactorAuthentication".equalsIgnoreCase(Contract.text(r.path("authenticationRequirement")))) return "mfa";
    return null;
  }

  /** Graph's method display names ("Mobile app notification", "Text message", "FIDO2 security key", ...). */
  static String methodName(String m) {
    String s = m.toLowerCase(Locale.ROOT);
    if (s.contains("notification")) return "push";
    if (s.contains("text message") || s.contains("sms")) return "sms";
    if (s.contains("phone call") || s.contains("voice")) return "voice";
    if (s.contains("fido") || s.contains("passkey") || s.contains("windows hello")) return "webauthn";
    if (s.contains("code") || s.contains("oath")) return "otp";
    return s;
  }
}
