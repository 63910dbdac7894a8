package io.daylight.agent.event;

import java.util.List;

/** What the device says about itself (contract {@code inventory}); null fields are omitted. */
public record InventoryReport(long timeMs, String serial, String osTz, String publicIp, String wifiBssid,
                              List<Process> processes, List<Usb> usb, List<Display> displays) implements AgentEvent {
  public InventoryReport {
    processes = List.copyOf(processes);
    usb = List.copyOf(usb);
    displays = List.copyOf(displays);
  }

  /** A running program: name, executable path, code signer (null where the OS has none). */
  public record Process(String name, String path, String signer) {}

  /** A USB device: vendor and product ids (4 hex digits) and the strings it reports. */
  public record Usb(String vid, String pid, String manufacturer, String product, String serial) {}

  /** A display: the EDID's 3-letter manufacturer id and its monitor-name descriptor. */
  public record Display(String edidMfg, String name) {}
}
