package io.daylight.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymsTest {
  private static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    return k;
  }

  @Test
  void the_same_worker_gets_the_same_pseudonym_under_one_key_and_another_under_a_new_key() {
    Pseudonyms a = new Pseudonyms(key(1));
    Pseudonyms b = new Pseudonyms(key(2));
    assertThat(a.of("w-1042")).isEqualTo(new Pseudonyms(key(1)).of("w-1042"));
    assertThat(a.of("w-1042")).isNotEqualTo(b.of("w-1042")).isNotEqualTo(a.of("w-1043"));
    assertThat(a.keyId()).hasSize(12).isNotEqualTo(b.keyId());
  }

  @Test
  void the_pseudonym_matches_hmac_sha256_of_the_worker_id_in_base32() throws Exception {
    // Independent reference: javax.crypto HMAC, then RFC 4648 base32 of the first 100 bits by hand.
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(key(7), "HmacSHA256"));
    byte[] h = mac.doFinal("w-1042".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    StringBuilder bits = new StringBuilder();
    for (byte x : h) bits.append(String.format("%8s", Integer.toBinaryString(x & 0xff)).replace(' ', '0'));
    StringBuilder expected = new StringBuilder("p-");
    for (int i = 0; i < 20; i++) expected.append("abcdefghijklmnopqrstuvwxyz234567".charAt(Integer.parseInt(bits.substring(5 * i, 5 * i + 5), 2)));
    assertThat(new Pseudonyms(key(7)).of("w-1042")).isEqualTo(expected.toString());
  }

  @Test
  void pseudonyms_of_a_hundred_thousand_sequential_ids_are_distinct_and_recognisable() {
    Pseudonyms p = new Pseudonyms(key(3));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String s = p.of("w-" + i);
      assertThat(Pseudonyms.isPseudonym(s)).isTrue();
      seen.add(s);
    }
    assertThat(seen).hasSize(100_000);
    assertThat(Pseudonyms.isPseudonym("w-1042")).isFalse();
    assertThat(Pseudonyms.isPseudonym("p-ABCDEFGHIJKLMNOPQRST")).isFalse();
  }

  @Test
  void an_already_pseudonymised_subject_is_left_as_it_is() {
    Pseudonyms p = new Pseudonyms(key(4));
    String once = p.of("w-7");
    assertThat(p.of(once)).isEqualTo(once);
  }

  @Test
  void a_short_key_is_refused() {
    assertThatThrownBy(() -> new Pseudonyms(new byte[16])).hasMessageContaining("at least 32 bytes");
  }
}
