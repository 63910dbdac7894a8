package io.daylight.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.app.security.Permission;
import io.daylight.app.security.Role;
import io.daylight.app.serve.ApiRoute;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document, generated from the same route list the server registers, so a route
 * cannot be served without being described. Each operation states the roles that may call it
 * ({@code x-daylight-roles}) and its body limit.
 */
public final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApiDocument() {}

  public static ObjectNode build(List<ApiRoute> routes) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Daylight API");
    info.put("version", "0.1.0");
    info.put("description", "Everything the console does, as JSON over HTTP. Sign in with POST /v1/session "
        + "(cookie session; send the returned csrf value as X-CSRF-Token on changes) or send an API token as "
        + "Authorization: Bearer. Personal-data reads are written to the audit log.");
    ObjectNode schemes = doc.putObject("components").putObject("securitySchemes");
    schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
    schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "daylight_session");
    ObjectNode paths = doc.putObject("paths");
    for (ApiRoute r : routes) {
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = path.putObject(r.method().name().toLowerCase(Locale.ROOT));
      op.put("summary", r.summary());
      op.putArray("tags").add(r.tag());
      op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
      ArrayNode params = op.putArray("parameters");
      Matcher m = PARAM.matcher(r.path());
      while (m.find()) {
        params.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
            .putObject("schema").put("type", "string");
      }
      if (r.path().startsWith("/v1/cases/")) {
        params.addObject().put("name", "kind").put("in", "query").put("required", false)
            .put("description", "worker (default) or applicant").putObject("schema").put("type", "string");
      }
      if (r.maxBodyBytes() > 0) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.put("description", "at most " + r.maxBodyBytes() + " bytes");
        String media = r.path().equals("/v1/events") ? "application/x-ndjson"
            : r.path().startsWith("/v1/import/") ? "application/octet-stream" : "application/json";
        body.putObject("content").putObject(media).putObject("schema").put("type", media.equals("application/json") ? "object" : "string");
      }
      ObjectNode responses = op.putObject("responses");
      responses.putObject("200").put("description", "OK").putObject("content").putObject(r.produces());
      if (r.permission().needsCredentials()) {
        responses.putObject("401").put("description", "not signed in");
        responses.putObject("403").put("description", "role not allowed, or missing CSRF token");
        responses.putObject("429").put("description", "rate limit");
        ArrayNode sec = op.putArray("security");
        sec.addObject().putArray("bearer");
        sec.addObject().putArray("session");
      } else {
        op.putArray("security");
      }
      op.put("x-daylight-permission", r.permission().name().toLowerCase(Locale.ROOT));
      ArrayNode roles = op.putArray("x-daylight-roles");
      if (r.permission() == Permission.PUBLIC) {
        roles.add("anyone");
      } else {
        for (Role role : r.permission().roles()) roles.add(role.wire());
      }
    }
    return doc;
  }
}
