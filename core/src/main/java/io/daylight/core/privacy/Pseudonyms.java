package io.daylight.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for worker ids (GDPR Art. 4(5), 25, 32): {@code p-} and 20 base32 characters of
 * HMAC-SHA256(key, worker id). Everything Daylight stores about a worker's telemetry, findings and
 * cases is keyed by this pseudonym; the worker id itself is kept in one table, read only by
 * re-identification through a case.
 *
 * <p>Why keyed: HR worker ids are short and sequential ({@code w-1000}…{@code w-9999}), so an
 * unkeyed hash is undone by hashing every possible id. With a 256-bit key the operator holds outside
 * the database, a copy of the telemetry, a SIEM that received findings or a database backup does not
 * name anyone. 100 bits of the MAC: the chance that two of a million workers share a pseudonym is
 * about n²/2^101 ≈ 4·10⁻¹⁹ (birthday bound).
 *
 * <p>Rotating the key gives every worker a new pseudonym; the store rewrites its tables in one
 * transaction ({@code daylight pseudonyms rotate}).
 */
public final class Pseudonyms {
  /** 100 bits in base32 (RFC 4648 alphabet, lower case). */
  private static final int CHARS = 20;
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final String PREFIX = "p-";

  private final SecretKeySpec key;
  private final String keyId;
  private final ThreadLocal<Mac> mac;

  /** @param key at least 32 bytes of secret randomness the operator controls */
  public Pseudonyms(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) throw new IllegalArgumentException("a pseudonym key needs at least 32 bytes, got " + key.length);
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.keyId = keyId(key);
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  /** The pseudonym of {@code workerId} under this key; the same id always gives the same pseudonym. */
  public String of(String workerId) {
    Objects.requireNonNull(workerId, "workerId");
    if (isPseudonym(workerId)) return workerId; // already pseudonymised upstream (e.g. a replayed line)
    byte[] h = mac.get().doFinal(workerId.getBytes(StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder(PREFIX.length() + CHARS).append(PREFIX);
    long bits = 0;
    int have = 0;
    int i = 0;
    while (out.length() < PREFIX.length() + CHARS) {
      if (have < 5) {
        bits = (bits << 8) | (h[i++] & 0xff);
        have += 8;
      }
      out.append(BASE32[(int) (bits >>> (have - 5)) & 31]);
      have -= 5;
    }
    return out.toString();
  }

  /** A public name for the key (not the key): 12 hex characters of SHA-256 over a label and the key. */
  public String keyId() {
    return keyId;
  }

  /**
   * Whether {@code s} has the shape of a pseudonym. A worker id of exactly this shape would be taken
   * as already pseudonymised and stored as it is: HR ids like {@code w-1042} or e-mail addresses never
   * are, but the contract does not forbid it (noted in docs/privacy/data-inventory.md).
   */
  public static boolean isPseudonym(String s) {
    if (s == null || s.length() != PREFIX.length() + CHARS || !s.startsWith(PREFIX)) return false;
    for (int i = PREFIX.length(); i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) return false;
    }
    return true;
  }

  static String keyId(byte[] key) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update("daylight pseudonym key id\0".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest(key)).substring(0, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
