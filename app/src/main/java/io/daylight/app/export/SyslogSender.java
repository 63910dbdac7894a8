package io.daylight.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends lines to a syslog collector as RFC 5424 messages over TCP, framed by octet counting
 * (RFC 6587 §3.4.1: {@code <length> <message>}), one connection per batch. Facility 10
 * (security/authorization, RFC 5424 Table 1), severity 4 (warning): a finding asks for a look.
 */
public final class SyslogSender {
  private static final int PRI = 10 * 8 + 4;
  private final String host;
  private final int port;
  private final String hostname;

  public SyslogSender(String host, int port) {
    this.host = host;
    this.port = port;
    String h;
    try {
      h = java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      h = "-";
    }
    this.hostname = h.isBlank() || h.contains(" ") ? "-" : h;
  }

  public void send(List<String> messages) throws IOException {
    if (messages.isEmpty()) return;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 5_000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      for (String m : messages) {
        String frame = "<" + PRI + ">1 " + Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + hostname
            + " daylight - finding - " + m;
        byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        out.write((bytes.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
      }
      out.flush();
    }
  }
}
