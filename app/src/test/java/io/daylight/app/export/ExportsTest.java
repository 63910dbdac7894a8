package io.daylight.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.daylight.core.detect.Evidence;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExportsTest {
  static final Finding FINDING = new Finding("f-1", "location.rtt-floor", "w-1|x=y", SubjectKind.WORKER, 1_770_000_000_000L,
      "Endpoint answered faster than light allows from Phoenix | AZ", "line one\nline two = more", 500, "endpoint-location",
      List.of(Evidence.fact("landmark", "sea-1", "rtt event")), List.of("e-1"), null);

  @Test
  void webhook_is_signed_with_hmac_sha256_and_retried_with_backoff_until_the_receiver_answers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<String[]> received = new CopyOnWriteArrayList<>();
    List<Long> at = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      at.add(System.nanoTime());
      byte[] body = ex.getRequestBody().readAllBytes();
      received.add(new String[] {ex.getRequestHeaders().getFirst("X-Daylight-Timestamp"),
          ex.getRequestHeaders().getFirst("X-Daylight-Signature"), new String(body, StandardCharsets.UTF_8)});
      int status = calls.incrementAndGet() < 3 ? 503 : 204;
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    receiver.start();
    try {
      String secret = "0123456789abcdef-test-secret";
      WebhookSender sender = new WebhookSender(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
          secret, 5, Duration.ofMillis(100));
      int attempts = sender.send("{\"type\":\"findings\"}");
      assertThat(attempts).isEqualTo(3);
      String[] last = received.get(2);
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = java.util.HexFormat.of().formatHex(mac.doFinal((last[0] + "." + last[2]).getBytes(StandardCharsets.UTF_8)));
      assertThat(last[1]).isEqualTo("sha256=" + expected);
      assertThat(new WebhookSender(URI.create("http://x"), "another-secret-of-16+", 1, Duration.ZERO).sign(last[0], last[2]))
          .isNotEqualTo(expected);
      // backoff: 100 ms, then 200 ms
      assertThat(TimeUnit.NANOSECONDS.toMillis(at.get(1) - at.get(0))).isGreaterThanOrEqualTo(100);
      assertThat(TimeUnit.NANOSECONDS.toMillis(at.get(2) - at.get(1))).isGreaterThanOrEqualTo(200);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void webhook_gives_up_after_the_last_attempt() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger calls = new AtomicInteger();
    receiver.createContext("/hook", ex -> {
      calls.incrementAndGet();
      ex.sendResponseHeaders(500, -1);
      ex.close();
    });
    receiver.start();
    try {
      WebhookSender sender = new WebhookSender(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
          "0123456789abcdef", 3, Duration.ofMillis(10));
      assertThatThrownBy(() -> sender.send("{}")).isInstanceOf(IOException.class).hasMessageContaining("3 attempts");
      assertThat(calls.get()).isEqualTo(3);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void cef_goes_to_the_collector_as_octet_counted_rfc5424_syslog_over_tcp() throws Exception {
    try (ServerSocket collector = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CompletableFuture<byte[]> got = CompletableFuture.supplyAsync(() -> {
        try (Socket s = collector.accept(); InputStream in = s.getInputStream()) {
          return in.readAllBytes();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      Finding honest = new Finding("f-2", "signin.impossible-travel", "w-2", SubjectKind.WORKER, 1_770_000_000_000L,
          "Sign-ins too far apart", null, 3, "signin-location", List.of(), List.of(), null);
      new SyslogSender("127.0.0.1", collector.getLocalPort()).send(List.of(Cef.line(FINDING), Cef.line(honest)));
      List<String> frames = frames(got.get(10, TimeUnit.SECONDS));
      assertThat(frames).hasSize(2);
      assertThat(frames.get(0)).matches("<84>1 \\d{4}-\\d\\d-\\d\\dT[^ ]+Z \\S+ daylight - finding - CEF:0\\|.*");
      assertThat(frames.get(0)).contains("|location.rtt-floor|Endpoint answered faster than light allows from Phoenix \\| AZ|6|")
          .contains("suser=w-1|x\\=y").contains("msg=line one\\nline two \\= more").doesNotContain("\n");
      assertThat(frames.get(1)).contains("|signin.impossible-travel|Sign-ins too far apart|2|");
    }
  }

  /** Splits RFC 6587 octet-counted frames: "<len> <msg>" repeated. */
  static List<String> frames(byte[] bytes) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < bytes.length) {
      int sp = i;
      while (bytes[sp] != ' ') sp++;
      int len = Integer.parseInt(new String(bytes, i, sp - i, StandardCharsets.US_ASCII));
      out.add(new String(bytes, sp + 1, len, StandardCharsets.UTF_8));
      i = sp + 1 + len;
    }
    return out;
  }
}
