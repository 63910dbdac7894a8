package io.daylight.app.security;

/**
 * Who is making a request.
 *
 * @param name the account name, or {@code token:<id>} for an API token
 * @param csrf the session's CSRF token, or null for a bearer token (not sent automatically by a
 *     browser, so not exposed to cross-site request forgery)
 */
public record Principal(String name, Role role, String csrf) {
  public boolean isSession() {
    return csrf != null;
  }
}
