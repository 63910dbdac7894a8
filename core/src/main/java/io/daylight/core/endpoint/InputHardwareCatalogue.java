package io.daylight.core.endpoint;

import io.daylight.core.event.Inventory;
import java.util.List;
import java.util.Optional;

/**
 * Recognises remote-control and input-injection hardware by its default USB identity and EDID
 * name. A match by product string is specific; a match by id alone can be any device reusing a
 * generic id (1d6b:0104 is the Linux Foundation's "Multifunction Composite Gadget").
 */
public interface InputHardwareCatalogue {

  /** Every entry this USB device matches, string matches first. */
  List<Match> usb(Inventory.UsbDevice device);

  /** The entry this display's EDID name matches, or empty. */
  Optional<Match> display(Inventory.Display display);

  int size();

  /**
   * @param hardware the entry
   * @param on what matched, quoted as reported ("USB 1d6b:0104 'PiKVM Composite Device'")
   * @param byString whether a product/manufacturer/EDID string matched, not only a numeric id
   */
  record Match(InputHardware hardware, String on, boolean byString) {}

  /** An in-memory catalogue over these entries. */
  static InputHardwareCatalogue of(List<InputHardware> entries) {
    return new ListInputHardwareCatalogue(entries);
  }
}
