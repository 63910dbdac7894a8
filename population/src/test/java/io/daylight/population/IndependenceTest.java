package io.daylight.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndependenceTest {
  @Test
  void the_population_model_imports_nothing_of_daylight_so_it_cannot_be_fitted_to_a_detector() throws IOException {
    Path main = Path.of(System.getProperty("daylight.root", ".."), "population/src/main/java");
    if (!Files.isDirectory(main)) main = Path.of("src/main/java");
    List<Path> sources;
    try (Stream<Path> s = Files.walk(main)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(3);
    for (Path p : sources) {
      assertThat(Files.readAllLines(p))
          .as(p.toString())
          .filteredOn(l -> l.startsWith("import io.daylight.") || l.contains("io.daylight.core")
              || l.contains("io.daylight.demo") || l.contains("io.daylight.intel"))
          .filteredOn(l -> !l.startsWith("import io.daylight.population.") && !l.startsWith("package "))
          .isEmpty();
    }
  }
}
