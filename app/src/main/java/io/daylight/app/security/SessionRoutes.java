package io.daylight.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * Sign-in, sign-out, "who am I" and API tokens over HTTP.
 *
 * <p>The session cookie is HttpOnly (scripts cannot read it), SameSite=Strict (not sent on
 * cross-site requests) and Secure when the request came over TLS, directly or through a local
 * reverse proxy that says so in X-Forwarded-Proto (the server listens on 127.0.0.1 only, so only
 * a local proxy can reach it). Over plain http on localhost a Secure cookie would not be sent back,
 * so it is left off there.
 */
public final class SessionRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Security security;

  public SessionRoutes(Security security) {
    this.security = security;
  }

  public void signIn(Context ctx) throws IOException {
    JsonNode body = Bodies.json(ctx);
    String name = Bodies.text(body, "name", 64);
    String password = Bodies.text(body, "password", 1024);
    if (!security.logins().tryAcquire(ctx.ip() + "|" + name)) {
      throw new ApiException(429, "too many sign-in attempts; wait a minute");
    }
    Optional<Role> role = security.accounts().authenticate(name, password);
    if (role.isEmpty()) {
      security.audit().append(name, "session.refused", "account:" + name, null);
      throw new ApiException(401, "wrong name or password");
    }
    Sessions.Started s = security.sessions().start(name, role.get());
    security.audit().append(name, "session.start", "account:" + name, null);
    boolean tls = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.header("Set-Cookie", Guard.SESSION_COOKIE + "=" + s.cookie() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + Sessions.ABSOLUTE.toSeconds() + (tls ? "; Secure" : ""));
    ctx.json(me(s.principal()));
  }

  public void current(Context ctx) {
    ctx.json(me(Guard.principal(ctx)));
  }

  public void signOut(Context ctx) {
    Principal p = Guard.principal(ctx);
    security.sessions().end(ctx.cookie(Guard.SESSION_COOKIE));
    ctx.header("Set-Cookie", Guard.SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    security.audit().append(p.name(), "session.end", "account:" + p.name(), null);
    ctx.json(JSON.createObjectNode().put("signed_out", true));
  }

  public void listTokens(Context ctx) {
    ArrayNode arr = JSON.createArrayNode();
    for (ApiTokens.Info t : security.tokens().list()) {
      ObjectNode o = arr.addObject().put("id", t.id()).put("role", t.role().wire()).put("label", t.label())
          .put("created_at", t.createdAt().toString());
      if (t.revokedAt() != null) o.put("revoked_at", t.revokedAt().toString());
    }
    ctx.json(arr);
  }

  public void createToken(Context ctx) throws IOException {
    JsonNode body = Bodies.json(ctx);
    Role role = Role.parse(Bodies.text(body, "role", 16));
    String label = body.hasNonNull("label") ? Bodies.text(body, "label", 200) : "";
    ApiTokens.Issued t = security.tokens().create(role, label);
    Principal p = Guard.principal(ctx);
    security.audit().append(p.name(), "token.create", "token:" + t.id(),
        JSON.createObjectNode().put("role", role.wire()).put("label", label).toString());
    ctx.status(201).json(JSON.createObjectNode().put("id", t.id()).put("role", role.wire()).put("token", t.token()));
  }

  public void revokeToken(Context ctx) {
    String id = ctx.pathParam("id");
    if (!security.tokens().revoke(id)) throw new ApiException(404, "no active token " + id);
    security.audit().append(Guard.principal(ctx).name(), "token.revoke", "token:" + id, null);
    ctx.json(JSON.createObjectNode().put("revoked", id));
  }

  private static ObjectNode me(Principal p) {
    return JSON.createObjectNode().put("name", p.name()).put("role", p.role().wire()).put("csrf", p.csrf());
  }
}
