package io.daylight.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses RFC 3339 timestamps with an offset ({@code 2026-03-02T14:05:11Z},
 * {@code 2026-03-02T14:05:11.250+01:00}) to epoch milliseconds, without allocating: this runs once
 * per event on the ingest hot path, where {@code OffsetDateTime.parse} would dominate the profile.
 */
final class Rfc3339 {
  private Rfc3339() {}

  static long parseMillis(String s) throws InvalidEventException {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      throw bad(s);
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) throw bad(s);
    int i = 19;
    int millis = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      int scale = 100;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        millis += (s.charAt(i) - '0') * scale;
        scale /= 10;
        i++;
      }
      if (i == start) throw bad(s);
    }
    if (i >= n) throw bad(s);
    int offsetMin;
    char c = s.charAt(i);
    if (c == 'Z' || c == 'z') {
      offsetMin = 0;
      i++;
    } else if ((c == '+' || c == '-') && n - i == 6 && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || oh > 23 || om > 59) throw bad(s);
      offsetMin = (c == '-' ? -1 : 1) * (oh * 60 + om);
      i += 6;
    } else {
      throw bad(s);
    }
    if (i != n) throw bad(s);
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      throw bad(s);
    }
    // A leap second (":60") is folded onto the next second, as java.time does.
    long secs = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetMin * 60L;
    return secs * 1000L + millis;
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') return -1;
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  private static InvalidEventException bad(String s) {
    return new InvalidEventException("time is not RFC 3339 with an offset: " + abbreviate(s));
  }

  static String abbreviate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
