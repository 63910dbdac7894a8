package io.daylight.core.timezone;

import static org.assertj.core.api.Assertions.assertThat;

import io.daylight.core.detect.Finding;
import io.daylight.core.event.Activity;
import io.daylight.core.event.Application;
import io.daylight.core.event.Auth;
import io.daylight.core.event.Event;
import io.daylight.core.event.Inventory;
import io.daylight.core.event.Place;
import io.daylight.core.event.Worker;
import io.daylight.core.testkit.Harness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZoneDetectorTest {
  static final long DAY = 86_400_000L;
  /** Monday 2026-03-02; US DST starts 2026-03-08, so the window crosses it. */
  static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();

  static Worker worker(String subject, String tz, String app) {
    return new Worker(subject + "-w", T0 - DAY, subject, "n/a", null, null, new Place("X", null, "US", 0, 0), tz,
        null, app, null, null, null, null);
  }

  /** Daily sign-ins at 16:00 UTC with the given offset function. */
  static List<Event> signIns(String subject, int days, java.util.function.IntUnaryOperator offset) {
    List<Event> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      out.add(new Auth(subject + "-a" + d, T0 + d * DAY + 16 * 3_600_000L, subject, "198.51.100.9", "dev", true,
          "success", "push", "ua", offset.applyAsInt(d)));
    }
    return out;
  }

  static List<Finding> run(List<Event> events) {
    return Harness.run(List.of(new TimeZoneDetector()), events);
  }

  @Test
  void flags_a_browser_persistently_on_korea_time_for_a_worker_declaring_new_york() {
    List<Event> events = new ArrayList<>(List.of(worker("w-1", "America/New_York", null)));
    events.addAll(signIns("w-1", 20, d -> 540));
    List<Finding> f = run(events);
    assertThat(f).extracting(Finding::title).containsExactly("Clock offset contradicts the declared time zone America/New_York");
    assertThat(f.get(0).explanation()).contains("UTC+9").contains("UTC−4");
  }

  @Test
  void daylight_saving_time_and_a_week_long_trip_are_not_contradictions() {
    List<Event> events = new ArrayList<>(List.of(worker("w-2", "America/New_York", null)));
    // −300 before 8 March, −240 after: what java.time says; a week in London (0) from day 12
    events.addAll(signIns("w-2", 30, d -> d >= 12 && d < 19 ? 0 : (d < 6 ? -300 : -240)));
    assertThat(run(events)).isEmpty();
  }

  /** Weekly inventories with the OS zone of {@code zone(day)}, and daily ones on {@code daily} days. */
  static List<Event> inventories(String subject, int days, java.util.function.IntPredicate daily,
                                 java.util.function.IntFunction<String> zone) {
    List<Event> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      if (d % 7 != 0 && !daily.test(d)) continue;
      out.add(new Inventory(subject + "-i" + d, T0 + d * DAY + 9 * 3_600_000L, subject, "dev", "C02", zone.apply(d),
          "198.51.100.9", null, List.of(), List.of(), List.of()));
    }
    return out;
  }

  /**
   * Regression (demo organisation, 4 of 12 travellers): endpoint agents report an inventory when
   * it changes, so a device abroad reported daily while at home it reported weekly, and a 9-day
   * trip made 7 of 13 days seen "contradicting", more than half. The OS zone is counted per week.
   */
  @Test
  void a_trip_that_makes_the_agent_report_daily_is_no_contradiction_but_a_zone_wrong_every_week_is() {
    List<Event> traveller = new ArrayList<>(List.of(worker("w-7", "Asia/Kolkata", null)));
    traveller.addAll(inventories("w-7", 63, d -> d >= 42 && d < 51,
        d -> d >= 42 && d < 51 ? "America/Mexico_City" : "Asia/Kolkata"));
    assertThat(run(traveller)).isEmpty();

    List<Event> relay = new ArrayList<>(List.of(worker("w-8", "America/New_York", null)));
    relay.addAll(inventories("w-8", 63, d -> false, d -> "Asia/Seoul"));
    assertThat(run(relay)).extracting(Finding::title)
        .containsExactly("Clock offset contradicts the declared time zone America/New_York");
    assertThat(run(relay).get(0).explanation()).contains("in 8 of the 8 weeks");
  }

  @Test
  void joins_the_application_to_the_hire_and_flags_an_application_sent_from_another_zone() {
    Application app = new Application("app-9", T0 - 30 * DAY, "Engineer", null, "203.0.113.7", "ua", "fp", 480, null,
        null, null, null, null);
    Application honest = new Application("app-10", T0 - 30 * DAY, "Engineer", null, "203.0.113.8", "ua", "fp", -420,
        null, null, null, null, null);
    List<Finding> f = run(List.of(app, honest, worker("w-3", "America/Chicago", "app-9"),
        worker("w-4", "America/Phoenix", "app-10")));
    assertThat(f).extracting(Finding::subject).containsExactly("w-3");
    assertThat(f.get(0).eventIds()).containsExactly("app-9");
  }

  @Test
  void working_hours_twelve_hours_off_are_weak_evidence_with_the_histogram_for_the_chart() {
    List<Event> events = new ArrayList<>(List.of(worker("w-5", "America/Los_Angeles", null)));
    for (int d = 0; d < 20; d++) {
      for (int h = 0; h < 4; h++) {
        // 01:00–04:00 UTC = 09:00–12:00 in UTC+8: the middle of the Pacific night
        events.add(new Activity("act-" + d + "-" + h, T0 + d * DAY + (1 + h) * 3_600_000L, "w-5", "git", null));
      }
    }
    List<Finding> f = run(events);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).title()).contains("h from the declared one");
    assertThat(f.get(0).likelihoodRatio()).isLessThan(2);
    assertThat(f.get(0).evidence()).anyMatch(e -> e.name().equals("activity_hour_histogram_utc")
        && e.value().startsWith("0,13,13,12,12,0,"));
  }

  /** Regression: hours inside the declared working day were flagged because a window 3 h away fit more snugly. */
  @Test
  void working_hours_inside_the_declared_day_are_no_evidence_even_if_a_shifted_day_fits_better() {
    List<Event> events = new ArrayList<>(List.of(worker("w-6", "America/Los_Angeles", null)));
    for (int d = 0; d < 20; d++) {
      for (int h = 0; h < 4; h++) {
        // 15:00–18:00 local (UTC−8 → 23:00–02:00 UTC): late afternoons, all inside 08:00–18:59
        events.add(new Activity("late-" + d + "-" + h, T0 + d * DAY + (23 + h) * 3_600_000L, "w-6", "git", null));
      }
    }
    assertThat(run(events)).isEmpty();
  }

  static int newYork(int d) {
    return d < 6 ? -300 : -240;
  }

  @Test
  void a_foreign_offset_leaking_on_a_fifth_of_days_in_many_episodes_is_found_but_two_trips_are_not() {
    List<Event> leaks = new ArrayList<>(List.of(worker("w-op", "America/New_York", null)));
    // UTC+8 on about one day in five, scattered over nine weeks.
    leaks.addAll(signIns("w-op", 63, d -> d % 5 == 2 ? 480 : newYork(d)));
    assertThat(run(leaks)).singleElement().satisfies(x -> {
      assertThat(x.title()).startsWith("A foreign clock offset (UTC+8) leaks in");
      assertThat(x.likelihoodRatio()).isEqualTo(TimeZoneDetector.LR_SCATTERED);
      assertThat(x.dependencyGroup()).isEqualTo("time-zone");
    });
    List<Event> trips = new ArrayList<>(List.of(worker("w-trips", "America/New_York", null)));
    // Two trips to Tokyo of a week each: more contradicting days than the operator, in two blocks.
    trips.addAll(signIns("w-trips", 63, d -> d >= 10 && d < 17 || d >= 40 && d < 47 ? 540 : newYork(d)));
    assertThat(run(trips)).isEmpty();
  }
}
