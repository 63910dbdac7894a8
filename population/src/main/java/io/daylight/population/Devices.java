package io.daylight.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a managed laptop reports about itself: running programs (name, path, code signer as the OS
 * reports it), USB devices (vendor/product ids as in the usb.ids list) and displays (EDID
 * manufacturer id and monitor name). Vendors' own names for their binaries and signers.
 */
final class Devices {
  private Devices() {}

  static Map<String, Object> process(String name, String path, String signer) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("path", path);
    m.put("signer", signer);
    return m;
  }

  static Map<String, Object> usb(String vid, String pid, String manufacturer, String product, String serial) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vid", vid);
    m.put("pid", pid);
    m.put("manufacturer", manufacturer);
    m.put("product", product);
    if (serial != null) m.put("serial", serial);
    return m;
  }

  static Map<String, Object> display(String mfg, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("edid_mfg", mfg);
    m.put("name", name);
    return m;
  }

  /** The baseline every managed laptop runs (browser, chat, meetings, EDR, editor). */
  static List<Map<String, Object>> baseline(boolean mac, SplittableRandom r) {
    List<Map<String, Object>> l = new ArrayList<>();
    if (mac) {
      l.add(process("Google Chrome", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "Google LLC"));
      l.add(process("Slack", "/Applications/Slack.app/Contents/MacOS/Slack", "Slack Technologies, Inc."));
      l.add(process("zoom.us", "/Applications/zoom.us.app/Contents/MacOS/zoom.us", "Zoom Video Communications, Inc."));
      l.add(process("falcond", "/Library/CS/falcond", "CrowdStrike Inc."));
      if (r.nextInt(3) > 0) l.add(process("Electron", "/Applications/Visual Studio Code.app/Contents/MacOS/Electron", "Microsoft Corporation"));
    } else {
      l.add(process("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC"));
      l.add(process("slack.exe", "C:\\Program Files\\Slack\\slack.exe", "Slack Technologies, LLC"));
      l.add(process("ms-teams.exe", "C:\\Program Files\\WindowsApps\\MSTeams\\ms-teams.exe", "Microsoft Corporation"));
      l.add(process("CSFalconService.exe", "C:\\Program Files\\CrowdStrike\\CSFalconService.exe", "CrowdStrike, Inc."));
      if (r.nextInt(3) > 0) l.add(process("Code.exe", "C:\\Program Files\\Microsoft VS Code\\Code.exe", "Microsoft Corporation"));
    }
    return l;
  }

  static Map<String, Object> anyDesk(boolean mac) {
    return mac ? process("AnyDesk", "/Applications/AnyDesk.app/Contents/MacOS/AnyDesk", "philandro Software GmbH")
        : process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH");
  }

  static Map<String, Object> teamViewer(boolean mac) {
    return mac ? process("TeamViewer", "/Applications/TeamViewer.app/Contents/MacOS/TeamViewer", "TeamViewer Germany GmbH")
        : process("TeamViewer_Service.exe", "C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe", "TeamViewer Germany GmbH");
  }

  static Map<String, Object> chromeRemoteDesktop(boolean mac) {
    return mac ? process("remoting_me2me_host", "/Library/PrivilegedHelperTools/ChromeRemoteDesktopHost.app/Contents/MacOS/remoting_me2me_host", "Google LLC")
        : process("remoting_host.exe", "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\remoting_host.exe", "Google LLC");
  }

  /** RustDesk run portable from Downloads: unsigned. */
  static Map<String, Object> rustDeskPortable(boolean mac) {
    return mac ? process("rustdesk", "/Users/Shared/rustdesk.app/Contents/MacOS/rustdesk", null)
        : process("rustdesk.exe", "C:\\Users\\Public\\Downloads\\rustdesk.exe", null);
  }

  static Map<String, Object> astrill(boolean mac) {
    return mac ? process("Astrill", "/Applications/Astrill.app/Contents/MacOS/Astrill", "Astrill Systems Corp.")
        : process("astrill.exe", "C:\\Program Files (x86)\\Astrill\\astrill.exe", "Astrill Systems Corp.");
  }

  static Map<String, Object> wireGuard(boolean mac) {
    return mac ? process("WireGuard", "/Applications/WireGuard.app/Contents/MacOS/WireGuard", "WireGuard LLC")
        : process("wireguard.exe", "C:\\Program Files\\WireGuard\\wireguard.exe", "WireGuard LLC");
  }

  static Map<String, Object> personalVpn(boolean mac, boolean proton) {
    if (proton)
      return mac ? process("ProtonVPN", "/Applications/ProtonVPN.app/Contents/MacOS/ProtonVPN", "Proton AG")
          : process("ProtonVPN.exe", "C:\\Program Files\\Proton\\VPN\\ProtonVPN.exe", "Proton AG");
    return mac ? process("NordVPN", "/Applications/NordVPN.app/Contents/MacOS/NordVPN", "nordvpn s.a.")
        : process("NordVPN.exe", "C:\\Program Files\\NordVPN\\NordVPN.exe", "nordvpn s.a.");
  }

  /** The company's own VPN client. */
  static Map<String, Object> globalProtect(boolean mac) {
    return mac ? process("GlobalProtect", "/Applications/GlobalProtect.app/Contents/MacOS/GlobalProtect", "Palo Alto Networks")
        : process("PanGPA.exe", "C:\\Program Files\\Palo Alto Networks\\GlobalProtect\\PanGPA.exe", "Palo Alto Networks");
  }

  static Map<String, Object> mouseJiggler(boolean mac) {
    return mac ? process("Jiggler", "/Applications/Jiggler.app/Contents/MacOS/Jiggler", null)
        : process("MouseJiggle.exe", "C:\\Users\\Public\\Downloads\\MouseJiggle.exe", null);
  }

  static Map<String, Object> sshClient(boolean mac) {
    return mac ? process("ssh", "/usr/bin/ssh", "Software Signing") : process("ssh.exe", "C:\\Windows\\System32\\OpenSSH\\ssh.exe", "Microsoft Windows");
  }

  /** Ordinary USB: a Logitech Unifying receiver (046d:c52b) or a YubiKey 5 (1050:0407). */
  static List<Map<String, Object>> ordinaryUsb(SplittableRandom r) {
    List<Map<String, Object>> l = new ArrayList<>();
    if (r.nextInt(2) == 0) l.add(usb("046d", "c52b", "Logitech", "USB Receiver", null));
    if (r.nextInt(3) == 0) l.add(usb("1050", "0407", "Yubico", "YubiKey OTP+FIDO+CCID", null));
    return l;
  }

  /** PiKVM as it presents itself (contract example): Linux Foundation composite gadget id 1d6b:0104. */
  static Map<String, Object> piKvm(String serial) {
    return usb("1d6b", "0104", "PiKVM", "PiKVM Composite Device", serial);
  }

  /** An IP-KVM whose descriptor was left generic: the usb.ids name of 1d6b:0104. */
  static Map<String, Object> genericGadget() {
    return usb("1d6b", "0104", "Linux Foundation", "Multifunction Composite Gadget", null);
  }

  static Map<String, Object> tinyPilot() {
    return usb("1d6b", "0104", "TinyPilot", "TinyPilot", null);
  }

  static List<Map<String, Object>> displays(boolean mac, int external, SplittableRandom r) {
    List<Map<String, Object>> l = new ArrayList<>();
    l.add(mac ? display("APP", "Color LCD") : display("BOE", "Built-in Display"));
    List<Map<String, Object>> monitors = List.of(display("DEL", "DELL U2720Q"), display("GSM", "LG ULTRAFINE"),
        display("SAM", "S27A600U"), display("LEN", "LEN T27h-20"), display("DEL", "DELL P2419H"));
    for (int i = 0; i < external; i++) l.add(monitors.get(r.nextInt(monitors.size())));
    return l;
  }
}
