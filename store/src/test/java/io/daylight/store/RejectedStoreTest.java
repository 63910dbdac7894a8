package io.daylight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RejectedStoreTest {
  private static Database db;
  private static RejectedStore rejected;

  @BeforeAll
  static void open() {
    db = SharedServer.freshDatabase("rejected_store_test");
    rejected = new RejectedStore(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void keeps_each_rejected_line_with_its_reason_newest_first() {
    rejected.append(List.of(
        new RejectedLine(3, "okta.ndjson", "not JSON", "{oops"),
        new RejectedLine(9, "okta.ndjson", "missing time", "{\"type\":\"auth\"}")));
    assertThat(rejected.latest(2)).containsExactly(
        new RejectedLine(9, "okta.ndjson", "missing time", "{\"type\":\"auth\"}"),
        new RejectedLine(3, "okta.ndjson", "not JSON", "{oops"));
  }

  @Test
  void keeps_a_line_with_nul_bytes_by_replacing_them() {
    long before = rejected.count();
    rejected.append(List.of(new RejectedLine(1, "bin.ndjson", "not JSON", "ab\0cd")));
    assertThat(rejected.count()).isEqualTo(before + 1);
    assertThat(rejected.latest(1).get(0).raw()).isEqualTo("ab\uFFFDcd");
  }
}
