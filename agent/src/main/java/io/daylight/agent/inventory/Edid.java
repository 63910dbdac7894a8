package io.daylight.agent.inventory;

import oshi.util.EdidUtil;

/** The monitor name in an EDID block (VESA E-EDID 1.4: display descriptor tag 0xFC). */
final class Edid {
  private static final int MONITOR_NAME = 0xFC;

  private Edid() {}

  /** The monitor-name descriptor's text, or null if the EDID has none. */
  static String monitorName(byte[] edid) {
    for (byte[] desc : EdidUtil.getDescriptors(edid)) {
      if (EdidUtil.getDescriptorType(desc) == MONITOR_NAME) {
        String name = EdidUtil.getDescriptorText(desc).trim();
        return name.isEmpty() ? null : name;
      }
    }
    return null;
  }
}
