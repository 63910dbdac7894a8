package io.daylight.core.location;

import io.daylight.core.context.CidrSet;
import io.daylight.core.context.DeploymentContext;
import io.daylight.core.detect.Finding;
import io.daylight.core.testkit.Harness;
import io.daylight.core.testkit.Places;
import io.daylight.core.testkit.WorkerSim;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints one finding of each kind from a small generated population (with a lying landmark), so a
 * reader can check the explanations' wording and numbers; see docs/accuracy.md, "Re-run".
 */
public class ShowFindings {
  public static void main(String[] a) {
    WorkerSim sim = new WorkerSim(5, 60, Places.LANDMARKS.get(7), Places.MIAMI);
    for (int i = 0; i < 40; i++) sim.generate("h" + i, WorkerSim.Kind.HOME);
    for (WorkerSim.Kind k : new WorkerSim.Kind[] {WorkerSim.Kind.VPN_ABROAD, WorkerSim.Kind.LAPTOP_FARM, WorkerSim.Kind.IP_KVM_FARM, WorkerSim.Kind.HANDOVER}) {
      for (int i = 0; i < 3; i++) System.out.println(sim.generate(k + "-" + i, k));
    }
    DeploymentContext ctx = new DeploymentContext(CidrSet.of(List.of(Places.CORPORATE_CIDR)), Set.of(), Places.LANDMARKS, List.of());
    Set<String> seen = new HashSet<>();
    for (Finding f : Harness.run(LocationDetectors.all(ctx), sim.events())) {
      if (seen.add(LocationAccuracyStudy.rule(f) + f.kind())) {
        System.out.println("\n[" + f.detector() + "] " + f.subject() + " LR " + Math.round(f.likelihoodRatio()) + " — " + f.title());
        System.out.println(f.explanation());
      }
    }
  }
}
