package io.daylight.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The places' coordinates are the GeoNames city centres they claim (cities.tsv from scripts/fetch-intel.sh). */
class PlacesTest {
  private static final Path CITIES = Path.of(System.getProperty("user.home"), ".cache/daylight/intel/cities.tsv");
  private static final Map<String, String> GEONAMES_NAME = Map.of("New York", "New York City", "Frankfurt", "Frankfurt am Main");

  @Test
  void every_place_lies_within_15_km_of_the_most_populous_geonames_city_of_its_name_and_country() throws IOException {
    assumeTrue(Files.isRegularFile(CITIES), "GeoNames cities absent (" + CITIES + "): run scripts/fetch-intel.sh");
    Map<String, double[]> biggest = new HashMap<>();
    for (String line : Files.readAllLines(CITIES)) {
      String[] f = line.split("\t");
      if (f.length < 6) continue;
      String key = norm(f[0]) + "|" + f[1];
      double pop = f[5].isEmpty() ? 0 : Double.parseDouble(f[5]);
      double[] old = biggest.get(key);
      if (old == null || pop > old[2]) biggest.put(key, new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]), pop});
    }
    List<Places.City> all = new ArrayList<>();
    for (List<Places.City> l : List.of(Places.US, Places.FOREIGN, Places.OPERATORS, Places.DATA_CENTRES)) all.addAll(l);
    assertThat(all).hasSizeGreaterThan(50);
    for (Places.City c : all) {
      double[] g = biggest.get(norm(GEONAMES_NAME.getOrDefault(c.name(), c.name())) + "|" + c.country());
      assertThat(g).as(c.name() + " in GeoNames").isNotNull();
      assertThat(c.km(g[0], g[1])).as(c.name()).isLessThan(15);
    }
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
