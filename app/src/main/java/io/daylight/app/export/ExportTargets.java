package io.daylight.app.export;

import java.net.URI;
import java.time.Duration;

/**
 * Where findings go besides the API: a syslog collector (CEF) and a webhook, either optional.
 *
 * @param webhookSecret read from an environment variable, never a flag (flags show in ps)
 */
public record ExportTargets(String syslogHost, int syslogPort, URI webhook, String webhookSecret) {
  public static final ExportTargets NONE = new ExportTargets(null, 0, null, null);
  /** Five tries over 1 + 2 + 4 + 8 = 15 s of backoff: rides out a receiver restart. */
  static final int WEBHOOK_ATTEMPTS = 5;
  static final Duration WEBHOOK_BACKOFF = Duration.ofSeconds(1);

  /** Parses {@code host:port}. */
  public static ExportTargets of(String syslog, URI webhook, String secret) {
    String host = null;
    int port = 0;
    if (syslog != null) {
      int i = syslog.lastIndexOf(':');
      if (i <= 0) throw new IllegalArgumentException("--syslog wants HOST:PORT: " + syslog);
      host = syslog.substring(0, i);
      port = Integer.parseInt(syslog.substring(i + 1));
    }
    if (webhook != null && (secret == null || secret.isBlank())) {
      throw new IllegalArgumentException("a webhook needs a secret in DAYLIGHT_WEBHOOK_SECRET");
    }
    return new ExportTargets(host, port, webhook, secret);
  }

  SyslogSender syslog() {
    return syslogHost == null ? null : new SyslogSender(syslogHost, syslogPort);
  }

  WebhookSender webhookSender() {
    return webhook == null ? null : new WebhookSender(webhook, webhookSecret, WEBHOOK_ATTEMPTS, WEBHOOK_BACKOFF);
  }
}
