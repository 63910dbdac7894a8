package io.daylight.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * What a managed laptop reports running and attached. Executable names, install paths and signers
 * of remote-access tools follow the LOLRMM catalogue (testdata/lolrmm) and the tools' own
 * installers; the IP-KVM's USB identity is the Linux Foundation composite-gadget id (1d6b:0104)
 * that PiKVM presents.
 */
final class Software {
  private Software() {}

  private static final String[][] WINDOWS = {
      {"explorer.exe", "C:\\Windows\\explorer.exe", "Microsoft Windows"},
      {"ms-teams.exe", "C:\\Program Files\\WindowsApps\\MSTeams_8wekyb3d8bbwe\\ms-teams.exe", "Microsoft Corporation"},
      {"chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC"},
      {"slack.exe", "C:\\Users\\user\\AppData\\Local\\slack\\slack.exe", "Slack Technologies, LLC"},
      {"Code.exe", "C:\\Users\\user\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe", "Microsoft Corporation"},
      {"CSFalconService.exe", "C:\\Program Files\\CrowdStrike\\CSFalconService.exe", "CrowdStrike, Inc."}};
  private static final String[][] MACOS = {
      {"Finder", "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder", "Software Signing"},
      {"Microsoft Teams", "/Applications/Microsoft Teams.app/Contents/MacOS/MSTeams", "Developer ID Application: Microsoft Corporation (UBF8T346G9)"},
      {"Google Chrome", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "Developer ID Application: Google LLC (EQHXZ8M8AV)"},
      {"Slack", "/Applications/Slack.app/Contents/MacOS/Slack", "Developer ID Application: Slack Technologies, Inc. (BQR82RBBHL)"},
      {"falcond", "/Library/CS/falcond", "Developer ID Application: CrowdStrike Inc. (X9E956P446)"}};

  static void processes(JsonGenerator g, String os, List<String> extras) throws IOException {
    g.writeArrayFieldStart("processes");
    for (String[] proc : os.equals("macos") ? MACOS : WINDOWS) process(g, proc);
    for (String tool : extras) {
      switch (tool) {
        case "AnyDesk" -> process(g, new String[] {"AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "philandro Software GmbH"});
        case "TeamViewer" -> process(g, os.equals("macos")
            ? new String[] {"TeamViewer", "/Applications/TeamViewer.app/Contents/MacOS/TeamViewer", "Developer ID Application: TeamViewer Germany GmbH (H7UGFBUGV6)"}
            : new String[] {"TeamViewer.exe", "C:\\Program Files\\TeamViewer\\TeamViewer.exe", "TeamViewer Germany GmbH"});
        default -> throw new IllegalArgumentException("unknown tool " + tool);
      }
    }
    g.writeEndArray();
  }

  private static void process(JsonGenerator g, String[] p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", p[0]);
    g.writeStringField("path", p[1]);
    g.writeStringField("signer", p[2]);
    g.writeEndObject();
  }

  static void peripherals(JsonGenerator g, boolean kvm, long seed) throws IOException {
    boolean mouseReceiver = (seed & 1) == 0, monitor = (seed & 2) == 0;
    g.writeArrayFieldStart("usb");
    if (mouseReceiver) usb(g, "046d", "c52b", "Logitech", "USB Receiver", null);
    if (kvm) usb(g, "1d6b", "0104", "PiKVM", "PiKVM Composite Device", Mix.hex(Mix.mix(seed, 3), 8).toUpperCase());
    g.writeEndArray();
    g.writeArrayFieldStart("displays");
    if (kvm) display(g, "LNX", "PiKVM");
    else if (monitor) display(g, "DEL", "DELL U2723QE");
    g.writeEndArray();
  }

  private static void usb(JsonGenerator g, String vid, String pid, String mfg, String product, String serial) throws IOException {
    g.writeStartObject();
    g.writeStringField("vid", vid);
    g.writeStringField("pid", pid);
    g.writeStringField("manufacturer", mfg);
    g.writeStringField("product", product);
    if (serial != null) g.writeStringField("serial", serial);
    g.writeEndObject();
  }

  private static void display(JsonGenerator g, String mfg, String name) throws IOException {
    g.writeStartObject();
    g.writeStringField("edid_mfg", mfg);
    g.writeStringField("name", name);
    g.writeEndObject();
  }
}
