package io.daylight.agent.inventory;

import io.daylight.agent.event.InventoryReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.UsbDevice;
import oshi.software.os.OSProcess;
import oshi.util.EdidUtil;

/**
 * Inventory through OSHI (processes, USB devices, displays' EDID, serial) rather than hand-parsed
 * OS files. Code signers: OSHI does not read Authenticode or Apple code signatures, and Linux
 * executables are not signed at all, so {@code signer} is left out (the catalogue then matches on
 * the executable name; a signer is merely the stronger match). Wi-Fi BSSID: OSHI has no API for it,
 * so it comes from {@link WifiBssid} where the OS offers a tool.
 */
public final class InventoryCollector {
  private final SystemInfo si = new SystemInfo();
  private final URI ipEcho;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param ipEcho a URL answering with the caller's public IP as plain text (e.g. https://checkip.amazonaws.com), or null */
  public InventoryCollector(URI ipEcho) {
    this.ipEcho = ipEcho;
  }

  public InventoryReport collect(long nowMs) {
    HardwareAbstractionLayer hw = si.getHardware();
    return new InventoryReport(nowMs, blankToNull(hw.getComputerSystem().getSerialNumber()),
        ZoneId.systemDefault().getId(), publicIp(), WifiBssid.current(), processes(), usb(hw), displays(hw));
  }

  /** One entry per distinct executable (name and path), sorted: the same program twice is one fact. */
  private List<InventoryReport.Process> processes() {
    TreeMap<String, InventoryReport.Process> seen = new TreeMap<>();
    for (OSProcess p : si.getOperatingSystem().getProcesses()) {
      String path = blankToNull(p.getPath());
      String name = blankToNull(p.getName());
      if (name == null && path == null) continue;
      seen.putIfAbsent(name + "\u0000" + path, new InventoryReport.Process(name, path, null));
    }
    return new ArrayList<>(seen.values());
  }

  private static List<InventoryReport.Usb> usb(HardwareAbstractionLayer hw) {
    List<InventoryReport.Usb> out = new ArrayList<>();
    for (UsbDevice d : hw.getUsbDevices(false)) {
      // Root hubs and host controllers have no vendor/product id pair worth reporting.
      if (blankToNull(d.getVendorId()) == null || blankToNull(d.getProductId()) == null) continue;
      out.add(new InventoryReport.Usb(d.getVendorId().toLowerCase(Locale.ROOT), d.getProductId().toLowerCase(Locale.ROOT),
          blankToNull(d.getVendor()), blankToNull(d.getName()), blankToNull(d.getSerialNumber())));
    }
    return out;
  }

  private static List<InventoryReport.Display> displays(HardwareAbstractionLayer hw) {
    List<InventoryReport.Display> out = new ArrayList<>();
    for (oshi.hardware.Display d : hw.getDisplays()) {
      byte[] edid = d.getEdid();
      if (edid == null || edid.length < 128) continue;
      out.add(new InventoryReport.Display(EdidUtil.getManufacturerID(edid), Edid.monitorName(edid)));
    }
    return out;
  }

  private String publicIp() {
    if (ipEcho == null) return null;
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(ipEcho).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
      String ip = r.body().trim();
      return r.statusCode() == 200 && ip.matches("[0-9a-fA-F:.]{2,45}") ? ip : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() || "unknown".equalsIgnoreCase(s.trim()) ? null : s.trim();
  }
}
