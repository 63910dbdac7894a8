package io.daylight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  final PasswordHasher hasher = new PasswordHasher();

  @Test
  void an_argon2id_hash_verifies_its_password_and_no_other() {
    String h = hasher.hash("correct horse battery");
    assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.verify("correct horse battery", h)).isTrue();
    assertThat(hasher.verify("correct horse batterz", h)).isFalse();
    assertThat(hasher.hash("correct horse battery")).as("salted").isNotEqualTo(h);
  }

  @Test
  void short_passwords_are_refused() {
    assertThatThrownBy(() -> hasher.hash("short")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_rate_limiter_allows_a_burst_then_refills_at_its_rate() {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    RateLimiter r = new RateLimiter(2, 3, now::get);
    assertThat(r.tryAcquire("a")).isTrue();
    assertThat(r.tryAcquire("a")).isTrue();
    assertThat(r.tryAcquire("a")).isTrue();
    assertThat(r.tryAcquire("a")).isFalse();
    assertThat(r.tryAcquire("b")).as("buckets are per key").isTrue();
    now.addAndGet(500_000_000L);
    assertThat(r.tryAcquire("a")).isTrue();
    assertThat(r.tryAcquire("a")).isFalse();
  }

  @Test
  void generated_passwords_avoid_look_alike_characters() {
    for (int i = 0; i < 50; i++) assertThat(Secrets.password(20)).hasSize(20).doesNotContainPattern("[0O1lI]");
  }
}
