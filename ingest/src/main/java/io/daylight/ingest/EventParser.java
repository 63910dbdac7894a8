package io.daylight.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.daylight.core.event.Activity;
import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.EventType;
import io.daylight.core.event.Interaction;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Keystrokes;
import io.daylight.core.event.Payroll;
import io.daylight.core.event.Place;
import io.daylight.core.event.Rtt;
import io.daylight.core.event.Worker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one NDJSON line into a contract-v1 event with Jackson's streaming parser (no tree per
 * line), or says why it cannot. Fields may come in any order, so top-level values are collected
 * into slots first and the record is built once the type is known. Unknown fields are skipped here
 * and survive in the raw line that the caller keeps. Not thread-safe: one parser per thread.
 */
final class EventParser {
  /** The contract's limit on one line. */
  static final int MAX_LINE_BYTES = 1 << 20;

  // The fast double parser (Schubfach/FastDoubleParser in Jackson) is exact and several times
  // quicker than Double.parseDouble, which dominated telemetry parsing in profiles.
  private final JsonFactory factory = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
  private final MessageDigest sha256;
  private final double[] numbuf = new double[64];

  // Slots, reset per line.
  private String type, id, subject, time, deviceId, kind, measuredAt, method, sourceText, srcIp, outcome,
      mfa, userAgent, position, ip, resumeText, photoPhash, name, email, phone, declaredTz, hired,
      application, serial, osTz, publicIp, wifiBssid, account, holder, bankCountry;
  private Double rttMs, latencyMs, pathRttMs;
  private Integer clientOffset, utcOffset;
  private Boolean managed;
  private Rtt.Landmark landmark;
  private double[] downMs, upMs, pointerMs;
  private Application.Candidate candidate;
  private List<Application.Education> education;
  private List<Application.Employer> employers;
  private Application.Source appSource;
  private Place declaredLocation;
  private Address homeAddress;
  private Worker.Laptop laptop;
  private Worker.PayrollAccount payroll;
  private Worker.Engagement engagement;
  private List<Inventory.Process> processes;
  private List<Inventory.UsbDevice> usb;
  private List<Inventory.Display> displays;
  private String keyIdentityField;

