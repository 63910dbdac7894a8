package io.daylight.core.event;

import java.util.Locale;

/** The contract's {@code type} values. */
public enum EventType {
  APPLICATION, WORKER, AUTH, RTT, INTERACTION, KEYSTROKES, INVENTORY, PAYROLL, ACTIVITY;

  /** The name as written in NDJSON. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a wire name, or null when the contract has no such type. */
  public static EventType fromWire(String s) {
    switch (s) {
      case "application": return APPLICATION;
      case "worker": return WORKER;
      case "auth": return AUTH;
      case "rtt": return RTT;
      case "interaction": return INTERACTION;
      case "keystrokes": return KEYSTROKES;
      case "inventory": return INVENTORY;
      case "payroll": return PAYROLL;
      case "activity": return ACTIVITY;
      default: return null;
    }
  }
}
