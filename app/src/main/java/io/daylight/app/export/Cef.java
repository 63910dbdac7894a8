package io.daylight.app.export;

import io.daylight.core.detect.Finding;
import java.util.Locale;

/**
 * A finding as an ArcSight Common Event Format line (CEF:0, "Implementing ArcSight CEF" rev 25):
 * {@code CEF:0|vendor|product|version|signatureId|name|severity|extension}. Header fields escape
 * {@code \} and {@code |}; extension values escape {@code \}, {@code =} and line breaks.
 */
public final class Cef {
  private Cef() {}

  public static String line(Finding f) {
    StringBuilder sb = new StringBuilder("CEF:0|Daylight project|Daylight|0.1.0|");
    sb.append(header(f.detector())).append('|').append(header(f.title() == null ? f.detector() : f.title())).append('|')
        .append(severity(f.likelihoodRatio())).append('|');
    sb.append("rt=").append(f.time());
    sb.append(" externalId=").append(ext(f.uid()));
    sb.append(" suser=").append(ext(f.subject()));
    sb.append(" cs1Label=subjectKind cs1=").append(f.kind().wire());
    sb.append(" cs2Label=dependencyGroup cs2=").append(ext(f.dependencyGroup()));
    sb.append(" cfp1Label=likelihoodRatio cfp1=").append(String.format(Locale.ROOT, "%.4g", f.likelihoodRatio()));
    if (f.explanation() != null) sb.append(" msg=").append(ext(f.explanation()));
    return sb.toString();
  }

  /**
   * CEF severity 0-10 from the strength of the evidence: the decades of Jeffreys' scale, as in
   * OcsfFinding (ratio ≥ 1,000 → 8 high, ≥ 100 → 6, ≥ 10 → 4, else 2).
   */
  static int severity(double likelihoodRatio) {
    double l = Math.log10(likelihoodRatio);
    if (l >= 3) return 8;
    if (l >= 2) return 6;
    if (l >= 1) return 4;
    return 2;
  }

  static String header(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  static String ext(String s) {
    return s.replace("\\", "\\\\").replace("=", "\\=").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
  }
}
