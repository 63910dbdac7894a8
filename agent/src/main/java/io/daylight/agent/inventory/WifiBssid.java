package io.daylight.agent.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BSSID of the access point the laptop is associated with, where the OS has a tool that says
 * it (OSHI has no API for it): NetworkManager's {@code nmcli} on Linux, {@code netsh} on Windows.
 * macOS 14+ hides the BSSID without location permission, so it is not asked. Null when unknown.
 */
final class WifiBssid {
  private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}(?:\\\\?:[0-9a-fA-F]{2}){5})");

  private WifiBssid() {}

  static String current() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("linux")) {
      // "yes:AA\:BB\:..." for the active network (terse mode escapes the colons).
      return firstMac(run(List.of("nmcli", "-t", "-f", "ACTIVE,BSSID", "dev", "wifi")), "yes:");
    }
    if (os.contains("windows")) return firstMac(run(List.of("netsh", "wlan", "show", "interfaces")), "BSSID");
    return null;
  }

  static String firstMac(String out, String linePrefix) {
    if (out == null) return null;
    for (String line : out.split("\\R")) {
      if (!line.trim().startsWith(linePrefix)) continue;
      Matcher m = MAC.matcher(line);
      if (m.find()) return m.group(1).replace("\\", "").toLowerCase(Locale.ROOT);
    }
    return null;
  }

  private static String run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
