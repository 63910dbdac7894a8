package io.daylight.core.endpoint;

import io.daylight.core.event.Inventory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hash indexes on lower-cased executable name and signer, so a lookup costs two map probes per
 * process however large the catalogue (LOLRMM alone lists 300+ tools). Install paths are checked
 * only for the matched tool, to say in the explanation whether the path agrees.
 */
final class IndexedRemoteAccessCatalogue implements RemoteAccessCatalogue {
  private final Map<String, RemoteAccessTool> byExecutable = new HashMap<>();
  private final Map<String, RemoteAccessTool> bySigner = new HashMap<>();
  private final int size;

  IndexedRemoteAccessCatalogue(List<RemoteAccessTool> tools) {
    for (RemoteAccessTool t : tools) {
      for (String e : t.executables()) byExecutable.putIfAbsent(norm(e), t);
      for (String s : t.signers()) bySigner.putIfAbsent(norm(s), t);
    }
    this.size = tools.size();
  }

  @Override public int size() { return size; }

  @Override
  public Optional<Match> match(Inventory.Process p) {
    String exe = executableOf(p);
    RemoteAccessTool bySign = p.signer() == null ? null : bySigner.get(norm(p.signer()));
    RemoteAccessTool byExe = exe == null ? null : byExecutable.get(norm(exe));
    RemoteAccessTool tool = bySign != null ? bySign : byExe;
    if (tool == null) return Optional.empty();
    StringBuilder on = new StringBuilder();
    if (exe != null) on.append("executable ").append(exe);
    if (bySign != null) on.append(on.length() > 0 ? "; " : "").append("signer ").append(p.signer());
    if (p.path() != null) {
      on.append(on.length() > 0 ? "; " : "").append("path ").append(p.path());
      if (pathMatches(tool, p.path())) on.append(" (a catalogued install path)");
    }
    return Optional.of(new Match(tool, on.toString(), bySign != null));
  }

  /** The image name: the process name, or the last segment of its path. */
  static String executableOf(Inventory.Process p) {
    String name = p.name();
    if ((name == null || name.isBlank()) && p.path() != null) name = p.path();
    if (name == null || name.isBlank()) return null;
    int cut = Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/'));
    return cut >= 0 ? name.substring(cut + 1) : name;
  }

  static boolean pathMatches(RemoteAccessTool tool, String path) {
    String p = norm(path);
    for (String pattern : tool.paths()) {
      if (glob(norm(pattern), p)) return true;
    }
    return false;
  }

  /** {@code *} matches any run of characters; a pattern ending in a separator matches as a prefix. */
  static boolean glob(String pattern, String s) {
    if (pattern.endsWith("\\") || pattern.endsWith("/")) pattern = pattern + "*";
    int p = 0, i = 0, star = -1, mark = 0;
    while (i < s.length()) {
      if (p < pattern.length() && pattern.charAt(p) == s.charAt(i) && pattern.charAt(p) != '*') {
        p++;
        i++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = i;
      } else if (star >= 0) {
        p = star + 1;
        i = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') p++;
    return p == pattern.length();
  }

  static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
