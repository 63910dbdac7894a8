package io.daylight.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.app.serve.ApiRoute;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Small JSON request bodies, read with a hard limit even when no Content-Length was sent. */
public final class Bodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  public static JsonNode json(Context ctx) throws IOException {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) ApiRoute.SMALL_BODY + 1);
      if (bytes.length > ApiRoute.SMALL_BODY) throw new ApiException(413, "body too large: at most " + ApiRoute.SMALL_BODY + " bytes");
      if (bytes.length == 0) throw new ApiException(400, "send a JSON object");
      JsonNode n;
      try {
        n = JSON.readTree(bytes);
      } catch (IOException e) {
        throw new ApiException(400, "not JSON");
      }
      if (n == null || !n.isObject()) throw new ApiException(400, "send a JSON object");
      return n;
    }
  }

  /** A required string field of at most {@code max} characters. */
  public static String text(JsonNode body, String field, int max) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) throw new ApiException(400, "'" + field + "' is required");
    String s = v.asText();
    if (s.length() > max) throw new ApiException(400, "'" + field + "' is longer than " + max + " characters");
    return s;
  }
}
