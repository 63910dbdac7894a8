package io.daylight.app.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SensorRoutesTest {
  Javalin http;
  final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    http = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      SensorRoutes.register(config, new SensorRoutes.ServerPlace("phx-1", 33.448, -112.074));
    }).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    http.stop();
  }

  private HttpResponse<byte[]> call(String method, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void the_served_script_matches_its_published_integrity_hash() throws Exception {
    HttpResponse<byte[]> js = call("GET", "/sensor.js");
    String sri = new String(call("GET", "/sensor.js.sri").body(), StandardCharsets.UTF_8);
    assertThat(js.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/javascript"));
    assertThat(sri).isEqualTo("sha384-" + Base64.getEncoder().encodeToString(SensorRoutes.sha384(js.body())));
    assertThat(js.headers().firstValue("X-Daylight-Integrity")).contains(sri);
    assertThat(SensorRoutes.integrity()).isEqualTo(sri);
  }

  @Test
  void the_echo_answers_at_once_and_names_the_server_as_landmark() throws Exception {
    HttpResponse<byte[]> r = call("POST", "/v1/echo");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"id\":\"phx-1\"", "\"lat\":33.448", "\"lon\":-112.074");
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void the_script_reads_no_key_identity_and_no_typed_content() throws Exception {
    String js;
    try (InputStream in = SensorRoutes.class.getResourceAsStream(SensorRoutes.RESOURCE)) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String code = js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    // Property reads that would reveal which key or what text: event.key/code/keyCode/which/charCode,
    // InputEvent.data, a field's value or text, the clipboard, a selection.
    Matcher m = Pattern.compile("\\.(key|code|keyCode|which|charCode|data|value|innerText|textContent|clipboardData)\\b"
        + "|getSelection|dataTransfer").matcher(code);
    StringBuilder found = new StringBuilder();
    while (m.find()) found.append(m.group()).append(' ');
    assertThat(found.toString()).isEmpty();
    assertThat(code).contains("timeStamp", "globalPrivacyControl");
  }
}
