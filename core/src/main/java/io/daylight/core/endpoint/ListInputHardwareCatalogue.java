package io.daylight.core.endpoint;

import io.daylight.core.event.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A linear scan over a handful of entries: the hardware catalogue has tens, not thousands. */
final class ListInputHardwareCatalogue implements InputHardwareCatalogue {
  private final List<InputHardware> entries;

  ListInputHardwareCatalogue(List<InputHardware> entries) {
    this.entries = List.copyOf(entries);
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
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

  @Override
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
