package io.daylight.intel.watchlist;

import io.daylight.core.context.DeploymentContext.WatchlistEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the OFAC Specially Designated Nationals list in its legacy CSV form, which a user downloads
 * from the Treasury's Sanctions List Service: {@code sdn.csv} (ent_num, SDN_Name, SDN_Type,
 * Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks),
 * {@code add.csv} (ent_num, Add_num, Address, City/State/Province/Postal Code, Country,
 * Add_remarks) and {@code alt.csv} (ent_num, alt_num, alt_type, alt_name, alt_remarks), joined on
 * ent_num. No header row; fields quoted when they hold commas; "-0-" (often "-0- ") is null; the
 * last line may be a lone SUB (0x1A) character.
 */
public final class SdnCsv {
  private SdnCsv() {}

  /** One designated party with its aliases and address countries. */
  public record Entry(long entNum, String name, String type, String program, String remarks, List<String> aliases,
                      List<String> countries) {
    /** Individuals are people; everything else (entities, vessels, aircraft) is matched as an organisation. */
    public boolean individual() {
      return "individual".equalsIgnoreCase(type);
    }
  }

  public static List<Entry> read(Reader sdn, Reader add, Reader alt) throws IOException {
    Map<Long, String[]> main = new LinkedHashMap<>();
    for (String[] r : rows(sdn)) main.put(Long.parseLong(r[0].trim()), r);
    Map<Long, List<String>> aliases = new LinkedHashMap<>();
    if (alt != null) {
      for (String[] r : rows(alt)) {
        String name = field(r, 3);
        if (name != null) aliases.computeIfAbsent(Long.parseLong(r[0].trim()), k -> new ArrayList<>()).add(name);
      }
    }
    Map<Long, List<String>> countries = new LinkedHashMap<>();
    if (add != null) {
      for (String[] r : rows(add)) {
        String country = field(r, 4);
        if (country != null) {
          List<String> cs = countries.computeIfAbsent(Long.parseLong(r[0].trim()), k -> new ArrayList<>());
          if (!cs.contains(country)) cs.add(country);
        }
      }
    }
    List<Entry> out = new ArrayList<>(main.size());
    main.forEach((id, r) -> out.add(new Entry(id, field(r, 1), field(r, 2), field(r, 3), field(r, 11),
        List.copyOf(aliases.getOrDefault(id, List.of())), List.copyOf(countries.getOrDefault(id, List.of())))));
    return out;
  }

  /**
   * Watchlist entries for the matcher: each name and alias, kind "person" for individuals and
   * "entity" otherwise, with the ent_num and program in the source.
   *
   * @param listDate the publication date of the downloaded files (ISO), for the analyst
   */
  public static List<WatchlistEntry> toWatchlist(List<Entry> entries, String listDate) {
    List<WatchlistEntry> out = new ArrayList<>();
    for (Entry e : entries) {
      String kind = e.individual() ? "person" : "entity";
      String source = "OFAC SDN ent_num " + e.entNum() + (e.program() == null ? "" : " [" + e.program() + "]")
          + (e.countries().isEmpty() ? "" : " " + String.join("/", e.countries()));
      if (e.name() != null) out.add(new WatchlistEntry(kind, e.name(), source, listDate));
      for (String a : e.aliases()) out.add(new WatchlistEntry(kind, a, source + " (alias)", listDate));
    }
    return out;
  }

  private static String field(String[] r, int i) {
    if (i >= r.length) return null;
    String v = r[i].trim();
    return v.isEmpty() || v.equals("-0-") ? null : v;
  }

  /** RFC 4180-style rows; skips blank lines and the trailing SUB character. */
  static List<String[]> rows(Reader reader) throws IOException {
    List<String[]> rows = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int ch;
    while ((ch = in.read()) != -1) {
      char c = (char) ch;
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            cur.append('"');
          } else {
            quoted = false;
            if (next != -1) in.reset();
          }
        } else {
          cur.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> { quoted = true; any = true; }
        case ',' -> { fields.add(cur.toString()); cur.setLength(0); any = true; }
        case '\r' -> { }
        case '\n' -> {
          endRow(rows, fields, cur, any);
          fields = new ArrayList<>();
          any = false;
        }
        case '\u001a' -> { }
        default -> { cur.append(c); any = true; }
      }
    }
    endRow(rows, fields, cur, any);
    return rows;
  }

  private static void endRow(List<String[]> rows, List<String> fields, StringBuilder cur, boolean any) {
    if (!any && cur.length() == 0) return;
    fields.add(cur.toString());
    cur.setLength(0);
    if (!fields.get(0).isBlank()) rows.add(fields.toArray(new String[0]));
  }

}
