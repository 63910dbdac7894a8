package io.daylight.app.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Sunrise and sunset for a place and date, to shade daylight on the hour-of-day chart. NOAA's
 * general solar position equations (NOAA Global Monitoring Laboratory, "General Solar Position
 * Calculations"): fractional-year series for the equation of time and declination, zenith 90.833°
 * (refraction and the sun's radius). Accurate to a few minutes, ample for hour bins.
 */
final class SunTimes {
  private SunTimes() {}

  /** Local hours (0..24, fractional) or, near the poles, which of day or night lasts all day. */
  record Day(LocalDate date, Double sunriseLocalHour, Double sunsetLocalHour, boolean polarDay) {}

  static Day on(double lat, double lon, Instant when, ZoneId zone) {
    ZonedDateTime local = ZonedDateTime.ofInstant(when, zone);
    LocalDate date = local.toLocalDate();
    double gamma = 2 * Math.PI / (date.isLeapYear() ? 366 : 365) * (date.getDayOfYear() - 1);
    double eqTime = 229.18 * (0.000075 + 0.001868 * Math.cos(gamma) - 0.032077 * Math.sin(gamma)
        - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));
    double decl = 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma) - 0.006758 * Math.cos(2 * gamma)
        + 0.000907 * Math.sin(2 * gamma) - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
    double latR = Math.toRadians(lat);
    double cosHa = Math.cos(Math.toRadians(90.833)) / (Math.cos(latR) * Math.cos(decl)) - Math.tan(latR) * Math.tan(decl);
    if (cosHa > 1) return new Day(date, null, null, false);
    if (cosHa < -1) return new Day(date, null, null, true);
    double ha = Math.toDegrees(Math.acos(cosHa));
    double sunriseUtcMin = 720 - 4 * (lon + ha) - eqTime;
    double sunsetUtcMin = 720 - 4 * (lon - ha) - eqTime;
    double offsetMin = zone.getRules().getOffset(when).getTotalSeconds() / 60.0;
    return new Day(date, wrap((sunriseUtcMin + offsetMin) / 60), wrap((sunsetUtcMin + offsetMin) / 60), false);
  }

  private static double wrap(double h) {
    double x = h % 24;
    return Math.round((x < 0 ? x + 24 : x) * 100) / 100.0;
  }
}
