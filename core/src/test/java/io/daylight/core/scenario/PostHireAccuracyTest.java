package io.daylight.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.PostHireDetectors;
import io.daylight.core.detect.Finding;
import io.daylight.core.detect.SubjectKind;
import io.daylight.core.endpoint.InputHardware;
import io.daylight.core.endpoint.InputHardwareCatalogue;
import io.daylight.core.endpoint.RemoteAccessCatalogue;
import io.daylight.core.endpoint.RemoteAccessTool;
import io.daylight.core.event.Worker;
import io.daylight.core.score.Case;
import io.daylight.core.score.CaseScorer;
import io.daylight.core.score.Level;
import io.daylight.core.score.ScoringPolicy;
import io.daylight.core.testkit.Harness;
import io.daylight.core.vendor.AgencyPlacementReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Runs every post-hire detector over a labelled {@link PostHireScenario} and reports, per
 * detector, the share of impostors it flags and the share of honest workers it flags, with the
 * honest look-alike traits behind each false positive. The table goes to
 * {@code target/accuracy-after-hiring.md}, and from there into docs/accuracy.md.
 */
class PostHireAccuracyTest {
  static final long SEED = 20261121L;
  static final int WORKERS = 5000;
  static final int DAYS = 45;

  static RemoteAccessCatalogue tools() {
    return RemoteAccessCatalogue.of(List.of(
        new RemoteAccessTool("AnyDesk", "RMM", List.of("AnyDesk.exe"), List.of("philandro Software GmbH"), List.of(), List.of(), "test"),
        new RemoteAccessTool("RustDesk", "RMM", List.of("rustdesk.exe"), List.of(), List.of(), List.of(), "test"),
        new RemoteAccessTool("Chrome Remote Desktop", "RMM", List.of("remoting_host.exe"), List.of(), List.of(), List.of(), "test"),
        new RemoteAccessTool("TeamViewer", "RMM", List.of("TeamViewer.exe"), List.of("TeamViewer Germany GmbH"), List.of(), List.of(), "test")));
  }

  static InputHardwareCatalogue hardware() {
    return InputHardwareCatalogue.of(List.of(
        new InputHardware("PiKVM", "ip-kvm", List.of(), List.of("pikvm"), List.of("pikvm"), "test"),
        new InputHardware("Linux USB gadget", "usb-gadget", List.of("1d6b:0104"), List.of(), List.of(), "test"),
        new InputHardware("Mouse jiggler", "mouse-jiggler", List.of(), List.of("jiggler", "mouse mover"), List.of(), "test")));
  }

  /**
   * The look-alike traits that explain a detector's false positives: those at least three times as
   * common among its false positives as among all honest workers, with their count and lift.
   */
  static String overRepresented(Map<String, Integer> fpTraits, int fp, Map<String, Integer> base, int honest) {
    List<String> out = new ArrayList<>();
    fpTraits.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .forEach(e -> {
          double lift = ((double) e.getValue() / fp) / ((double) base.get(e.getKey()) / honest);
          if (lift >= 3) out.add(String.format(Locale.ROOT, "%s %d (×%.0f)", e.getKey(), e.getValue(), lift));
        });
    return out.isEmpty() ? "—" : String.join(", ", out);
  }

