package io.daylight.agent.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolUploaderTest {
  @TempDir Path dir;
  HttpServer http;
  final List<String> bodies = new ArrayList<>();
  final List<String> auth = new ArrayList<>();
  final AtomicInteger status = new AtomicInteger(200);

  private URI serve() throws Exception {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/v1/events", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      auth.add(ex.getRequestHeaders().getFirst("Authorization"));
      ex.sendResponseHeaders(status.get(), -1);
      ex.close();
    });
    http.start();
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    if (http != null) http.stop(0);
  }

  private static URI nobodyListening() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
  }

  @Test
  void batches_written_while_offline_stay_on_disk_and_go_out_in_order_once_the_server_answers() throws Exception {
    Spool spool = new Spool(dir);
    spool.append(List.of("{\"n\":1}"), 1_000);
    spool.append(List.of("{\"n\":2}", "{\"n\":3}"), 2_000);
    Uploader offline = new Uploader(spool, nobodyListening(), "tok");
    assertThat(offline.drain(3_000)).isZero();
    assertThat(spool.pending()).hasSize(2);
    assertThat(offline.notBeforeMs()).isBetween(3_500L, 4_000L); // first back-off: 1 s, half of it random

    Uploader online = new Uploader(spool, serve(), "tok");
    assertThat(online.drain(10_000)).isEqualTo(2);
    assertThat(spool.pending()).isEmpty();
    assertThat(bodies).containsExactly("{\"n\":1}\n", "{\"n\":2}\n{\"n\":3}\n");
    assertThat(auth).containsOnly("Bearer tok");
  }

  @Test
  void a_refused_batch_is_kept_and_the_uploader_backs_off_doubling() throws Exception {
    Spool spool = new Spool(dir);
    spool.append(List.of("{\"n\":1}"), 1_000);
    status.set(401);
    Uploader u = new Uploader(spool, serve(), "wrong");
    assertThat(u.drain(0)).isZero();
    long first = u.notBeforeMs();
    assertThat(u.drain(first - 1)).isZero(); // still backing off: no request
    assertThat(bodies).hasSize(1);
    assertThat(u.drain(first)).isZero();
    assertThat(u.notBeforeMs() - first).isBetween(1_000L, 2_000L); // second back-off: 2 s
    assertThat(spool.pending()).hasSize(1);
    status.set(200);
    assertThat(u.drain(u.notBeforeMs())).isEqualTo(1);
    assertThat(spool.pending()).isEmpty();
  }

  @Test
  void a_half_written_batch_is_never_sent() throws Exception {
    Spool spool = new Spool(dir);
    Files.writeString(dir.resolve("000000000000001-000000000.part"), "{\"n\":1");
    spool.append(List.of("{\"n\":2}"), 2_000);
    assertThat(spool.pending()).extracting(p -> p.getFileName().toString())
        .containsExactly("000000000002000-000000000.ndjson");
  }
}
