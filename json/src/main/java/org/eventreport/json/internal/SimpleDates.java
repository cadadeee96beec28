package org.eventreport.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.eventreport.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the partial dates most documents hold: {@code YYYY}, {@code YYYY-MM} and {@code
 * YYYY-MM-DD}, read with a character loop and built with {@link PartialDate}'s own factories, which
 * check the ranges. Anything else (a date-time, a malformed or out-of-range value) is left to
 * {@link PartialDate#parse}, which accepts the other forms and words every error, so the result is
 * that of {@code PartialDate.parse} for every input. {@code PartialDate.parse} tries up to four
 * regular expressions, which cost about a sixth of a typical read.
 */
final class SimpleDates {
  private SimpleDates() {}

  /**
   * The partial date {@code text} denotes if it is a valid {@code YYYY}, {@code YYYY-MM} or {@code
   * YYYY-MM-DD}; otherwise null, and the caller uses {@link PartialDate#parse}.
   */
  static @Nullable PartialDate parse(String text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      return null;
    }
    int year = digits(text, 0, 4);
    if (year < 0) {
      return null;
    }
    try {
      if (length == 4) {
        return PartialDate.ofYear(year);
      }
      int month = text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
      if (month < 0) {
        return null;
      }
      if (length == 7) {
        return PartialDate.ofYearMonth(year, month);
      }
      int day = text.charAt(7) == '-' ? digits(text, 8, 10) : -1;
      return day < 0 ? null : PartialDate.ofDate(LocalDate.of(year, month, day));
    } catch (DateTimeException | IllegalArgumentException outOfRange) {
      return null; // PartialDate.parse refuses it, with its own message
    }
  }

  /** The number that the ASCII digits {@code text[from, to)} spell, or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
