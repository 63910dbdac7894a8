package io.daylight.core.endpoint;

import io.daylight.core.event.Inventory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Consumer VPN clients, recognised by the process names their own installers create. Each entry
 * names its source: the vendor's published client (the executable and service names below are the
 * ones the vendor's Windows/macOS/Linux clients install, as listed in each vendor's support pages
 * for firewall and antivirus exclusions). Astrill is listed first because reporting on DPRK IT
 * workers names it (Mandiant, "Staying a Step Ahead: Mitigating the DPRK IT Worker Threat",
 * Sept 2024). A process matches an entry when its executable name (path stripped, case folded)
 * starts with one of the entry's names, so "NordVPN.exe" and "nordvpnd" match and "notnordvpn" does not.
 */
public final class VpnClients {
  /** A client: its product name, the process-name prefixes it installs, and the source of both. */
  public record Client(String name, List<String> processPrefixes, String source) {}

  static final List<Client> CATALOGUE = List.of(
      new Client("Astrill VPN", List.of("astrill"), "astrill.com client (ASTRILL.exe, astrilld); named in Mandiant, Sept 2024"),
      new Client("NordVPN", List.of("nordvpn"), "nordvpn.com client (NordVPN.exe, nordvpn-service.exe, nordvpnd)"),
      new Client("ExpressVPN", List.of("expressvpn"), "expressvpn.com client (ExpressVPN.exe, expressvpnd)"),
      new Client("Mullvad VPN", List.of("mullvad"), "mullvad.net client (mullvad-daemon, Mullvad VPN.exe)"),
      new Client("Proton VPN", List.of("protonvpn"), "protonvpn.com client (ProtonVPN.exe, ProtonVPNService.exe)"),
      new Client("Surfshark", List.of("surfshark"), "surfshark.com client (Surfshark.exe, Surfshark.Service.exe)"),
      new Client("Private Internet Access", List.of("pia-client", "pia-service", "pia-daemon"),
          "privateinternetaccess.com client (pia-client, pia-service, pia-daemon)"),
      new Client("Windscribe", List.of("windscribe"), "windscribe.com client (Windscribe.exe, WindscribeService.exe)"),
      new Client("CyberGhost", List.of("cyberghost"), "cyberghostvpn.com client (CyberGhost.exe, CyberGhost.Service.exe)"));

  private VpnClients() {}

  /** The client this process belongs to, or empty. */
  public static Optional<Client> match(Inventory.Process p) {
    if (p == null || p.name() == null) return Optional.empty();
    String n = p.name().trim().toLowerCase(Locale.ROOT);
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    if (slash >= 0) n = n.substring(slash + 1);
    for (Client c : CATALOGUE) {
      for (String prefix : c.processPrefixes()) if (n.startsWith(prefix)) return Optional.of(c);
    }
    return Optional.empty();
  }
}
