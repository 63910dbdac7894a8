package io.daylight.core.event;

import java.util.List;

/** What a managed device reports about itself. */
public record Inventory(
    String id,
    long time,
    String subject,
    String deviceId,
    String serial,
    String osTz,
    String publicIp,
    String wifiBssid,
    List<Process> processes,
    List<UsbDevice> usb,
    List<Display> displays) implements Event {

  public Inventory {
    processes = processes == null ? List.of() : List.copyOf(processes);
    usb = usb == null ? List.of() : List.copyOf(usb);
    displays = displays == null ? List.of() : List.copyOf(displays);
  }

  @Override public EventType type() { return EventType.INVENTORY; }

  public record Process(String name, String path, String signer) {}

  public record UsbDevice(String vid, String pid, String manufacturer, String product, String serial) {}

  public record Display(String edidMfg, String name) {}
}
