package io.daylight.agent.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends spooled batches to {@code POST /v1/events} with the scoped ingest token, oldest first,
 * and deletes each after a 2xx. On a failure it stops and backs off exponentially (1 s doubling
 * to 5 min, a policy choice) with "equal jitter" (half the wait fixed, half random) so a fleet
 * coming back online does not arrive at once (AWS Architecture Blog, "Exponential Backoff and
 * Jitter", 2015). A refused batch (any non-2xx, e.g. a revoked token) is kept too and the
 * back-off applies, so an operator can fix the token without losing data.
 */
public final class Uploader {
  static final long FIRST_BACKOFF_MS = 1_000;
  static final long MAX_BACKOFF_MS = 300_000;

  private final Spool spool;
  private final URI events;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private long backoffMs;
  private long notBeforeMs;

  public Uploader(Spool spool, URI server, String token) {
    this.spool = spool;
    this.events = server.resolve("/v1/events");
    this.token = token;
  }

  /** Tries to drain the spool; returns how many batches were delivered. Never throws on network errors. */
  public int drain(long nowMs) {
    if (nowMs < notBeforeMs) return 0;
    int sent = 0;
    try {
      List<Path> pending = spool.pending();
      for (Path p : pending) {
        if (!send(p)) {
          fail(nowMs);
          return sent;
        }
        spool.delivered(p);
        sent++;
      }
      backoffMs = 0;
    } catch (IOException e) {
      fail(nowMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return sent;
  }

  /** When the next attempt may happen, ms since the epoch (0 if not backing off). */
  public long notBeforeMs() {
    return notBeforeMs;
  }

  private boolean send(Path batch) throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofFile(batch));
    if (token != null) r.header("Authorization", "Bearer " + token);
    HttpResponse<Void> resp = http.send(r.build(), HttpResponse.BodyHandlers.discarding());
    return resp.statusCode() / 100 == 2;
  }

  private void fail(long nowMs) {
    backoffMs = backoffMs == 0 ? FIRST_BACKOFF_MS : Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    notBeforeMs = nowMs + ThreadLocalRandom.current().nextLong(backoffMs / 2, backoffMs + 1);
  }
}
