package io.daylight.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.agent.event.RoundTrip;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LandmarkProbeTest {
  @Test
  void a_landmark_on_loopback_answers_within_a_few_ms() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      double rtt = new LandmarkProbe(3, 1_000).minRttMs(new RoundTrip.Landmark("lo", 0, 0, "127.0.0.1", s.getLocalPort()));
      assertThat(rtt).isGreaterThan(0).isLessThan(50);
    }
  }

  @Test
  void an_unreachable_landmark_gives_no_measurement() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThat(new LandmarkProbe(2, 500).minRttMs(new RoundTrip.Landmark("gone", 0, 0, "127.0.0.1", port))).isNaN();
  }

  @Test
  void a_landmark_is_written_id_host_port_at_lat_lon() {
    assertThat(RoundTrip.Landmark.parse("sea-1=sea.example.net:443@47.61,-122.33"))
        .isEqualTo(new RoundTrip.Landmark("sea-1", 47.61, -122.33, "sea.example.net", 443));
    assertThatThrownBy(() -> RoundTrip.Landmark.parse("sea-1@47.61,-122.33")).isInstanceOf(IllegalArgumentException.class);
  }
}
