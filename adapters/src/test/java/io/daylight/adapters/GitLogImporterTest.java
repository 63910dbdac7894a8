package io.daylight.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.daylight.adapters.git.GitLogImporter;
import io.daylight.core.event.Activity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixture shape: {@code git log --format='%H%x09%aI%x09%ae'} (git-log(1), PRETTY FORMATS: %H commit
 * hash, %aI author date strict ISO 8601, %ae author e-mail, %x09 a tab).
 */
class GitLogImporterTest {
  private final GitLogImporter importer = new GitLogImporter(Imported.mapping("subjects-mapping.yaml"));

  @Test
  void turns_commits_into_activity_with_the_author_dates_utc_offset() {
    Imported r = Imported.fixture(importer, "git-log.tsv");
    assertThat(r.stats).isEqualTo(new ImportStats(7, 6, 1, 0));
    List<Activity> a = r.contractEvents().stream().map(Activity.class::cast).toList();
    // w-1042 declared America/Phoenix (UTC−7) but commits at +09:00 on three days; one laptop commit at −07:00.
    assertThat(a).filteredOn(x -> x.subject().equals("w-1042")).extracting(Activity::utcOffsetMin)
        .containsExactly(540, 540, 540, -420);
    assertThat(a).filteredOn(x -> x.subject().equals("w-1077")).extracting(Activity::utcOffsetMin).containsOnly(-360);
    assertThat(a).allSatisfy(x -> assertThat(x.source()).isEqualTo("git"));
    assertThat(r.events.get(0).path("id").asText()).isEqualTo("git:9f2c1e7a4b3d5f60718293a4b5c6d7e8f9012345");
    assertThat(r.events.get(0).path("time").asText()).isEqualTo("2026-02-04T01:13:00Z");
  }

  @Test
  void rejects_authors_outside_the_mapping_and_lines_in_another_format() {
    Imported r = Imported.fixture(importer, "git-log.tsv");
    assertThat(r.rejections).extracting(x -> x.line() + " " + x.reason()).containsExactly(
        "7 git: no worker mapped for author e-mail 49699333+dependabot[bot]@users.noreply.github.com in the mapping file's subjects");
    Imported bad = Imported.text(importer, "9f2c1e7 Fix login flow\n"
        + "9f2c1e7a4b3d5f60718293a4b5c6d7e8f9012345\tTue Feb 4 10:13:00 2026 +0900\tjmiller@corp.example\n");
    assertThat(bad.rejections).extracting(x -> x.reason()).containsExactly(
        "git: expected hash<TAB>author date<TAB>author e-mail (git log --format='%H%x09%aI%x09%ae')",
        "git: author date is not strict ISO 8601 with an offset (%aI): Tue Feb 4 10:13:00 2026 +0900");
  }

  @Test
  void reads_a_repository_directly_by_running_git_log(@TempDir Path repo) throws Exception {
    assumeThat(gitAvailable()).as("git on PATH").isTrue();
    run(repo, Map.of(), "git", "init", "-q");
    Files.writeString(repo.resolve("a.txt"), "a");
    run(repo, Map.of(), "git", "add", "a.txt");
    run(repo, Map.of("GIT_AUTHOR_DATE", "2026-02-04T10:13:00+09:00", "GIT_COMMITTER_DATE", "2026-02-04T10:13:00+09:00",
        "GIT_AUTHOR_NAME", "J", "GIT_AUTHOR_EMAIL", "jmiller@corp.example", "GIT_COMMITTER_NAME", "J",
        "GIT_COMMITTER_EMAIL", "jmiller@corp.example"), "git", "commit", "-q", "-m", "secret message");
    Imported r = new Imported();
    r.stats = importer.convertRepository(repo, r);
    assertThat(r.events).hasSize(1);
    assertThat(r.events.get(0).path("utc_offset_min").asInt()).isEqualTo(540);
    assertThat(r.ndjson()).doesNotContain("secret message");
    r.contractEvents();
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static void run(Path dir, Map<String, String> env, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", cmd) + ": " + out).isZero();
  }
}
