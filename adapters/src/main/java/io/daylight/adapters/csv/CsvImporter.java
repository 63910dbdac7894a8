package io.daylight.adapters.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.daylight.adapters.Contract;
import io.daylight.adapters.ContractCheck;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.ImportStats;
import io.daylight.adapters.Importer;
import io.daylight.adapters.Leftovers;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.Unconvertible;
import io.daylight.ingest.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any CSV with a header row (an ATS export, the HR roster, payroll changes) → contract events,
 * steered by the mapping file:
 * <pre>
 * type: application            # or worker, payroll, auth, activity, ...
 * time_zone: America/Phoenix   # for times without an offset and bare dates (default UTC)
 * time_format: M/d/yyyy H:mm   # optional java.time pattern for the time column
 * id_prefix: ats               # ids become "ats:&lt;id column&gt;" (default "csv")
 * constants: {method: ach}     # fixed values, by contract field path
 * id: Application ID           # contract field path: column header
 * time: Submitted At
 * candidate.name: Full Name
 * education[0].institution: University
 * </pre>
 * A path with {@code [n]} fills the n-th element of an array. Numbers and booleans are typed by
 * their contract field ({@code lat}, {@code lon}, {@code end_year}, {@code *_utc_offset_min},
 * {@code *_ms}; {@code managed}). Blank cells are left out; columns the mapping does not name go
 * under {@code extra.csv} by header. Without an {@code id} column the line has no id and ingest
 * uses the SHA-256 of the line, which is deterministic because the output is.
 */
public final class CsvImporter implements Importer {
  private static final Set<String> RESERVED = Set.of("type", "time_zone", "time_format", "id_prefix", "constants",
      "subjects", "greenhouse");
  private static final Set<String> NUMBERS = Set.of("lat", "lon", "end_year", "client_utc_offset_min", "utc_offset_min",
      "rtt_ms", "latency_ms", "path_rtt_ms");
  private static final Pattern STEP = Pattern.compile("^([a-z_0-9]+)(?:\\[(\\d+)])?$");

  private final String type;
  private final ZoneId zone;
  private final DateTimeFormatter timeFormat;
  private final String idPrefix;
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final Map<String, String> constants = new LinkedHashMap<>();
  private final ContractCheck check = new ContractCheck();

