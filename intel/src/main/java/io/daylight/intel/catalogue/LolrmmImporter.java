package io.daylight.intel.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daylight.core.endpoint.RemoteAccessTool;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports LOLRMM's published catalogue ({@code website/public/api/rmm_tools.json} of
 * magicsword-io/LOLRMM, Apache-2.0) as remote-access tool entries.
 *
 * <p>What is dropped, and why: executable names that are generic words ("agent.exe",
 * "autoupdate.exe") or placeholders ("&lt;random&gt;.exe") would match unrelated software;
 * signers of platform vendors (Microsoft, Google, Apple…) sign far more than their remote tools
 * (a Google LLC signer match would flag every Chrome). Install paths keep their wildcards.
 */
public final class LolrmmImporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> GENERIC_NAMES = Set.of("agent", "agent32", "agent64", "autoupdate", "client", "setup", "service",
      "update", "updater", "launcher", "server", "host", "helper", "install", "installer", "uninstall", "main", "app", "run",
      "start", "svc", "core", "appcore", "amon", "avcore", "config", "console", "viewer", "remote", "support", "tray",
      "monitor", "manager", "daemon", "remote access", "windowslauncher");
  static final Set<String> PLATFORM_SIGNERS = Set.of("microsoft corporation", "microsoft windows", "apple inc.", "google llc",
      "google inc", "amazon.com services llc", "intel corporation", "adobe inc.", "mozilla corporation",
      "oracle america, inc.", "cisco systems, inc.", "globalsigningdig", "codesigningmico", ".net");

  private final String provenance;

  /** @param provenance where the file came from, e.g. "magicsword-io/LOLRMM @ 3c75cf0" */
  public LolrmmImporter(String provenance) {
    this.provenance = provenance;
  }

  public List<RemoteAccessTool> read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    if (!root.isArray()) throw new IllegalArgumentException("LOLRMM rmm_tools.json is a JSON array of tools");
    List<RemoteAccessTool> out = new ArrayList<>(root.size());
    for (JsonNode t : root) {
      String name = CatalogueJson.text(t, "Name");
      if (name == null || name.isEmpty()) continue;
      JsonNode details = t.path("Details");
      List<String> exes = new ArrayList<>();
      for (JsonNode pe : asArray(details.path("PEMetadata"))) {
        addExecutable(exes, CatalogueJson.text(pe, "Filename"));
        addExecutable(exes, CatalogueJson.text(pe, "OriginalFileName"));
      }
      List<String> paths = new ArrayList<>();
      for (String p : CatalogueJson.strings(details, "InstallationPaths")) {
        String norm = p.replace("\\\\", "\\");
        if (norm.contains("\\") || norm.contains("/")) paths.add(norm);
        String base = norm.substring(Math.max(norm.lastIndexOf('\\'), norm.lastIndexOf('/')) + 1);
        if (base.toLowerCase(Locale.ROOT).endsWith(".exe")) addExecutable(exes, base);
      }
      List<String> signers = new ArrayList<>();
      for (JsonNode c : t.path("CodeSigning").path("certificates")) {
        String s = CatalogueJson.text(c, "signer_name");
        if (s != null && !s.isEmpty() && !PLATFORM_SIGNERS.contains(s.toLowerCase(Locale.ROOT)) && !signers.contains(s)) signers.add(s);
      }
      List<String> domains = new ArrayList<>();
      for (JsonNode n : t.path("Artifacts").path("Network")) {
        for (String d : CatalogueJson.strings(n, "Domains")) if (!domains.contains(d)) domains.add(d);
      }
      out.add(new RemoteAccessTool(name, CatalogueJson.text(t, "Category"), exes, signers, paths, domains,
          "LOLRMM (" + provenance + ", Apache-2.0) entry '" + name + "'"));
    }
    return out;
  }

  private static Iterable<JsonNode> asArray(JsonNode n) {
    if (n.isArray()) return n;
    if (n.isObject()) return List.of(n);
    return List.of();
  }

  static void addExecutable(List<String> exes, String name) {
    if (name == null || name.isEmpty() || name.contains("*") || name.contains("<") || name.contains("%")) return;
    String stem = name.toLowerCase(Locale.ROOT).replaceAll("\\.exe$", "");
    if (GENERIC_NAMES.contains(stem)) return;
    for (String e : exes) if (e.equalsIgnoreCase(name)) return;
    exes.add(name);
  }
}
