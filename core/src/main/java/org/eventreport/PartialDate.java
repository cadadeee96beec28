package org.eventreport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventreport.internal.Excerpt;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to one of four precisions: a year ({@code 2024}), a year and month ({@code
 * 2024-07}), a full date ({@code 2024-07-31}), or a date-time with a mandatory UTC offset ({@code
 * 2024-07-31T18:30:00+05:30}).
 *
 * <p>Instances are immutable and safe to share between threads. Years are limited to {@code
 * 0001}-{@code 9999} so that every value has a four-digit ISO representation.
 *
 * <h2>Interval semantics</h2>
 *
 * <p>Every value covers a span of instants from {@link #intervalStart()} to {@link #intervalEnd()}.
 * <b>Values without a time of day are read as UTC calendar periods</b>: {@code 2024} covers the
 * half-open interval {@code [2024-01-01T00:00Z, 2025-01-01T00:00Z)}, {@code 2024-07} covers {@code
 * [2024-07-01T00:00Z, 2024-08-01T00:00Z)} and {@code 2024-07-31} covers {@code [2024-07-31T00:00Z,
 * 2024-08-01T00:00Z)}. A date-time covers exactly its own instant {@code t}; both bounds are {@code
 * t}. This convention makes comparisons deterministic without knowing where an event happened, at
 * the cost of being up to a day off for local calendar dates far from UTC.
 *
 * <h2>Text form</h2>
 *
 * <p>{@link #parse(CharSequence)} accepts {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} and
 * {@code YYYY-MM-DDThh:mm[:ss[.fffffffff]]} followed by {@code Z} or {@code +hh:mm}/{@code -hh:mm}.
 * {@link #toString()} produces the canonical form, and {@code parse(x.toString()).equals(x)} holds
 * for every value.
 *
 * <h2>Equality and ordering</h2>
 *
 * <p>Equality is by precision and value: two date-times for the same instant but with different
 * offsets are <em>not</em> equal. The {@linkplain #compareTo(PartialDate) natural order} sorts by
 * interval start, then interval end, then canonical text, and is consistent with equals.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** The precision of a {@link PartialDate}, from coarsest to finest. */
  public enum Precision {
    /** Only the year is known, for example {@code 2024}. */
    YEAR,
    /** The year and month are known, for example {@code 2024-07}. */
    MONTH,
    /** The full calendar date is known, for example {@code 2024-07-31}. */
    DAY,
    /**
     * An exact instant with its UTC offset is known, for example {@code 2024-07-31T18:30:00+05:30}.
     */
    DATE_TIME
  }

  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;

  private static final String ACCEPTED_FORMS =
      "expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time with offset";

  // [0-9] rather than \d documents that only ASCII digits are accepted (and stays so under any
  // flags).
  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?"
              + "(?:(Z)|([+-])([0-9]{2}):([0-9]{2}))");

  private final Precision precision;

  /** First calendar day covered; for DATE_TIME the local date in the value's own offset. */
  private final LocalDate firstDay;

  /** Present only for DATE_TIME; kept nullable internally, exposed only as Optional. */
  private final @Nullable OffsetDateTime dateTime;

  // Derived values are computed once because compareTo and isBefore use them on every call.
  private final Instant intervalStart;
  private final Instant intervalEnd;
  private final String text;

  private PartialDate(Precision precision, LocalDate firstDay, @Nullable OffsetDateTime dateTime) {
    this.precision = precision;
    this.firstDay = firstDay;
    this.dateTime = dateTime;
    if (dateTime != null) {
      this.intervalStart = dateTime.toInstant();
      this.intervalEnd = intervalStart;
    } else {
      this.intervalStart = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
      this.intervalEnd =
          dayAfterPeriod(precision, firstDay).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    this.text = format(precision, firstDay, dateTime);
  }

  /**
   * Returns a year-precision value such as {@code 2024}.
   *
   * @param year the year, from 1 to 9999
   * @return the partial date covering the whole year
   * @throws IllegalArgumentException if {@code year} is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1), null);
  }

  /**
   * Returns a month-precision value such as {@code 2024-07}.
   *
   * @param year the year, from 1 to 9999
   * @param month the month of year, from 1 (January) to 12 (December)
   * @return the partial date covering the whole month
   * @throws IllegalArgumentException if {@code year} or {@code month} is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          String.format("month (%s) must be between 1 and 12", month));
    }
    return new PartialDate(Precision.MONTH, LocalDate.of(year, month, 1), null);
  }

  /**
   * Returns a day-precision value such as {@code 2024-07-31}.
   *
   * @param date the calendar date; its year must be between 1 and 9999
   * @return the partial date covering the whole day (in UTC, see the class documentation)
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year of {@code date} is out of range
   */
  public static PartialDate ofDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(Precision.DAY, date, null);
  }

  /**
   * Returns a date-time value such as {@code 2024-07-31T18:30:00+05:30}. The offset is kept as
   * given and is part of the value's identity.
   *
   * @param dateTime the date-time; its local year must be between 1 and 9999 and its offset must be
   *     a whole number of minutes (so that it has an {@code +hh:mm} text form)
   * @return the partial date for exactly that instant
   * @throws NullPointerException if {@code dateTime} is null
   * @throws IllegalArgumentException if the year or the offset is not representable
   */
  public static PartialDate ofDateTime(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    checkYear(dateTime.getYear());
    if (dateTime.getOffset().getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException(
          String.format("offset (%s) must be a whole number of minutes", dateTime.getOffset()));
    }
    return new PartialDate(Precision.DATE_TIME, dateTime.toLocalDate(), dateTime);
  }

  /**
   * Parses the strict ISO text of a partial date: {@code YYYY}, {@code YYYY-MM}, {@code
   * YYYY-MM-DD}, or {@code YYYY-MM-DDThh:mm[:ss[.f]]} with 1 to 9 fraction digits followed by
   * {@code Z} or {@code +hh:mm}/{@code -hh:mm}. Years have exactly four digits (no sign), every
   * field must be in range, and no surrounding whitespace or lower-case {@code t}/{@code z} is
   * allowed.
   *
   * <p>The exception message quotes at most 40 characters of the (escaped) input, so that huge or
   * hostile input cannot flood logs; {@link DateTimeParseException#getParsedString()} is capped at
   * 40 characters for the same reason, and {@link DateTimeParseException#getErrorIndex()} is always
   * 0.
   *
   * @param text the text to parse
   * @return the parsed value, never null
   * @throws NullPointerException if {@code text} is null
   * @throws DateTimeParseException if {@code text} is not in one of the accepted forms
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      Matcher year = YEAR.matcher(text);
      if (year.matches()) {
        return ofYear(year(year.group(1)));
      }
      Matcher yearMonth = YEAR_MONTH.matcher(text);
      if (yearMonth.matches()) {
        return ofYearMonth(year(yearMonth.group(1)), Integer.parseInt(yearMonth.group(2)));
      }
      Matcher date = DATE.matcher(text);
      if (date.matches()) {
        return ofDate(date(date));
      }
      Matcher dateTime = DATE_TIME.matcher(text);
      if (dateTime.matches()) {
        return ofDateTime(dateTime(dateTime));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      // Field values out of range (month 13, 30 February, hour 24, ...) get the same message
      // as malformed text; the detail stays available as the cause.
      throw parseFailure(text, e);
    }
    throw parseFailure(text, null);
  }

  /**
   * Returns the precision of this value.
   *
   * @return the precision, never null
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the year; for a date-time, the year of its local date in its own offset.
   *
   * @return the year, from 1 to 9999
   */
  public int year() {
    return firstDay.getYear();
  }

  /**
   * Returns the date-time, present only when the precision is {@link Precision#DATE_TIME}.
   *
   * @return the date-time with its original offset, or an empty optional
   */
  public Optional<OffsetDateTime> dateTime() {
    return Optional.ofNullable(dateTime);
  }

  /**
   * Returns the first calendar day covered: 1 January for a year, the first of the month for a
   * month, the day itself for a date, and the local date in its own offset for a date-time.
   *
   * @return the first day, never null
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the last calendar day covered: 31 December for a year, the last day of the month for a
   * month (29 February in leap years), the day itself for a date, and the local date in its own
   * offset for a date-time.
   *
   * @return the last day, never null
   */
  public LocalDate lastDay() {
    return dayAfterPeriod(precision, firstDay).minusDays(1);
  }

  /**
   * Returns the first instant covered (inclusive). For values without a time this is midnight UTC
   * at the start of {@link #firstDay()}; for a date-time it is its instant.
   *
   * @return the inclusive start, never null
   */
  public Instant intervalStart() {
    return intervalStart;
  }

  /**
   * Returns the end of the covered interval. For values without a time this is the exclusive end:
   * midnight UTC after {@link #lastDay()} (for year 9999 that is {@code +10000-01-01T00:00:00Z}).
   * For a date-time it equals {@link #intervalStart()}, since a date-time covers a single instant.
   *
   * @return the end of the interval, never null
   */
  public Instant intervalEnd() {
    return intervalEnd;
  }

  /**
   * Returns whether this value lies entirely before {@code other} starts, so no instant covered by
   * this value is at or after any instant covered by {@code other}.
   *
   * <p>A period {@code [s, e)} is before {@code other} when {@code e <= other.intervalStart()}: the
   * day {@code 2024-07-31} is before {@code 2024-08-01} and before {@code 2024-08-01T00:00Z}. A
   * date-time {@code t} is before {@code other} when {@code t < other.intervalStart()}: an instant
   * is not before an equal instant, nor before a period that contains it. Overlapping or containing
   * values are neither before nor after each other: {@code 2024-07} is not before {@code
   * 2024-07-15}, and {@code 2024-07-31} is not before {@code 2024-07-31T12:00Z}.
   *
   * @param other the value to compare with
   * @return true if this value ends before {@code other} begins
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isBefore(PartialDate other) {
    Objects.requireNonNull(other, "other");
    // A period's end is exclusive, so touching bounds still count as "before"; an instant's
    // single point is included, so it must be strictly earlier than the other's start.
    int cmp = intervalEnd.compareTo(other.intervalStart);
    return precision == Precision.DATE_TIME ? cmp < 0 : cmp <= 0;
  }

  /**
   * Returns whether this value lies entirely after {@code other} ends; defined as {@code
   * other.isBefore(this)}.
   *
   * @param other the value to compare with
   * @return true if {@code other} ends before this value begins
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return other.isBefore(this);
  }

  /**
   * Compares by {@link #intervalStart()}, then {@link #intervalEnd()} (so the narrower of two
   * intervals starting together sorts first: {@code 2024-01-01 < 2024-01 < 2024}), then by
   * canonical text (so equal instants with different offsets have a stable order). The result is
   * zero exactly when the values are {@linkplain #equals(Object) equal}.
   *
   * @param other the value to compare with
   * @return a negative number, zero or a positive number as this value sorts before, with or after
   *     {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(PartialDate other) {
    Objects.requireNonNull(other, "other");
    int cmp = intervalStart.compareTo(other.intervalStart);
    if (cmp == 0) {
      cmp = intervalEnd.compareTo(other.intervalEnd);
    }
    if (cmp == 0) {
      // The canonical text is unique per value, which keeps compareTo consistent with equals.
      cmp = text.compareTo(other.text);
    }
    return cmp;
  }

  /**
   * Returns whether {@code obj} is a partial date with the same precision and value. Date-times
   * must also have the same offset; the same instant seen from two offsets is not equal.
   *
   * @param obj the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PartialDate that)) {
      return false;
    }
    return precision == that.precision
        && firstDay.equals(that.firstDay)
        && Objects.equals(dateTime, that.dateTime);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(precision, firstDay, dateTime);
  }

  /**
   * Returns the canonical ISO text: {@code 2024}, {@code 2024-07}, {@code 2024-07-31}, or for a
   * date-time {@code 2024-07-31T18:30:00+05:30} with seconds always present, a fraction only when
   * non-zero (without trailing zeros), and {@code Z} for a zero offset.
   *
   * @return the canonical text, accepted by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return text;
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          String.format("year (%s) must be between 1 and 9999", year));
    }
  }

  private static LocalDate dayAfterPeriod(Precision precision, LocalDate firstDay) {
    return switch (precision) {
      case YEAR -> firstDay.plusYears(1);
      case MONTH -> firstDay.plusMonths(1);
      // DAY, and DATE_TIME whose calendar period is its local day.
      case DAY, DATE_TIME -> firstDay.plusDays(1);
    };
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  private static LocalDate date(Matcher m) {
    // LocalDate.of rejects month 13, 30 February and the like with a DateTimeException.
    return LocalDate.of(
        year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static OffsetDateTime dateTime(Matcher m) {
    LocalDate date = date(m);
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    int nano = 0;
    if (m.group(7) != null) {
      // Right-pad to nine digits: ".5" means 500,000,000 nanoseconds.
      StringBuilder digits = new StringBuilder(m.group(7));
      while (digits.length() < 9) {
        digits.append('0');
      }
      nano = Integer.parseInt(digits.toString());
    }
    // LocalTime.of rejects hour 24, minute 60 and leap second 60.
    LocalTime time = LocalTime.of(hour, minute, second, nano);
    ZoneOffset offset;
    if (m.group(8) != null) {
      offset = ZoneOffset.UTC;
    } else {
      int sign = "-".equals(m.group(9)) ? -1 : 1;
      int offsetHours = Integer.parseInt(m.group(10));
      int offsetMinutes = Integer.parseInt(m.group(11));
      // ofHoursMinutes rejects minutes above 59 and offsets beyond +/-18:00.
      offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
    }
    return OffsetDateTime.of(date, time, offset);
  }

  private static String format(
      Precision precision, LocalDate day, @Nullable OffsetDateTime dateTime) {
    StringBuilder sb = new StringBuilder(35);
    pad(sb, day.getYear(), 4);
    if (precision == Precision.YEAR) {
      return sb.toString();
    }
    pad(sb.append('-'), day.getMonthValue(), 2);
    if (precision == Precision.MONTH) {
      return sb.toString();
    }
    pad(sb.append('-'), day.getDayOfMonth(), 2);
    if (dateTime == null) {
      return sb.toString();
    }
    pad(sb.append('T'), dateTime.getHour(), 2);
    pad(sb.append(':'), dateTime.getMinute(), 2);
    pad(sb.append(':'), dateTime.getSecond(), 2);
    int nano = dateTime.getNano();
    if (nano != 0) {
      // Minimal digits: strip trailing zeros from the nine-digit fraction.
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      pad(sb.append('.'), nano, digits);
    }
    // ZoneOffset.getId() is "Z" for UTC and "+hh:mm" for whole-minute offsets (enforced by
    // ofDateTime).
    sb.append(dateTime.getOffset().getId());
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }

  private static DateTimeParseException parseFailure(CharSequence text, @Nullable Throwable cause) {
    String message = "Cannot parse partial date " + Excerpt.of(text) + ": " + ACCEPTED_FORMS;
    // The parsed string is capped as well, so the exception never holds a huge input copy.
    String parsed =
        text.length() <= Excerpt.MAX_ECHOED_CHARS
            ? text.toString()
            : text.subSequence(0, Excerpt.MAX_ECHOED_CHARS).toString();
    return new DateTimeParseException(message, parsed, 0, cause);
  }
}
