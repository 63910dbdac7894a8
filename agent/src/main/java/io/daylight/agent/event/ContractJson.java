package io.daylight.agent.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** Writes agent events as contract-v1 NDJSON lines (docs/event-contract.md). */
public final class ContractJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String subject;
  private final String deviceId;

  public ContractJson(String subject, String deviceId) {
    this.subject = subject;
    this.deviceId = deviceId;
  }

  /**
   * One line, no trailing newline. Each event gets a random id when it is written; the spool keeps
   * the line, so a re-sent spool file carries the same ids and is ingested once.
   */
  public String line(AgentEvent e) {
    ObjectNode o = JSON.createObjectNode();
    if (e instanceof KeyTiming k) {
      head(o, "keystrokes", k.timeMs());
      o.put("source", "endpoint");
      array(o.putArray("down_ms"), k.downMs());
      if (k.upMs() != null && k.upMs().length == k.downMs().length) array(o.putArray("up_ms"), k.upMs());
    } else if (e instanceof RoundTrip r) {
      head(o, "rtt", r.timeMs());
      ObjectNode l = o.putObject("landmark");
      l.put("id", r.landmark().id());
      l.put("lat", r.landmark().lat());
      l.put("lon", r.landmark().lon());
      o.put("rtt_ms", round(r.rttMs()));
      o.put("method", "tcp");
    } else if (e instanceof InventoryReport i) {
      head(o, "inventory", i.timeMs());
      putIf(o, "serial", i.serial());
      putIf(o, "os_tz", i.osTz());
      putIf(o, "public_ip", i.publicIp());
      putIf(o, "wifi_bssid", i.wifiBssid());
      ArrayNode ps = o.putArray("processes");
      for (InventoryReport.Process p : i.processes()) {
        ObjectNode n = ps.addObject();
        putIf(n, "name", p.name());
        putIf(n, "path", p.path());
        putIf(n, "signer", p.signer());
      }
      ArrayNode us = o.putArray("usb");
      for (InventoryReport.Usb u : i.usb()) {
        ObjectNode n = us.addObject();
        putIf(n, "vid", u.vid());
        putIf(n, "pid", u.pid());
        putIf(n, "manufacturer", u.manufacturer());
        putIf(n, "product", u.product());
        putIf(n, "serial", u.serial());
      }
      ArrayNode ds = o.putArray("displays");
      for (InventoryReport.Display d : i.displays()) {
        ObjectNode n = ds.addObject();
        putIf(n, "edid_mfg", d.edidMfg());
        putIf(n, "name", d.name());
      }
    }
    return o.toString();
  }

  private void head(ObjectNode o, String type, long timeMs) {
    o.put("type", type);
    o.put("id", "agent-" + UUID.randomUUID());
    o.put("time", Instant.ofEpochMilli(timeMs).toString());
    o.put("subject", subject);
    if (deviceId != null) o.put("device_id", deviceId);
  }

  private static void array(ArrayNode a, double[] v) {
    for (double d : v) a.add(round(d));
  }

  /** 0.1 ms: finer than any detector threshold (the smallest is 0.5 ms) and half the bytes. */
  private static double round(double v) {
    return Math.rint(v * 10) / 10;
  }

  private static void putIf(ObjectNode o, String k, String v) {
    if (v != null && !v.isBlank()) o.put(k, v);
  }
}
