package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.store.testing.AppendUntilKilled;
import io.daylight.store.testing.ChildJvm;
import io.daylight.store.testing.EmbeddedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that acknowledged an event after {@link EventStore#append} returned is killed with
 * SIGKILL mid-stream; every acknowledged event must be in the database afterwards, exactly once.
 */
class KillNineDurabilityTest {
  private static final Predicate<String> ACK = line -> line.startsWith("ACK ");
  /** Enough batches that the kill lands while appends are in flight (2,000 / 50 = 40 commits). */
  private static final int ACKS_BEFORE_KILL = 2_000;

  @TempDir Path dir;

  private List<String> appendThenKill(Path data) throws Exception {
    try (ChildJvm child = ChildJvm.start(AppendUntilKilled.class, data.toString(), "k", "50")) {
      child.awaitLine("READY"::equals, Duration.ofSeconds(120));
      child.awaitCount(ACK, ACKS_BEFORE_KILL, Duration.ofSeconds(120));
      child.killHard();
      return child.lines().stream().filter(ACK).map(line -> line.substring(4)).toList();
    }
  }

  private static void assertEachPresentOnce(Path data, List<String> acked) {
    try (Database db = Database.embedded(data)) {
      EventStore events = new EventStore(db.dataSource());
      assertThat(acked).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL).doesNotHaveDuplicates();
      assertThat(events.byIds(acked)).extracting(StoredEvent::id).containsExactlyInAnyOrderElementsOf(acked);
      assertThat(events.count()).isGreaterThanOrEqualTo(acked.size());
      // A sender that retries what it never heard back about gets no second copy.
      List<StoredEvent> resent = events.byIds(acked.subList(0, 100));
      assertThat(events.append(resent)).containsOnly(false);
    }
  }

  @Test
  void every_acknowledged_event_survives_its_writer_being_killed_and_the_leftover_server_is_stopped() throws Exception {
    Path data = dir.resolve("db");
    List<String> acked = appendThenKill(data);
    assertThat(EmbeddedFiles.server(data)).as("pg_ctl's server outlives the killed JVM").isPresent();
    assertEachPresentOnce(data, acked);
  }

  @Test
  void every_acknowledged_event_survives_its_writer_and_its_server_being_killed() throws Exception {
    // Reachable by the nobody account, so a root run takes the setpriv way here (the other test
    // takes the user-namespace way under JUnit's 0700 directory).
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    Path data = dir.resolve("db");
    List<String> acked = appendThenKill(data);
    assertThat(EmbeddedFiles.killServerHard(data)).isTrue();
    assertEachPresentOnce(data, acked);
    assertThat(Files.readString(data.resolve("pg/server.log")))
        .as("the server replayed its WAL").contains("database system was interrupted");
  }
}