  @Test
  void measures_detection_and_false_positive_rates_per_detector_on_the_labelled_scenario() throws IOException {
    PostHireScenario s = PostHireScenario.generate(SEED, WORKERS, DAYS);
    Harness h = new Harness(PostHireDetectors.all(s.context, s.ip, tools(), hardware()));
    long t0 = System.nanoTime();
    h.feed(s.events);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Finding> findings = h.findings();

    Map<String, Set<String>> flagged = new TreeMap<>();
    Map<String, Set<String>> ratiosUsed = new TreeMap<>();
    for (Finding f : findings) {
      if (f.kind() != SubjectKind.WORKER) continue;
      flagged.computeIfAbsent(f.detector(), k -> new TreeSet<>()).add(f.subject());
      ratiosUsed.computeIfAbsent(f.detector(), k -> new TreeSet<>((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b))))
          .add(io.daylight.core.detect.Numbers.format(f.likelihoodRatio()));
    }
    int honest = 0, fraud = 0, farm = 0, solo = 0;
    for (String m : s.truth.values()) {
      if (m.equals("honest")) honest++; else fraud++;
      if (m.equals("farm")) farm++;
      if (m.equals("solo")) solo++;
    }
    Map<String, Integer> traitBase = new TreeMap<>();
    for (var e : s.traits.entrySet()) {
      if (s.truth.get(e.getKey()).equals("honest")) for (String t : e.getValue()) traitBase.merge(t, 1, Integer::sum);
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Scenario: `PostHireScenario.generate(seed %d, %d workers, %d days)`: %d honest, "
        + "%d impostors (%d on laptop farms, %d solo behind VPNs/abroad); %,d events, run in %.1f s.%n%n",
        SEED, WORKERS, DAYS, honest, fraud, farm, solo, s.events.size(), seconds));
    md.append("| detector | impostors flagged | farm | solo | honest flagged (FP rate) | measured DR / FPR | policy ratios in findings | look-alike traits behind the false positives: count (lift over all honest workers) |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    Map<String, double[]> rates = new TreeMap<>();
    for (var e : flagged.entrySet()) {
      int tp = 0, tpFarm = 0, tpSolo = 0, fp = 0;
      Map<String, Integer> fpTraits = new TreeMap<>();
      for (String w : e.getValue()) {
        String m = s.truth.get(w);
        if (m.equals("honest")) {
          fp++;
          for (String t : s.traits.get(w)) fpTraits.merge(t, 1, Integer::sum);
        } else {
          tp++;
          if (m.equals("farm")) tpFarm++; else tpSolo++;
        }
      }
      rates.put(e.getKey(), new double[] {(double) tp / fraud, (double) fp / honest});
      double dr = (double) tp / fraud;
      double fpr = (double) fp / honest;
      md.append(String.format(Locale.ROOT, "| `%s` | %d / %d (%.1f %%) | %d / %d | %d / %d | %d / %d (%.2f %%) | %s | %s | %s |%n",
          e.getKey(), tp, fraud, 100.0 * tp / fraud, tpFarm, farm, tpSolo, solo, fp, honest, 100.0 * fp / honest,
          fp == 0 ? "∞ (no FP)" : io.daylight.core.detect.Numbers.format(dr / fpr), String.join(", ", ratiosUsed.get(e.getKey())),
          overRepresented(fpTraits, fp, traitBase, honest)));
    }
    // Cases: all findings scored together with the default policy (prior 1/1000).
    List<Case> cases = new CaseScorer(ScoringPolicy.DEFAULT).score(findings);
    int highFraud = 0, highHonest = 0, mediumHonest = 0;
    for (Case c : cases) {
      boolean isFraud = !s.truth.get(c.subject()).equals("honest");
      if (c.level() == Level.HIGH && isFraud) highFraud++;
      if (c.level() == Level.HIGH && !isFraud) highHonest++;
      if (c.level() == Level.MEDIUM && !isFraud) mediumHonest++;
    }
    md.append(String.format(Locale.ROOT, "%nCases (post-hire findings only, `ScoringPolicy.DEFAULT`): %d / %d impostors "
        + "reach `high` (%.1f %%); %d / %d honest workers reach `high` (%.2f %%) and %d `medium`.%n",
        highFraud, fraud, 100.0 * highFraud / fraud, highHonest, honest, 100.0 * highHonest / honest, mediumHonest));
    // Agencies.
    AgencyPlacementReview review = new AgencyPlacementReview();
    s.events.stream().filter(e -> e instanceof Worker).forEach(e -> review.placement((Worker) e));
    List<Finding> agencyFindings = new ArrayList<>(review.review(findings, ScoringPolicy.DEFAULT, PostHireScenario.START + DAYS * PostHireScenario.DAY));
    findings.stream().filter(f -> f.kind() == SubjectKind.AGENCY).forEach(agencyFindings::add);
    Set<String> agencies = new TreeSet<>();
    agencyFindings.forEach(f -> agencies.add(f.subject() + " (" + f.detector() + ")"));
    md.append(String.format(Locale.ROOT, "%nAgency findings: %s. The scenario's fronting agency is `%s`; the other four "
        + "agencies are honest (one recruiter office files for its candidates).%n", agencies, s.badAgency));
    Path out = Path.of("target", "accuracy-after-hiring.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    System.out.println(md);

    assertThat(rates.get("farm.shared-location")[1]).as("farm FP rate").isLessThan(0.005);
    assertThat(rates.get("farm.shared-location")[0]).as("farm detection").isGreaterThan(0.5);
    assertThat(rates.get("payroll.shared-account")[1]).as("shared account FP rate").isLessThan(0.005);
    // Absent when it fired on no one: since issue 15 it rests on managed devices on fixed lines only,
    // and the scenario's operators sign in from their own unmanaged machines.
    assertThat(rates.getOrDefault("signin.impossible-travel", new double[2])[1]).as("impossible travel FP rate").isLessThan(0.01);
    assertThat((double) highHonest / honest).as("honest high cases").isLessThan(0.01);
    assertThat((double) highFraud / fraud).as("impostors reaching high").isGreaterThan(0.5);
    assertThat(agencies).anyMatch(a -> a.startsWith("agency:shady staffing llc"))
        .noneMatch(a -> a.startsWith("agency:good talent") || a.startsWith("agency:remote experts"));
  }
}
