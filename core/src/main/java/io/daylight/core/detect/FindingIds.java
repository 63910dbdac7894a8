package io.daylight.core.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Deterministic finding uids: the same observation yields the same uid in every runtime. */
public final class FindingIds {
  private FindingIds() {}

  public static String of(String detector, String subject, String discriminator) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(detector.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(subject.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(discriminator.getBytes(StandardCharsets.UTF_8));
      byte[] h = md.digest();
      StringBuilder b = new StringBuilder(32);
      for (int i = 0; i < 16; i++) {
        b.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
      }
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
