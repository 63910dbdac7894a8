package io.daylight.app.sensor.chain;

import io.daylight.app.sensor.SensorRoutes;
import io.daylight.core.event.Event;
import io.daylight.ingest.IngestSink;
import io.daylight.ingest.NdjsonIngest;
import io.daylight.ingest.Rejection;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The Daylight side of the chain: the real sensor routes ({@code /sensor.js}, {@code /v1/echo})
 * and an events endpoint that parses what the sensor posts with the real contract parser
 * ({@link NdjsonIngest}) and keeps it for the test, refusing requests without the ingest token.
 */
final class ChainServer implements AutoCloseable {
  static final String TOKEN = "test-ingest-token";
  private final Javalin http;
  private final List<Event> events = new ArrayList<>();
  private final List<Rejection> rejected = new ArrayList<>();
  private final byte[] page;

  ChainServer() throws IOException {
    try (InputStream in = ChainServer.class.getResourceAsStream("/chain/chain.html")) {
      page = in.readAllBytes();
    }
    http = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      SensorRoutes.register(config, new SensorRoutes.ServerPlace("rig-1", 33.448, -112.074));
      config.routes.get("/chain.html", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
      config.routes.post("/v1/events", ctx -> {
        if (!("Bearer " + TOKEN).equals(ctx.header("Authorization"))) {
          ctx.status(401);
          return;
        }
        byte[] body = ctx.bodyAsBytes();
        new NdjsonIngest().read(new ByteArrayInputStream(body), "sensor", new IngestSink() {
          @Override public void accepted(Event e, byte[] raw) {
            synchronized (events) {
              events.add(e);
            }
          }

          @Override public void rejected(Rejection r) {
            synchronized (events) {
              rejected.add(r);
            }
          }
        });
        ctx.json(java.util.Map.of("ok", true));
      });
    }).start("127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + http.port() + path;
  }

  /** Events received so far, in arrival order. */
  List<Event> events() {
    synchronized (events) {
      return new ArrayList<>(events);
    }
  }

  List<Rejection> rejected() {
    synchronized (events) {
      return new ArrayList<>(rejected);
    }
  }

  @Override
  public void close() {
    http.stop();
  }

}