  /** @throws IllegalArgumentException when the mapping lacks {@code type} or {@code time}, or has an unusable path or zone */
  public CsvImporter(Mapping mapping) {
    ObjectNode m = mapping.root();
    this.type = Contract.text(m.path("type"));
    if (type == null) throw new IllegalArgumentException("csv mapping needs 'type' (application, worker, payroll, ...)");
    try {
      this.zone = ZoneId.of(m.path("time_zone").asText("UTC"));
      String fmt = Contract.text(m.path("time_format"));
      this.timeFormat = fmt == null ? null : DateTimeFormatter.ofPattern(fmt);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("csv mapping: " + e.getMessage());
    }
    this.idPrefix = m.path("id_prefix").asText("csv");
    for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (RESERVED.contains(f.getKey())) continue;
      if (!f.getValue().isTextual()) {
        throw new IllegalArgumentException("csv mapping: " + f.getKey() + " must name a column"
            + (f.getValue().isBoolean() ? " (quote it: YAML reads yes, no, on and off as booleans)" : ""));
      }
      checkPath(f.getKey());
      columns.put(f.getKey(), f.getValue().asText());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = m.path("constants").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      checkPath(f.getKey());
      constants.put(f.getKey(), f.getValue().asText());
    }
    if (!columns.containsKey("time")) throw new IllegalArgumentException("csv mapping needs 'time: <column>' (the contract requires a time)");
  }

  private static void checkPath(String path) {
    for (String step : path.split("\\.")) {
      if (!STEP.matcher(step).matches()) throw new IllegalArgumentException("csv mapping: '" + path + "' is not a contract field path");
    }
  }

  @Override public String format() { return "csv"; }

  @Override
  public ImportStats convert(InputStream in, String source, ImportSink sink) throws IOException {
    PushbackReader r = new PushbackReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), 1);
    int c = r.read();
    if (c != '\uFEFF' && c >= 0) r.unread(c); // spreadsheet exports start with a byte-order mark
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    long records = 0, events = 0, rejected = 0;
    // Rows are read as plain lists so that one malformed row is rejected on its own and the
    // rest of the file is still read (a header-bound schema stops at the first surplus cell).
    try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(r)) {
      if (!rows.hasNextValue()) return ImportStats.ZERO;
      List<String> header = rows.nextValue();
      long line = 1;
      while (rows.hasNextValue()) {
        List<String> cells = rows.nextValue();
        line++;
        if (cells.size() == 1 && cells.get(0).isBlank()) continue;
        records++;
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.size() ? cells.get(i) : null);
        try {
          if (cells.size() > header.size()) {
            throw Unconvertible.reject("row has " + cells.size() + " cells, the header " + header.size());
          }
          ObjectNode e = event(row);
          String problem = check.problem(e);
          if (problem != null) throw Unconvertible.reject("converted event refused by the contract: " + problem);
          sink.event(e);
          events++;
        } catch (Unconvertible u) {
          rejected++;
          sink.rejected(new Rejection(line, source, "csv: " + u.getMessage(), Contract.JSON.valueToTree(cells).toString()));
        }
      }
    }
    return new ImportStats(records, events, rejected, 0);
  }

  ObjectNode event(Map<String, String> row) throws Unconvertible {
    String timeCell = cell(row, columns.get("time"));
    if (timeCell == null) throw Unconvertible.reject("no time in column '" + columns.get("time") + "'");
    String idCell = columns.containsKey("id") ? cell(row, columns.get("id")) : null;
    String subject = columns.containsKey("subject") ? cell(row, columns.get("subject")) : null;
    ObjectNode e = Contract.event(type, idCell == null ? null : idPrefix + ":" + idCell, time(timeCell), subject);
    for (Map.Entry<String, String> k : constants.entrySet()) set(e, k.getKey(), k.getValue());
    for (Map.Entry<String, String> m : columns.entrySet()) {
      if (m.getKey().equals("time") || m.getKey().equals("id") || m.getKey().equals("subject")) continue;
      String v = cell(row, m.getValue());
      if (v != null) set(e, m.getKey(), v);
    }
    compact(e);
    ObjectNode left = Contract.JSON.createObjectNode();
    for (Map.Entry<String, String> cellEntry : row.entrySet()) {
      if (!columns.containsValue(cellEntry.getKey()) && cellEntry.getValue() != null && !cellEntry.getValue().isBlank()) {
        left.put(cellEntry.getKey(), cellEntry.getValue());
      }
    }
    Leftovers.attach(e, "csv", left);
    return e;
  }

  /** Drops the holes a blank cell leaves in an indexed array ({@code links[0]} blank, {@code links[1]} set). */
  static void compact(JsonNode node) {
    if (node instanceof ArrayNode a) {
      for (int i = a.size() - 1; i >= 0; i--) {
        JsonNode el = a.get(i);
        compact(el);
        if (el.isNull() || (el.isObject() && el.isEmpty())) a.remove(i);
      }
    } else if (node instanceof ObjectNode o) {
      List<String> emptyArrays = new ArrayList<>();
      o.fields().forEachRemaining(f -> {
        compact(f.getValue());
        if (f.getValue().isArray() && f.getValue().isEmpty()) emptyArrays.add(f.getKey());
      });
      o.remove(emptyArrays);
    }
  }

  private static String cell(Map<String, String> row, String column) throws Unconvertible {
    if (!row.containsKey(column)) throw Unconvertible.reject("no column '" + column + "' in the header");
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** RFC 3339 with offset as is; otherwise the mapping's format or an ISO date/date-time, in the mapping's zone. */
  Instant time(String v) throws Unconvertible {
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException ignored) {
      // Not self-describing: fall through to the mapping's zone.
    }
    try {
      if (timeFormat != null) {
        try {
          return LocalDateTime.parse(v, timeFormat).atZone(zone).toInstant();
        } catch (DateTimeParseException dateOnly) {
          return LocalDate.parse(v, timeFormat).atStartOfDay(zone).toInstant();
        }
      }
      if (v.length() == 10) return LocalDate.parse(v).atStartOfDay(zone).toInstant();
      return LocalDateTime.parse(v).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw Unconvertible.reject("time '" + Contract.abbreviate(v) + "' is neither RFC 3339 nor "
          + (timeFormat == null ? "an ISO date or date-time" : "in the mapping's time_format"));
    }
  }

  /** Sets {@code value} at a dotted path with optional array indexes, typed by the leaf's contract meaning. */
  static void set(ObjectNode root, String path, String value) throws Unconvertible {
    String[] steps = path.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < steps.length; i++) {
      Matcher m = STEP.matcher(steps[i]);
      if (!m.matches()) throw Unconvertible.reject("bad path " + path);
      String name = m.group(1);
      boolean last = i == steps.length - 1;
      ObjectNode obj = (ObjectNode) node;
      if (m.group(2) != null) {
        int idx = Integer.parseInt(m.group(2));
        ArrayNode arr = obj.has(name) && obj.get(name).isArray() ? (ArrayNode) obj.get(name) : obj.putArray(name);
        while (arr.size() <= idx) {
          if (last) arr.addNull();
          else arr.addObject();
        }
        if (last) arr.set(idx, typed(name, value, path));
        else node = arr.get(idx);
      } else if (last) {
        obj.set(name, typed(name, value, path));
      } else {
        node = obj.has(name) && obj.get(name).isObject() ? obj.get(name) : obj.putObject(name);
      }
    }
  }

  private static JsonNode typed(String leaf, String v, String path) throws Unconvertible {
    if (NUMBERS.contains(leaf)) {
      try {
        if (leaf.equals("end_year") || leaf.endsWith("utc_offset_min")) return Contract.JSON.getNodeFactory().numberNode(Integer.parseInt(v));
        return Contract.JSON.getNodeFactory().numberNode(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        throw Unconvertible.reject(path + " must be a number, not '" + Contract.abbreviate(v) + "'");
      }
    }
    if (leaf.equals("managed")) {
      return switch (v.toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "1", "y" -> Contract.JSON.getNodeFactory().booleanNode(true);
        case "false", "no", "0", "n" -> Contract.JSON.getNodeFactory().booleanNode(false);
        default -> throw Unconvertible.reject(path + " must be true or false, not '" + Contract.abbreviate(v) + "'");
      };
    }
    return Contract.JSON.getNodeFactory().textNode(v);
  }
}
