package io.daylight.adapters.osquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one host reported at one collection time, assembled from osquery rows recognised by their
 * columns (osquery table specs): {@code processes} (name, path; with {@code signature.authority}
 * on macOS or {@code authenticode.subject_name} on Windows when the query joins them),
 * {@code usb_devices} (vendor_id, model_id, vendor, model, serial), {@code time} (timezone,
 * local_timezone, local_time, unix_time), {@code system_info} (hardware_serial),
 * {@code wifi_status} (bssid), {@code interface_addresses} (address) and a {@code public_ip}
 * column from any query (for example a {@code curl} table query to an IP echo service).
 */
final class InventoryRows {
  private static final Pattern MAC = Pattern.compile("(?i)^[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}$");
  private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
  /** A home directory's user segment on macOS, Linux and Windows. */
  private static final Pattern USER_DIR = Pattern.compile("(?i)^(/Users/|/home/|[A-Z]:\\\\Users\\\\)([^/\\\\]+)");

  final String host;
  final long unixTime;
  final long firstLine;
  final String firstRaw;
  final Set<String> queries = new LinkedHashSet<>();
  final ArrayNode processes = Contract.JSON.createArrayNode();
  final ArrayNode usb = Contract.JSON.createArrayNode();
  private final Set<String> seenProcesses = new LinkedHashSet<>();
  String serial, osTz, tzAbbreviation, publicIp, bssid;

  InventoryRows(String host, long unixTime, long firstLine, String firstRaw) {
    this.host = host;
    this.unixTime = unixTime;
    this.firstLine = firstLine;
    this.firstRaw = firstRaw;
  }

  void query(String name) {
    if (name != null) queries.add(name);
  }

  static boolean usable(JsonNode row) {
    return isUsb(row) || isProcess(row) || isTime(row) || row.has("hardware_serial") || row.has("bssid")
        || row.has("public_ip") || (row.has("interface") && row.has("address"));
  }

  private static boolean isUsb(JsonNode row) {
    return row.has("vendor_id") && row.has("model_id");
  }

  private static boolean isProcess(JsonNode row) {
    return row.has("pid") || (row.has("name") && row.has("path") && !isUsb(row));
  }

  private static boolean isTime(JsonNode row) {
    return row.has("local_timezone") || (row.has("timezone") && row.has("unix_time"));
  }

  void add(JsonNode row) {
    if (isUsb(row)) addUsb(row);
    else if (isProcess(row)) addProcess(row);
    if (isTime(row)) addTime(row);
    if (row.has("hardware_serial")) serial = firstNonNull(serial, Contract.text(row.path("hardware_serial")));
    String b = Contract.text(row.path("bssid"));
    if (b != null && MAC.matcher(b).matches()) bssid = b.toLowerCase(Locale.ROOT);
    String pub = Contract.text(row.path("public_ip"));
    if (pub != null) publicIp = pub.trim();
    else if (row.has("interface") && publicIp == null) {
      String a = Contract.text(row.path("address"));
      if (a != null && globalIpv4(a)) publicIp = a;
    }
  }

  private void addUsb(JsonNode row) {
    ObjectNode u = Contract.JSON.createObjectNode();
    Contract.put(u, "vid", hex4(Contract.text(row.path("vendor_id"))));
    Contract.put(u, "pid", hex4(Contract.text(row.path("model_id"))));
    Contract.put(u, "manufacturer", udev(Contract.text(row.path("vendor"))));
    Contract.put(u, "product", udev(Contract.text(row.path("model"))));
    Contract.put(u, "serial", Contract.text(row.path("serial")));
    usb.add(u);
  }

  private void addProcess(JsonNode row) {
    String name = Contract.text(row.path("name"));
    String path = userless(Contract.text(row.path("path")));
    String signer = signer(row);
    // The same binary running as many processes is one fact about the device.
    if (!seenProcesses.add(name + "\u0000" + path + "\u0000" + signer)) return;
    ObjectNode p = Contract.JSON.createObjectNode();
    Contract.put(p, "name", name);
    Contract.put(p, "path", path);
    Contract.put(p, "signer", signer);
    processes.add(p);
  }

