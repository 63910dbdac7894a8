package io.daylight.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory: a restart signs everyone out, which is acceptable for a console and
 * keeps session secrets out of the database. The map is keyed by SHA-256 of the cookie value, so a
 * heap dump does not hold usable cookies. Sessions end after {@link #IDLE} without use or
 * {@link #ABSOLUTE} after sign-in (OWASP Session Management Cheat Sheet: idle 15-30 min for
 * high-value applications; 8 h absolute for an office day).
 */
public final class Sessions {
  public static final Duration IDLE = Duration.ofMinutes(30);
  public static final Duration ABSOLUTE = Duration.ofHours(8);
  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Entry(Principal principal, Instant created, Instant lastUsed) {}

  /** A new session: {@code cookie} goes to the browser, {@code principal.csrf()} to the page. */
  public record Started(String cookie, Principal principal) {}

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public Started start(String name, Role role) {
    String cookie = Secrets.token(32);
    Principal p = new Principal(name, role, Secrets.token(32));
    Instant now = clock.instant();
    byHash.put(Secrets.sha256Hex(cookie), new Entry(p, now, now));
    return new Started(cookie, p);
  }

  public Optional<Principal> find(String cookie) {
    if (cookie == null || cookie.isEmpty()) return Optional.empty();
    String key = Secrets.sha256Hex(cookie);
    Entry e = byHash.get(key);
    if (e == null) return Optional.empty();
    Instant now = clock.instant();
    if (now.isAfter(e.lastUsed().plus(IDLE)) || now.isAfter(e.created().plus(ABSOLUTE))) {
      byHash.remove(key);
      return Optional.empty();
    }
    byHash.put(key, new Entry(e.principal(), e.created(), now));
    return Optional.of(e.principal());
  }

  public void end(String cookie) {
    if (cookie != null) byHash.remove(Secrets.sha256Hex(cookie));
  }
}
