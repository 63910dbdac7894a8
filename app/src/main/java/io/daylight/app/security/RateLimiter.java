package io.daylight.app.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a principal, or an address for sign-in attempts): {@code burst} requests
 * at once, refilled at {@code perSecond}. The map is bounded by the number of principals and
 * addresses that made a request; buckets that refilled completely are dropped when it grows.
 */
public final class RateLimiter {
  private static final int PRUNE_AT = 10_000;
  private final double perSecond;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond, double burst, LongSupplier nanos) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanos = nanos;
  }

  /** Takes one token from {@code key}'s bucket; false when it is empty. */
  public boolean tryAcquire(String key) {
    long now = nanos.getAsLong();
    if (buckets.size() > PRUNE_AT) prune(now);
    double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
    synchronized (b) {
      double tokens = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * perSecond);
      b[1] = now;
      if (tokens < 1) {
        b[0] = tokens;
        return false;
      }
      b[0] = tokens - 1;
      return true;
    }
  }

  private void prune(long now) {
    buckets.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        return e.getValue()[0] + (now - (long) e.getValue()[1]) / 1e9 * perSecond >= burst;
      }
    });
  }
}
