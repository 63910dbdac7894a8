package io.daylight.adapters.osquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import io.daylight.adapters.ContractCheck;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.ImportStats;
import io.daylight.adapters.Importer;
import io.daylight.adapters.JsonRecords;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.Unconvertible;
import io.daylight.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * osquery results logs ({@code osqueryd.results.log} / {@code osqueryd.snapshots.log}, one JSON
 * object per line) → {@code inventory}, one event per host and collection time. Understands the
 * three documented shapes (osquery docs, "Logging": event format with {@code action} and
 * {@code columns}, snapshot format with {@code snapshot:[...]}, batch format with
 * {@code diffResults}). Rows are recognised by their columns, not by the query's name, since names
 * are each team's own: see {@link InventoryRows}.
 *
 * <p>Privacy minimisation: only what detectors use is kept — process name, path (with the user's
 * home directory segment replaced by {@code *}) and signer; USB ids, strings and serial; the OS
 * time zone; a public IP; the Wi-Fi BSSID; the hardware serial. Command lines, working
 * directories, window titles, user names and every other column are dropped and never reach
 * {@code extra}, which carries only the query names. "removed" rows are skipped: a device reports
 * what is present.
 */
public final class OsqueryImporter implements Importer {
  private final Mapping mapping;
  private final ContractCheck check = new ContractCheck();

  public OsqueryImporter(Mapping mapping) {
    this.mapping = mapping;
  }

  @Override public String format() { return "osquery"; }

  @Override
  public ImportStats convert(InputStream in, String source, ImportSink sink) throws IOException {
    Map<String, InventoryRows> groups = new LinkedHashMap<>();
    long[] n = new long[4];
    new JsonRecords(null).read(in, new JsonRecords.Handler() {
      @Override public void record(JsonNode r, long line) {
        n[0]++;
        try {
          String host = Contract.text(r.path("hostIdentifier"));
          if (host == null) host = Contract.text(r.path("hostname"));
          if (host == null) throw Unconvertible.reject("missing hostIdentifier");
          long unix = unixTime(r);
          String query = Contract.text(r.path("name"));
          List<JsonNode> rows = new ArrayList<>();
          String action = Contract.text(r.path("action"));
          if (r.has("snapshot")) r.path("snapshot").forEach(rows::add);
          else if (r.has("diffResults")) {
            r.path("diffResults").path("added").forEach(rows::add);
            for (JsonNode ignored : r.path("diffResults").path("removed")) skip(sink, n, "osquery 'removed' rows (a device reports what is present)");
          } else if ("removed".equals(action)) {
            throw Unconvertible.skip("osquery 'removed' rows (a device reports what is present)");
          } else if (r.path("columns").isObject()) rows.add(r.path("columns"));
          else throw Unconvertible.reject("no columns, snapshot or diffResults: not an osquery result line");
          if (rows.isEmpty()) throw Unconvertible.skip("osquery result with no rows");
          if (rows.stream().noneMatch(InventoryRows::usable)) {
            throw Unconvertible.skip("osquery query " + query + ": no column Daylight uses");
          }
          String h = host;
          InventoryRows g = groups.computeIfAbsent(host + "\u0000" + unix, k -> new InventoryRows(h, unix, line, r.toString()));
          for (JsonNode row : rows) g.add(row);
          g.query(query);
        } catch (Unconvertible u) {
          if (u.isSkip()) skip(sink, n, u.getMessage());
          else reject(sink, n, new Rejection(line, source, "osquery: " + u.getMessage(), r.toString()));
        }
      }

      @Override public void broken(long line, String reason, String raw) {
        n[0]++;
        reject(sink, n, new Rejection(line, source, "osquery: " + reason, raw));
      }
    });
    for (InventoryRows g : groups.values()) {
      try {
        ObjectNode e = event(g);
        String problem = check.problem(e);
        if (problem != null) throw Unconvertible.reject("converted event refused by the contract: " + problem);
        sink.event(e);
        n[1]++;
      } catch (Unconvertible u) {
        reject(sink, n, new Rejection(g.firstLine, source, "osquery: " + u.getMessage(), g.firstRaw));
      }
    }
    return new ImportStats(n[0], n[1], n[2], n[3]);
  }

  private static void skip(ImportSink sink, long[] n, String reason) {
    n[3]++;
    sink.skipped(reason);
  }

  private static void reject(ImportSink sink, long[] n, Rejection r) {
    n[2]++;
    sink.rejected(r);
  }

  /** {@code unixTime} is a string in osquery's documented examples and a number in recent releases. */
  static long unixTime(JsonNode r) throws Unconvertible {
    JsonNode u = r.path("unixTime");
    if (u.isIntegralNumber()) return u.longValue();
    String s = Contract.text(u);
    if (s != null) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw Unconvertible.reject("unixTime is not a number: " + Contract.abbreviate(s));
      }
    }
    throw Unconvertible.reject("missing unixTime");
  }

  private ObjectNode event(InventoryRows g) throws Unconvertible {
    String subject = mapping.subject("osquery host", g.host, g.serial);
    ObjectNode body = Contract.JSON.createObjectNode();
    Contract.put(body, "device_id", g.host);
    Contract.put(body, "serial", g.serial);
    Contract.put(body, "os_tz", g.osTz);
    Contract.put(body, "public_ip", g.publicIp);
    Contract.put(body, "wifi_bssid", g.bssid);
    if (!g.processes.isEmpty()) body.set("processes", g.processes);
    if (!g.usb.isEmpty()) body.set("usb", g.usb);
    String id = "osquery:" + g.host + ":" + g.unixTime + ":" + digest(body.toString());
    ObjectNode e = Contract.event("inventory", id, Instant.ofEpochSecond(g.unixTime), subject);
    e.setAll(body);
    ObjectNode extra = e.putObject("extra").putObject("osquery");
    ArrayNode q = extra.putArray("queries");
    g.queries.forEach(q::add);
    if (g.tzAbbreviation != null) extra.put("timezone_abbreviation", g.tzAbbreviation);
    return e;
  }

  /** 16 hex digits of SHA-256: identical content re-imported keeps its id, different content at the same instant gets another. */
  static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder(16);
      for (int i = 0; i < 8; i++) b.append(String.format("%02x", h[i]));
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
