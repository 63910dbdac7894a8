package io.daylight.core.endpoint;

import io.daylight.core.event.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises remote-control and input-injection hardware by its default USB identity and EDID
 * name. A match by product string is specific; a match by id alone can be any device reusing a
 * generic id (1d6b:0104 is the Linux Foundation's "Multifunction Composite Gadget").
 */
public final class InputHardwareCatalogue {
  private final List<InputHardware> entries;

  public InputHardwareCatalogue(List<InputHardware> entries) {
    this.entries = List.copyOf(entries);
  }

  public int size() {
    return entries.size();
  }

  /**
   * @param hardware the entry
   * @param on what matched, quoted as reported ("USB 1d6b:0104 'PiKVM Composite Device'")
   * @param byString whether a product/manufacturer/EDID string matched, not only a numeric id
   */
  public record Match(InputHardware hardware, String on, boolean byString) {}

  /** Every entry this USB device matches, string matches first. */
  public List<Match> usb(Inventory.UsbDevice d) {
    String id = d.vid() == null || d.pid() == null ? null : hex(d.vid()) + ":" + hex(d.pid());
    String text = lower(d.manufacturer()) + " " + lower(d.product());
    List<Match> out = new ArrayList<>(1);
    String shown = "USB " + (id == null ? "?" : id) + " '" + label(d.manufacturer(), d.product()) + "'"
        + (d.serial() == null ? "" : " serial " + d.serial());
    for (InputHardware h : entries) {
      boolean byString = containsAny(text, h.usbStrings());
      boolean byId = id != null && h.usbIds().contains(id);
      if (byString || byId) out.add(new Match(h, shown, byString));
    }
    out.sort((a, b) -> Boolean.compare(b.byString(), a.byString()));
    return out;
  }

  /** The entry this display's EDID name matches, or empty. */
  public Optional<Match> display(Inventory.Display d) {
    String text = lower(d.name());
    for (InputHardware h : entries) {
      if (containsAny(text, h.displayNames())) {
        return Optional.of(new Match(h, "display EDID '" + d.name() + "'"
            + (d.edidMfg() == null ? "" : " (manufacturer code " + d.edidMfg() + ")"), true));
      }
    }
    return Optional.empty();
  }

  private static boolean containsAny(String text, List<String> needles) {
    for (String n : needles) if (!n.isEmpty() && text.contains(n.toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  /** "0x1D6B" and "1D6B" both become "1d6b". */
  static String hex(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("0x")) t = t.substring(2);
    while (t.length() < 4) t = "0" + t;
    return t;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static String label(String manufacturer, String product) {
    if (manufacturer == null) return product == null ? "" : product;
    if (product == null) return manufacturer;
    return product.toLowerCase(Locale.ROOT).contains(manufacturer.toLowerCase(Locale.ROOT)) ? product : manufacturer + " " + product;
  }
}