  EventParser() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  Event parse(byte[] buf, int off, int len) throws InvalidEventException {
    if (len > MAX_LINE_BYTES) throw new InvalidEventException("line exceeds 1 MiB (" + len + " bytes)");
    reset();
    try (JsonParser p = factory.createParser(buf, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new InvalidEventException("line is not a JSON object");
      readTop(p);
      if (p.nextToken() != null) throw new InvalidEventException("trailing content after the JSON object");
    } catch (JsonParseException e) {
      throw new InvalidEventException("invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidEventException("invalid JSON: " + e.getMessage());
    }
    return build(buf, off, len);
  }

  private void reset() {
    type = id = subject = time = deviceId = kind = measuredAt = method = sourceText = srcIp = outcome = mfa =
        userAgent = position = ip = resumeText = photoPhash = name = email = phone = declaredTz = hired =
        application = serial = osTz = publicIp = wifiBssid = account = holder = bankCountry = null;
    rttMs = latencyMs = pathRttMs = null;
    clientOffset = utcOffset = null;
    managed = null;
    landmark = null;
    downMs = upMs = pointerMs = null;
    candidate = null;
    education = null;
    employers = null;
    appSource = null;
    declaredLocation = null;
    homeAddress = null;
    laptop = null;
    payroll = null;
    engagement = null;
    processes = null;
    usb = null;
    displays = null;
    keyIdentityField = null;
  }

  private void readTop(JsonParser p) throws IOException, InvalidEventException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "type": type = str(p, f); break;
        case "id": id = str(p, f); break;
        case "subject": subject = str(p, f); break;
        case "time": time = str(p, f); break;
        case "device_id": deviceId = str(p, f); break;
        case "kind": kind = str(p, f); break;
        case "measured_at": measuredAt = str(p, f); break;
        case "method": method = str(p, f); break;
        case "src_ip": srcIp = str(p, f); break;
        case "outcome": outcome = str(p, f); break;
        case "mfa": mfa = str(p, f); break;
        case "user_agent": userAgent = str(p, f); break;
        case "position": position = str(p, f); break;
        case "ip": ip = str(p, f); break;
        case "resume_text": resumeText = str(p, f); break;
        case "photo_phash": photoPhash = str(p, f); break;
        case "name": name = str(p, f); break;
        case "email": email = str(p, f); break;
        case "phone": phone = str(p, f); break;
        case "declared_tz": declaredTz = str(p, f); break;
        case "hired": hired = str(p, f); break;
        case "application": application = str(p, f); break;
        case "serial": serial = str(p, f); break;
        case "os_tz": osTz = str(p, f); break;
        case "public_ip": publicIp = str(p, f); break;
        case "wifi_bssid": wifiBssid = str(p, f); break;
        case "account": account = str(p, f); break;
        case "holder": holder = str(p, f); break;
        case "bank_country": bankCountry = str(p, f); break;
        case "rtt_ms": rttMs = num(p, f); break;
        case "latency_ms": latencyMs = num(p, f); break;
        case "path_rtt_ms": pathRttMs = num(p, f); break;
        case "client_utc_offset_min": clientOffset = intval(p, f); break;
        case "utc_offset_min": utcOffset = intval(p, f); break;
        case "managed": managed = bool(p, f); break;
        case "landmark": landmark = landmark(p); break;
        case "down_ms": downMs = numbers(p, f); break;
        case "up_ms": upMs = numbers(p, f); break;
        case "pointer_ms": pointerMs = numbers(p, f); break;
        case "source":
          // An object on applications (channel, agency, referrer); a string elsewhere.
          if (p.currentToken() == JsonToken.START_OBJECT) {
            Map<String, String> m = flat(p, f);
            appSource = new Application.Source(m.get("channel"), m.get("agency"), m.get("referrer"));
          } else {
            sourceText = str(p, f);
          }
          break;
        case "candidate": candidate = candidate(p); break;
        case "education": education = education(p); break;
        case "employers": employers = employers(p); break;
        case "declared_location": declaredLocation = place(flat(p, f), f); break;
        case "home_address": homeAddress = address(flat(p, f)); break;
        case "laptop": laptop = laptop(p); break;
        case "payroll": {
          Map<String, String> m = flat(p, f);
          payroll = new Worker.PayrollAccount(m.get("account"), m.get("holder"), m.get("bank_country"));
          break;
        }
        case "engagement": {
          Map<String, String> m = flat(p, f);
          engagement = new Worker.Engagement(m.get("kind"), m.get("agency"));
          break;
        }
        case "processes": processes = processes(p); break;
        case "usb": usb = usbDevices(p); break;
        case "displays": displays = displays(p); break;
        default:
          if (keyIdentityField == null && looksLikeKeyIdentity(f)) keyIdentityField = f;
          p.skipChildren();
      }
    }
  }

  private Event build(byte[] buf, int off, int len) throws InvalidEventException {
    if (type == null) throw new InvalidEventException("missing required field: type");
    EventType t = EventType.fromWire(type);
    if (t == null) throw new InvalidEventException("unknown type: " + Rfc3339.abbreviate(type));
    if (time == null) throw new InvalidEventException("missing required field: time");
    long ms = Rfc3339.parseMillis(time);
    if (t != EventType.APPLICATION && (subject == null || subject.isEmpty())) {
      throw new InvalidEventException("missing required field: subject");
    }
    if (id == null) id = "sha256:" + sha256Hex(buf, off, len);
    else if (id.isEmpty()) throw new InvalidEventException("id must not be empty");
    switch (t) {
      case RTT:
        if (landmark == null) throw new InvalidEventException("rtt needs landmark {id, lat, lon}");
        if (rttMs == null) throw new InvalidEventException("missing required field: rtt_ms");
        if (!(rttMs >= 0)) throw new InvalidEventException("rtt_ms must be ≥ 0");
        if (method != null && !method.equals("tcp") && !method.equals("icmp") && !method.equals("app")) {
          throw new InvalidEventException("method must be tcp, icmp or app");
        }
        return new Rtt(id, ms, subject, deviceId, landmark, rttMs, method == null ? "tcp" : method);
      case INTERACTION:
        if (kind == null) throw new InvalidEventException("missing required field: kind");
        if (!kind.equals("typo_correction") && !kind.equals("prompt_response") && !kind.equals("dialog_response")) {
          throw new InvalidEventException("kind must be typo_correction, prompt_response or dialog_response");
        }
        if (latencyMs == null || !(latencyMs >= 0)) throw new InvalidEventException("latency_ms must be a number ≥ 0");
        if (!"endpoint".equals(measuredAt) && !"server".equals(measuredAt)) {
          throw new InvalidEventException("measured_at must be endpoint or server");
        }
        if ("server".equals(measuredAt) && pathRttMs == null) {
          throw new InvalidEventException("server-measured interaction needs path_rtt_ms");
        }
        return new Interaction(id, ms, subject, deviceId, kind, latencyMs, measuredAt,
            pathRttMs == null ? Double.NaN : pathRttMs);
      case KEYSTROKES:
        if (keyIdentityField != null) {
          throw new InvalidEventException("keystroke batches must not carry key identities (field '"
              + keyIdentityField + "'): Daylight measures timing only");
        }
        if (downMs == null) throw new InvalidEventException("missing required field: down_ms");
        if (upMs != null && upMs.length != downMs.length) {
          throw new InvalidEventException("up_ms must have the same length as down_ms");
        }
        return new Keystrokes(id, ms, subject, deviceId, sourceText, downMs, upMs, pointerMs);
      case AUTH:
        return new Auth(id, ms, subject, srcIp, deviceId, managed, outcome, mfa, userAgent, clientOffset);
      case ACTIVITY:
        return new Activity(id, ms, subject, sourceText, utcOffset);
      case PAYROLL:
        return new Payroll(id, ms, subject, account, holder, bankCountry, method);
      case INVENTORY:
        return new Inventory(id, ms, subject, deviceId, serial, osTz, publicIp, wifiBssid, processes, usb, displays);
      case WORKER:
        return new Worker(id, ms, subject, name, email, phone, declaredLocation, declaredTz, hired, application,
            homeAddress, laptop, payroll, engagement);
      case APPLICATION:
        if (candidate == null) throw new InvalidEventException("application needs a candidate object");
        return new Application(id, ms, position, candidate, ip, userAgent, deviceId, clientOffset, resumeText,
            education, employers, photoPhash, appSource);
      default:
        throw new InvalidEventException("unknown type: " + type);
    }
  }

  /** Field names that could only hold which key was pressed or what was typed. */
  static boolean looksLikeKeyIdentity(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    return f.contains("key") || f.contains("code") || f.contains("char") || f.contains("text")
        || f.contains("content") || f.contains("letter") || f.contains("symbol") || f.equals("which");
  }

  private static String str(JsonParser p, String f) throws IOException, InvalidEventException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) return p.getText();
    if (t == JsonToken.VALUE_NULL) return null;
    throw new InvalidEventException("field " + f + " must be a string");
  }

  private static Double num(JsonParser p, String f) throws IOException, InvalidEventException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      double v = p.getDoubleValue();
      if (Double.isNaN(v) || Double.isInfinite(v)) throw new InvalidEventException("field " + f + " must be finite");
      return v;
    }
    if (t == JsonToken.VALUE_NULL) return null;
    throw new InvalidEventException("field " + f + " must be a number");
  }

  private static Integer intval(JsonParser p, String f) throws IOException, InvalidEventException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      long v = p.getLongValue();
      // Real UTC offsets lie within −12:00..+14:00; a little slack, no more.
      if (v < -16 * 60 || v > 16 * 60) throw new InvalidEventException("field " + f + " is not a UTC offset in minutes");
      return (int) v;
    }
    if (t == JsonToken.VALUE_NULL) return null;
    throw new InvalidEventException("field " + f + " must be an integer");
  }

  private static Boolean bool(JsonParser p, String f) throws InvalidEventException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) return Boolean.TRUE;
    if (t == JsonToken.VALUE_FALSE) return Boolean.FALSE;
    if (t == JsonToken.VALUE_NULL) return null;
    throw new InvalidEventException("field " + f + " must be true or false");
  }

  private double[] numbers(JsonParser p, String f) throws IOException, InvalidEventException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    if (p.currentToken() != JsonToken.START_ARRAY) throw new InvalidEventException("field " + f + " must be an array of numbers");
    double[] out = numbuf;
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
        throw new InvalidEventException("field " + f + " must be an array of numbers (timing only)");
      }
      if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
      out[n++] = p.getDoubleValue();
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static Rtt.Landmark landmark(JsonParser p) throws IOException, InvalidEventException {
    if (p.currentToken() != JsonToken.START_OBJECT) throw new InvalidEventException("landmark must be an object");
    String lid = null;
    Double lat = null;
    Double lon = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "id": lid = str(p, "landmark.id"); break;
        case "lat": lat = num(p, "landmark.lat"); break;
        case "lon": lon = num(p, "landmark.lon"); break;
        default: p.skipChildren();
      }
    }
    if (lid == null || lat == null || lon == null) throw new InvalidEventException("rtt needs landmark {id, lat, lon}");
    if (!io.daylight.core.geo.GeoPoint.valid(lat, lon)) throw new InvalidEventException("landmark lat/lon out of range");
    return new Rtt.Landmark(lid, lat, lon);
  }

  /** A nested object of scalars as strings (numbers kept in their JSON text); for rare event types. */
  private static Map<String, String> flat(JsonParser p, String f) throws IOException, InvalidEventException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return Map.of();
    if (p.currentToken() != JsonToken.START_OBJECT) throw new InvalidEventException("field " + f + " must be an object");
    Map<String, String> m = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      JsonToken t = p.nextToken();
      if (t.isScalarValue() && t != JsonToken.VALUE_NULL) m.put(k, p.getText());
      else p.skipChildren();
    }
    return m;
  }

  private static Place place(Map<String, String> m, String f) throws InvalidEventException {
    if (m.isEmpty()) return null;
    double lat = parseDouble(m.get("lat"), f + ".lat");
    double lon = parseDouble(m.get("lon"), f + ".lon");
    if (!Double.isNaN(lat) && !io.daylight.core.geo.GeoPoint.valid(lat, Double.isNaN(lon) ? 0 : lon)) {
      throw new InvalidEventException(f + " lat/lon out of range");
    }
    return new Place(m.get("city"), m.get("region"), m.get("country"), lat, lon);
  }

  private static double parseDouble(String s, String f) throws InvalidEventException {
    if (s == null) return Double.NaN;
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new InvalidEventException("field " + f + " must be a number");
    }
  }

  private static Address address(Map<String, String> m) {
    if (m.isEmpty()) return null;
    return new Address(m.get("line1"), m.get("line2"), m.get("city"), m.get("region"), m.get("postal"), m.get("country"));
  }

  private static Worker.Laptop laptop(JsonParser p) throws IOException, InvalidEventException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    if (p.currentToken() != JsonToken.START_OBJECT) throw new InvalidEventException("laptop must be an object");
    String s = null;
    Address shipTo = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      if (f.equals("serial")) s = str(p, "laptop.serial");
      else if (f.equals("ship_to")) shipTo = address(flat(p, "laptop.ship_to"));
      else p.skipChildren();
    }
    return new Worker.Laptop(s, shipTo);
  }

  private static Application.Candidate candidate(JsonParser p) throws IOException, InvalidEventException {
    if (p.currentToken() != JsonToken.START_OBJECT) throw new InvalidEventException("candidate must be an object");
    String cName = null, cEmail = null, cPhone = null, birth = null, nid = null;
    Place loc = null;
    Address addr = null;
    List<String> links = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "name": cName = str(p, "candidate.name"); break;
        case "email": cEmail = str(p, "candidate.email"); break;
        case "phone": cPhone = str(p, "candidate.phone"); break;
        case "birth_date": birth = str(p, "candidate.birth_date"); break;
        case "national_id": nid = str(p, "candidate.national_id"); break;
        case "location": loc = place(flat(p, "candidate.location"), "candidate.location"); break;
        case "address": addr = address(flat(p, "candidate.address")); break;
        case "links": links = strings(p, "candidate.links"); break;
        default: p.skipChildren();
      }
    }
    if (birth != null && !birth.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new InvalidEventException("candidate.birth_date must be YYYY-MM-DD");
    }
    return new Application.Candidate(cName, cEmail, cPhone, loc, links, addr, birth, nid);
  }

  private static List<String> strings(JsonParser p, String f) throws IOException, InvalidEventException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    if (p.currentToken() != JsonToken.START_ARRAY) throw new InvalidEventException("field " + f + " must be an array of strings");
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(str(p, f));
    return out;
  }

  /** An array of flat objects, each converted by {@code fn}. */
  private interface FromMap<T> {
    T from(Map<String, String> m) throws InvalidEventException;
  }

  private static <T> List<T> objects(JsonParser p, String f, FromMap<T> fn) throws IOException, InvalidEventException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    if (p.currentToken() != JsonToken.START_ARRAY) throw new InvalidEventException("field " + f + " must be an array of objects");
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(fn.from(flat(p, f)));
    return out;
  }

  private static List<Application.Education> education(JsonParser p) throws IOException, InvalidEventException {
    return objects(p, "education", m -> new Application.Education(m.get("institution"), m.get("country"),
        m.get("degree"), m.get("end_year") == null ? null : (int) parseDouble(m.get("end_year"), "education.end_year")));
  }

  private static List<Application.Employer> employers(JsonParser p) throws IOException, InvalidEventException {
    return objects(p, "employers", m -> new Application.Employer(m.get("name"), m.get("country"), m.get("title"),
        m.get("start"), m.get("end")));
  }

  private static List<Inventory.Process> processes(JsonParser p) throws IOException, InvalidEventException {
    // Only name, path, signer and whether it runs are kept: command lines, window titles and user
    // data never enter.
    return objects(p, "processes", m -> new Inventory.Process(m.get("name"), m.get("path"), m.get("signer"),
        running(m.get("running"), m.get("state"))));
  }

  /**
   * Whether a listed program runs: {@code "running": true|false}, or a {@code state} as inventory
   * tools write it ("running"; "installed", "stopped", "not_running"); null when neither is given.
   */
  static Boolean running(String running, String state) {
    if (running != null) return !"false".equalsIgnoreCase(running.trim());
    if (state == null) return null;
    String st = state.trim().toLowerCase(java.util.Locale.ROOT);
    if (st.equals("running") || st.equals("active")) return true;
    if (st.equals("installed") || st.equals("stopped") || st.equals("not_running") || st.equals("idle")) return false;
    return null;
  }

  private static List<Inventory.UsbDevice> usbDevices(JsonParser p) throws IOException, InvalidEventException {
    return objects(p, "usb", m -> new Inventory.UsbDevice(m.get("vid"), m.get("pid"), m.get("manufacturer"),
        m.get("product"), m.get("serial")));
  }

  private static List<Inventory.Display> displays(JsonParser p) throws IOException, InvalidEventException {
    return objects(p, "displays", m -> new Inventory.Display(m.get("edid_mfg"), m.get("name")));
  }

  private String sha256Hex(byte[] buf, int off, int len) {
    sha256.reset();
    sha256.update(buf, off, len);
    byte[] h = sha256.digest();
    StringBuilder b = new StringBuilder(64);
    for (byte x : h) b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    return b.toString();
  }

  static String text(byte[] buf, int off, int len) {
    return new String(buf, off, len, StandardCharsets.UTF_8);
  }
}
