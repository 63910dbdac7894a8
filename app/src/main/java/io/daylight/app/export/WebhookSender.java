package io.daylight.app.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs JSON to a webhook, signed so the receiver can check it came from here and was not
 * replayed: {@code X-Daylight-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-Daylight-Timestamp} in epoch seconds (the scheme Stripe and Slack use). A failed
 * delivery (connection error or a non-2xx answer) is retried with exponential backoff: base,
 * 2·base, 4·base ... for {@code attempts} tries in all.
 */
public final class WebhookSender {
  private final URI url;
  private final byte[] secret;
  private final int attempts;
  private final Duration base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public WebhookSender(URI url, String secret, int attempts, Duration base) {
    if (secret == null || secret.length() < 16) throw new IllegalArgumentException("a webhook secret needs at least 16 characters");
    this.url = url;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.attempts = attempts;
    this.base = base;
  }

  /** Delivers {@code json}; returns the number of attempts it took, or throws after the last one failed. */
  public int send(String json) throws IOException, InterruptedException {
    IOException last = null;
    for (int i = 0; i < attempts; i++) {
      if (i > 0) Thread.sleep(base.toMillis() << (i - 1));
      String ts = Long.toString(System.currentTimeMillis() / 1000);
      HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .header("X-Daylight-Timestamp", ts)
          .header("X-Daylight-Signature", "sha256=" + sign(ts, json))
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
      try {
        HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() / 100 == 2) return i + 1;
        last = new IOException("webhook answered " + r.statusCode());
      } catch (IOException e) {
        last = e;
      }
    }
    throw new IOException("webhook delivery failed after " + attempts + " attempts", last);
  }

  public String sign(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }
}
