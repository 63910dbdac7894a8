package io.daylight.core.endpoint;

import java.util.List;

/**
 * A device that lets someone else drive a computer's keyboard, mouse and screen (an IP-KVM, a
 * serial-to-HID injector) or fakes presence (a mouse jiggler), as a catalogue describes it.
 *
 * @param name product name ("PiKVM")
 * @param kind {@code ip-kvm}, {@code hid-injector}, {@code usb-gadget} or {@code mouse-jiggler}
 * @param usbIds default {@code vid:pid} pairs in lower-case hex ("1d6b:0104")
 * @param usbStrings default manufacturer/product strings, matched as case-insensitive substrings
 * @param displayNames default EDID monitor names the device presents to the computer
 * @param source where the defaults are documented
 */
public record InputHardware(String name, String kind, List<String> usbIds, List<String> usbStrings,
                            List<String> displayNames, String source) {
  public InputHardware {
    usbIds = usbIds == null ? List.of() : List.copyOf(usbIds);
    usbStrings = usbStrings == null ? List.of() : List.copyOf(usbStrings);
    displayNames = displayNames == null ? List.of() : List.copyOf(displayNames);
  }
}
