package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStoreTest {
  private static final long T0 = 1_772_000_000_000L; // 2026-02-25T06:13:20Z
  private static Database db;
  private static EventStore events;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("event_store_test");
    events = new EventStore(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static StoredEvent event(String id, String subject, long time) {
    return new StoredEvent(id, "auth", subject, time, "{\"type\":\"auth\",\"id\":\"" + id + "\"}");
  }

  @Test
  void appends_new_ids_and_ignores_ids_already_stored_or_repeated_in_the_batch() {
    assertThat(events.append(List.of(event("dup-1", "w-1", T0), event("dup-2", "w-1", T0))))
        .containsExactly(true, true);
    assertThat(events.append(List.of(event("dup-2", "w-1", T0), event("dup-3", "w-1", T0), event("dup-3", "w-1", T0))))
        .containsExactly(false, true, false);
    assertThat(events.byIds(List.of("dup-1", "dup-2", "dup-3"))).hasSize(3);
  }

  @Test
  void keeps_the_line_exactly_as_received() {
    String raw = "{ \"type\":\"auth\",  \"id\":\"raw-1\", \"b\":1, \"a\":2, \"a\":3, \"note\":\"Zürich \\u00e9 \uD83D\uDE00\" }";
    events.append(List.of(new StoredEvent("raw-1", "auth", "w-raw", T0 + 123, raw)));
    StoredEvent back = events.byIds(List.of("raw-1")).get(0);
    assertThat(back.rawJson()).isEqualTo(raw);
    assertThat(back.timeMs()).isEqualTo(T0 + 123);
    assertThat(back.subject()).isEqualTo("w-raw");
  }

  @Test
  void stores_an_application_without_a_subject() {
    events.append(List.of(new StoredEvent("app-1", "application", null, T0, "{\"type\":\"application\"}")));
    assertThat(events.byIds(List.of("app-1"))).singleElement().extracting(StoredEvent::subject).isNull();
  }

  @Test
  void finds_events_by_id_in_event_time_order_and_skips_unknown_ids() {
    events.append(List.of(event("by-2", "w-2", T0 + 2_000), event("by-1", "w-2", T0 + 1_000)));
    assertThat(events.byIds(List.of("by-2", "nope", "by-1"))).extracting(StoredEvent::id).containsExactly("by-1", "by-2");
    assertThat(events.byIds(List.of())).isEmpty();
  }

  @Test
  void replays_every_event_in_event_time_order_with_ties_in_arrival_order() {
    // Far in the future so these come last in the shared table, after the other tests' events.
    long late = T0 + 10_000_000_000L;
    List<StoredEvent> batch = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      // Time runs backwards in blocks of 10, and each block shares one time.
      batch.add(event("replay-" + i, "w-" + i % 7, late + (500 - i / 10) * 1_000L));
    }
    events.append(batch.subList(0, 2_500));
    events.append(batch.subList(2_500, 5_000));
    List<StoredEvent> replayed = new ArrayList<>();
    long passed = events.forEachInTimeOrder(replayed::add);
    assertThat(passed).isEqualTo(events.count());
    List<StoredEvent> tail = replayed.subList(replayed.size() - 5_000, replayed.size());
    assertThat(tail.get(0).id()).isEqualTo("replay-4990");
    assertThat(tail.subList(0, 10)).extracting(StoredEvent::id)
        .containsExactly("replay-4990", "replay-4991", "replay-4992", "replay-4993", "replay-4994",
            "replay-4995", "replay-4996", "replay-4997", "replay-4998", "replay-4999");
    for (int i = 1; i < replayed.size(); i++) {
      assertThat(replayed.get(i).timeMs()).isGreaterThanOrEqualTo(replayed.get(i - 1).timeMs());
    }
  }

  @Test
  void an_empty_batch_is_a_no_op() {
    assertThat(events.append(List.of())).isEmpty();
  }
}
