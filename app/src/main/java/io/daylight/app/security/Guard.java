package io.daylight.app.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks every request against its route's {@link Permission}: who (bearer token or session
 * cookie), may they (role), is it really them (CSRF token on state-changing session requests), and
 * not too often (a token bucket per principal).
 */
public final class Guard {
  public static final String SESSION_COOKIE = "daylight_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String PRINCIPAL = "daylight.principal";
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final RateLimiter perPrincipal;

  public Guard(Sessions sessions, ApiTokens tokens, RateLimiter perPrincipal) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.perPrincipal = Objects.requireNonNull(perPrincipal, "perPrincipal");
  }

  /** Admits the request or throws an {@link ApiException} (401, 403 or 429). */
  public void admit(Context ctx, Permission permission, boolean changesState) {
    if (!permission.needsCredentials()) return;
    Principal p = identify(ctx).orElseThrow(() -> new ApiException(401, "sign in, or send Authorization: Bearer <token>"));
    if (!permission.allows(p.role())) {
      throw new ApiException(403, "role " + p.role().wire() + " may not do this");
    }
    if (changesState && p.isSession()) {
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), p.csrf().getBytes(StandardCharsets.UTF_8))) {
        throw new ApiException(403, "missing or wrong " + CSRF_HEADER + " header");
      }
    }
    if (!perPrincipal.tryAcquire(p.name())) throw new ApiException(429, "too many requests; slow down");
    ctx.attribute(PRINCIPAL, p);
  }

  private Optional<Principal> identify(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
      return tokens.authenticate(auth.substring(7).trim());
    }
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /** The principal admitted for this request. */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) throw new IllegalStateException("no principal: route not guarded");
    return p;
  }
}
