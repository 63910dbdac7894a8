package io.daylight.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntelDirectoryTest {

  final Path home = Path.of("/home/someone");

  @Test
  void prefers_the_system_property_then_the_environment_then_the_cache_then_home() {
    Map<String, String> env = Map.of("DAYLIGHT_INTEL_DIR", "/env/intel", "DAYLIGHT_CACHE", "/cache");
    assertThat(IntelDirectory.configured("/prop", env, home)).isEqualTo(Path.of("/prop"));
    assertThat(IntelDirectory.configured(null, env, home)).isEqualTo(Path.of("/env/intel"));
    assertThat(IntelDirectory.configured(" ", Map.of("DAYLIGHT_CACHE", "/cache"), home)).isEqualTo(Path.of("/cache/intel"));
    assertThat(IntelDirectory.configured(null, Map.of(), home)).isEqualTo(Path.of("/home/someone/.cache/daylight/intel"));
  }

  @Test
  void tells_the_user_to_run_the_fetch_script_when_the_data_is_missing(@TempDir Path empty) {
    assertThatThrownBy(() -> IntelDirectory.require(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("run scripts/fetch-intel.sh");
    assertThatThrownBy(() -> Intel.load(empty)).hasMessageContaining("run scripts/fetch-intel.sh");
  }

  @Test
  void accepts_the_directory_the_fetch_script_completed() {
    Path dir = IntelDirectory.locate();
    assertThat(dir.resolve("READY")).isRegularFile();
    assertThat(dir.resolve("cities.tsv")).isRegularFile();
  }
}
