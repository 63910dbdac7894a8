package io.daylight.app.security;

import io.daylight.store.AuditLog;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The security parts a server needs, built once from its database.
 *
 * <p>Rates: 20 requests per second per principal with bursts of 200 (a console page makes about
 * ten calls; a sensor batches events, so 20 batches a second is far above any single sensor's
 * need). Sign-in: 5 attempts at once per address and name, then one every 6 seconds: 600 guesses
 * an hour against a 12-character minimum password.
 */
public record Security(Accounts accounts, ApiTokens tokens, Sessions sessions, Guard guard, RateLimiter logins,
                       AuditLog audit) {
  public static Security over(DataSource dataSource) {
    ApiTokens tokens = new ApiTokens(dataSource);
    Sessions sessions = new Sessions(Clock.systemUTC());
    return new Security(new Accounts(dataSource, new PasswordHasher()), tokens, sessions,
        new Guard(sessions, tokens, new RateLimiter(20, 200, System::nanoTime)),
        new RateLimiter(1.0 / 6, 5, System::nanoTime), new AuditLog(dataSource));
  }
}
