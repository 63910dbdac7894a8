package io.daylight.store;

import java.time.Instant;

/**
 * One audit-log row.
 *
 * @param detail JSON as PostgreSQL prints the stored jsonb (its canonical form), or null
 * @param prevHash the hash of the row before, or {@link AuditLog#GENESIS} for the first row
 * @param hash SHA-256, hex, over {@code prevHash} and this row's fields (see {@link AuditLog})
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail,
    String prevHash, String hash) {}
