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

  /**
   * A program the device reports. {@code running}: whether it was running when the inventory was
   * taken; null when the source does not say, which is read as running because the contract's
   * {@code processes} are what runs (osquery's {@code processes} table, the agent's process list).
   * An installed-apps inventory sends {@code "running": false} for a program that is present but
   * not running.
   */
  public record Process(String name, String path, String signer, Boolean running) {
    public Process(String name, String path, String signer) {
      this(name, path, signer, null);
    }

    /** Whether the program was seen running (true unless the source said it was not). */
    public boolean seenRunning() {
      return !Boolean.FALSE.equals(running);
    }
  }

  public record UsbDevice(String vid, String pid, String manufacturer, String product, String serial) {}

  public record Display(String edidMfg, String name) {}
}
