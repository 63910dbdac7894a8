package io.daylight.core.identity;

import io.daylight.core.detect.Finding;
import org.junit.jupiter.api.Test;

class DebugHonest {
  @Test void dump() {
    ApplicantScenario s = ApplicantScenario.generate(20260101L, 20_000, 150, true);
    LinkResult result = new IdentityLinker(PhoneIntel.DIGITS_ONLY).link(s.events);
    int n = 0;
    for (Finding f : ClusterSignals.findings(result)) {
      boolean ring = f.members().stream().anyMatch(m -> s.label.get(m).startsWith("ring:"));
      if (ring || f.detector().contains("velocity")) continue;
      if (n++ > 6) break;
      System.out.println(f.detector() + " " + f.members().stream().map(m -> m + "=" + s.label.get(m)).toList());
      System.out.println("  " + f.explanation());
      for (LinkResult.Cluster c : result.clusters()) if (c.id().equals(f.subject())) c.edges().forEach(e -> System.out.println("    " + e));
    }
  }
}
