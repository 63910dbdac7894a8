package io.daylight.adapters.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daylight.adapters.Mapping;
import io.daylight.ingest.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {
  @TempDir Path dir;
  @TempDir Path state;

  private final List<String> got = new ArrayList<>();
  private final List<Rejection> rejected = new ArrayList<>();

  private DirectoryWatcher watcher(int failAfter) {
    return new DirectoryWatcher(dir, state.resolve("checkpoint.json"), Mapping.NONE, new DirectoryWatcher.LineHandler() {
      @Override public void line(Path file, byte[] line) throws IOException {
        if (failAfter >= 0 && got.size() >= failAfter) throw new IOException("service stopped");
        got.add(new String(line, StandardCharsets.UTF_8));
      }

      @Override public void rejected(Rejection r) {
        rejected.add(r);
      }
    });
  }

  private static String line(int i) {
    return "{\"type\":\"activity\",\"id\":\"a-" + i + "\",\"time\":\"2026-02-04T01:13:00Z\",\"subject\":\"w-1\",\"source\":\"git\"}";
  }

  private void append(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Test
  void resumes_after_a_stop_mid_file_without_losing_or_repeating_a_line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 10; i++) b.append(line(i)).append('\n');
    append("events.ndjson", b.toString());
    assertThatThrownBy(() -> watcher(4).pollOnce()).hasMessage("service stopped");
    assertThat(got).hasSize(4);
    // A new process, as after a restart: only the checkpoint file carries state over.
    long second = watcher(-1).pollOnce();
    assertThat(second).isEqualTo(6);
    assertThat(got).containsExactly(line(1), line(2), line(3), line(4), line(5), line(6), line(7), line(8), line(9), line(10));
    assertThat(watcher(-1).pollOnce()).isZero();
  }

  @Test
  void waits_for_the_newline_before_consuming_a_partial_last_line() throws IOException {
    String full = line(1);
    append("events.ndjson", line(0) + "\n" + full.substring(0, 30));
    assertThat(watcher(-1).pollOnce()).isEqualTo(1);
    assertThat(watcher(-1).pollOnce()).isZero();
    append("events.ndjson", full.substring(30) + "\n");
    assertThat(watcher(-1).pollOnce()).isEqualTo(1);
    assertThat(got).containsExactly(line(0), full);
  }

  @Test
  void starts_over_on_a_truncated_file_and_on_a_rotated_one() throws IOException {
    append("events.ndjson", line(1) + "\n" + line(2) + "\n");
    watcher(-1).pollOnce();
    Files.writeString(dir.resolve("events.ndjson"), line(3) + "\n"); // truncated and rewritten: shorter than the offset
    watcher(-1).pollOnce();
    // Rotation: the old file moved away, a new file (another inode) under the same name, longer than before.
    Files.move(dir.resolve("events.ndjson"), state.resolve("events.ndjson.1"));
    append("events.ndjson", line(4) + "\n" + line(5) + "\n" + line(6) + "\n");
    watcher(-1).pollOnce();
    assertThat(got).containsExactly(line(1), line(2), line(3), line(4), line(5), line(6));
  }

  @Test
  void starts_over_when_a_copy_truncated_file_regrew_past_its_old_offset() throws IOException {
    Path f = dir.resolve("events.ndjson");
    append("events.ndjson", line(1) + "\n");
    watcher(-1).pollOnce();
    // copytruncate keeps the inode; the new content is longer than the old offset, so only the head tells.
    try (var ch = java.nio.channels.FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.truncate(0);
    }
    append("events.ndjson", line(7) + "\n" + line(8) + "\n");
    watcher(-1).pollOnce();
    assertThat(got).containsExactly(line(1), line(7), line(8));
  }

  @Test
  void converts_vendor_files_by_name_prefix_and_ignores_other_files() throws IOException {
    append("git-main.log", "9f2c1e7a4b3d5f60718293a4b5c6d7e8f9012345\t2026-02-04T10:13:00+09:00\tjmiller@corp.example\n"
        + "not a commit\n");
    append("notes.txt", "ignored\n");
    watcher(-1).pollOnce();
    assertThat(got).hasSize(1);
    assertThat(got.get(0)).contains("\"id\":\"git:9f2c1e7a4b3d5f60718293a4b5c6d7e8f9012345\"", "\"utc_offset_min\":540");
    assertThat(rejected).extracting(Rejection::reason).singleElement().asString().startsWith("git: expected hash");
  }

  @Test
  void writes_the_checkpoint_atomically_without_leaving_a_temporary_file() throws IOException {
    append("events.ndjson", line(1) + "\n");
    watcher(-1).pollOnce();
    assertThat(state.resolve("checkpoint.json")).exists();
    assertThat(state.resolve("checkpoint.json.tmp")).doesNotExist();
    String cp = Files.readString(state.resolve("checkpoint.json"));
    assertThat(cp).contains("\"offset\":" + (line(1).length() + 1), "\"key\":", "\"head\":");
  }
}
