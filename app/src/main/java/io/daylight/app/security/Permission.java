package io.daylight.app.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an endpoint requires. Every route declares one (HttpApi refuses to register a route
 * without), and the role matrix test walks all of them.
 */
public enum Permission {
  /** No credentials: login, the console's static files, /health, /openapi.json. No personal data. */
  PUBLIC(EnumSet.allOf(Role.class)),
  /** Any signed-in principal: "who am I", logout. */
  SIGNED_IN(EnumSet.allOf(Role.class)),
  /** Cases, findings, events behind them: personal data, every read audited. */
  READ_CASES(EnumSet.of(Role.ADMIN, Role.ANALYST, Role.AUDITOR)),
  /** Assign, comment, decide: the human review gate (GDPR Art. 22). */
  DECIDE(EnumSet.of(Role.ADMIN, Role.ANALYST)),
  /** The audit log and its verification. */
  READ_AUDIT(EnumSet.of(Role.ADMIN, Role.AUDITOR)),
  /** Write events. */
  INGEST(EnumSet.of(Role.ADMIN, Role.INGEST)),
  /**
   * Prometheus metrics: counts and timings, no personal data, but they reveal volumes, so not
   * public; scraped with an ingest (machine) token.
   */
  METRICS(EnumSet.of(Role.ADMIN, Role.INGEST)),
  /** Findings exports (OCSF, CEF, webhooks): bulk personal data leaving the system. */
  EXPORT(EnumSet.of(Role.ADMIN)),
  /** Tokens. */
  ADMINISTER(EnumSet.of(Role.ADMIN));

  private final Set<Role> roles;

  Permission(Set<Role> roles) {
    this.roles = roles;
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public boolean needsCredentials() {
    return this != PUBLIC;
  }
}
