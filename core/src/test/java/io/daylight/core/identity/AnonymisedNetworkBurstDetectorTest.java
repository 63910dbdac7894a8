package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.event.Application;
import io.daylight.core.event.Place;
import io.daylight.core.intel.IpIntel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnonymisedNetworkBurstDetectorTest {
  private static final long DAY = 86_400_000L;
  /** Test double of reference data: a hosting exit and a university network. */
  private static final IpIntel IPS = ip -> Optional.of(ip.startsWith("45.")
      ? new IpIntel.IpInfo(ip, "NL", 9009, "M247", null, Double.NaN, Double.NaN, IpIntel.NetworkClass.HOSTING, "x4bnet datacenter ASN list")
      : new IpIntel.IpInfo(ip, "US", 3, "MIT", null, Double.NaN, Double.NaN, IpIntel.NetworkClass.UNKNOWN, null));

  private static Application app(String id, long day, String ip) {
    Application.Candidate c = new Application.Candidate("N " + id, null, null, new Place("Boston", "MA", "US", Double.NaN, Double.NaN),
        List.of(), null, null, null);
    return new Application(id, day * DAY, "Engineer", c, ip, null, null, null, null, null, null, null, null);
  }

  @Test void three_applications_through_one_hosting_network_in_a_week_fire_but_a_career_centre_does_not() {
    AnonymisedNetworkBurstDetector d = new AnonymisedNetworkBurstDetector(IPS);
    Map<String, AnonymisedNetworkBurstDetector.State> states = new HashMap<>();
    Map<String, RecordingContext> contexts = new HashMap<>();
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 25; i++) apps.add(app("uni-" + i, 1 + i % 5, "18.9.22." + i));
    apps.add(app("r1", 1, "45.1.1.1"));
    apps.add(app("r2", 20, "45.1.1.2"));
    apps.add(app("r3", 22, "45.1.1.3"));
    apps.add(app("r4", 24, "45.1.1.4"));
    for (Application a : apps) {
      List<String> keys = new ArrayList<>();
      d.keys(a, keys::add);
      for (String k : keys) {
        d.onEvent(states.computeIfAbsent(k, x -> d.newState()), a, contexts.computeIfAbsent(k, RecordingContext::new));
      }
    }
    assertThat(contexts).containsOnlyKeys("asn:9009");
    RecordingContext ctx = contexts.get("asn:9009");
    assertThat(ctx.findings).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("net-AS9009");
      assertThat(f.members()).containsExactly("r2", "r3", "r4");
      assertThat(f.title()).isEqualTo("3 applications from one hosting network within 7 days");
    });
  }
}