  /** The signer's name: macOS {@code signature.authority}, Windows {@code authenticode.subject_name}'s CN, or a {@code signer} column. */
  static String signer(JsonNode row) {
    String s = Contract.text(row.path("signer"));
    if (s == null) s = Contract.text(row.path("authority"));
    if (s != null) return s.replaceFirst("^Developer ID Application: ", "").replaceFirst("\\s*\\([A-Z0-9]{10}\\)$", "");
    String subject = Contract.text(row.path("subject_name"));
    if (subject == null) return null;
    for (String part : subject.split(",")) {
      String t = part.trim();
      if (t.regionMatches(true, 0, "CN=", 0, 3)) return t.substring(3).replaceAll("^\"|\"$", "");
    }
    return subject;
  }

  private void addTime(JsonNode row) {
    String local = Contract.text(row.path("local_timezone"));
    String tz = Contract.text(row.path("timezone"));
    String iana = isRegion(local) ? local : isRegion(tz) ? tz : null;
    if (iana != null) {
      osTz = iana;
      return;
    }
    // Abbreviations (MST, CST, IST) are ambiguous across continents: derive the offset instead.
    tzAbbreviation = firstNonNull(local, tz);
    JsonNode lt = row.has("local_time") ? row.path("local_time") : row.path("localtime");
    JsonNode ut = row.path("unix_time");
    if (lt.isMissingNode() || ut.isMissingNode()) return;
    try {
      long diff = Long.parseLong(lt.asText().trim()) - Long.parseLong(ut.asText().trim());
      long quarterHours = Math.round(diff / 900.0);
      int seconds = (int) (quarterHours * 900);
      if (Math.abs(seconds) <= 14 * 3600) osTz = ZoneId.ofOffset("UTC", ZoneOffset.ofTotalSeconds(seconds)).getId();
    } catch (NumberFormatException ignored) {
      // Not numbers: leave the zone unknown rather than guess.
    }
  }

  private static boolean isRegion(String tz) {
    if (tz == null || !tz.contains("/")) return false;
    try {
      ZoneId.of(tz);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Strips the user's name out of a home-directory path: "/Users/jmiller/x" → "/Users/{@literal *}/x". */
  static String userless(String path) {
    if (path == null) return null;
    return USER_DIR.matcher(path).replaceFirst("$1*");
  }

  /** osquery on Linux reports udev strings with underscores for spaces ("PiKVM_Composite_Device"). */
  static String udev(String s) {
    return s == null ? null : s.replace('_', ' ');
  }

  /** "0x1D6B" and "1d6b" both become "1d6b". */
  static String hex4(String s) {
    if (s == null) return null;
    String t = s.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("0x")) t = t.substring(2);
    while (t.length() < 4) t = "0" + t;
    return t;
  }

  /** Globally routable IPv4 (not RFC 1918, loopback, link-local, CGNAT 100.64/10 per RFC 6598). */
  static boolean globalIpv4(String a) {
    var m = IPV4.matcher(a.trim());
    if (!m.matches()) return false;
    int o1 = Integer.parseInt(m.group(1));
    int o2 = Integer.parseInt(m.group(2));
    if (o1 > 255 || o2 > 255 || Integer.parseInt(m.group(3)) > 255 || Integer.parseInt(m.group(4)) > 255) return false;
    if (o1 == 10 || o1 == 127 || o1 == 0 || o1 >= 224) return false;
    if (o1 == 172 && o2 >= 16 && o2 <= 31) return false;
    if (o1 == 192 && o2 == 168) return false;
    if (o1 == 169 && o2 == 254) return false;
    return !(o1 == 100 && o2 >= 64 && o2 <= 127);
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
