package org.eventreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.eventreport.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  private static final String ACCEPTED =
      ": expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time with offset";

  // ---------------------------------------------------------------- parsing each precision

  @Test
  void parsesYear() {
    PartialDate date = PartialDate.parse("2024");

    assertThat(date.precision()).isEqualTo(Precision.YEAR);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(date.dateTime()).isEmpty();
  }

  @Test
  void parsesYearMonth() {
    PartialDate date = PartialDate.parse("2024-07");

    assertThat(date.precision()).isEqualTo(Precision.MONTH);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(date.dateTime()).isEmpty();
  }

  @Test
  void parsesDate() {
    PartialDate date = PartialDate.parse("2024-07-31");

    assertThat(date.precision()).isEqualTo(Precision.DAY);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(date.dateTime()).isEmpty();
  }

  @Test
  void parsesDateTimeKeepingItsOffset() {
    PartialDate date = PartialDate.parse("2024-07-31T18:30:00+05:30");

    assertThat(date.precision()).isEqualTo(Precision.DATE_TIME);
    assertThat(date.dateTime())
        .contains(OffsetDateTime.of(2024, 7, 31, 18, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(date.dateTime().orElseThrow().getOffset())
        .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
  }

  @Test
  void parsesDateTimeFractionAsNanoseconds() {
    assertThat(PartialDate.parse("2024-07-31T13:00:00.5Z").dateTime().orElseThrow().getNano())
        .isEqualTo(500_000_000);
    assertThat(
            PartialDate.parse("2024-07-31T13:00:00.000000001Z").dateTime().orElseThrow().getNano())
        .isEqualTo(1);
  }

  @Test
  void parsesAnyCharSequence() {
    assertThat(PartialDate.parse(new StringBuilder("2024-07")))
        .isEqualTo(PartialDate.ofYearMonth(2024, 7));
  }

  @Test
  void reportsDateTimeYearAndDaysInItsOwnOffset() {
    // 2025-01-01T04:00Z in UTC, but 31 December 2024 where it was recorded.
    PartialDate date = PartialDate.parse("2024-12-31T23:00:00-05:00");

    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(date.intervalStart()).isEqualTo(Instant.parse("2025-01-01T04:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-02, 2024-02-01, 2024-02-29",
    "2023-02, 2023-02-01, 2023-02-28",
    "2024-12, 2024-12-01, 2024-12-31",
    "9999, 9999-01-01, 9999-12-31",
    "0001, 0001-01-01, 0001-12-31",
  })
  void reportsFirstAndLastDayOfPeriod(String text, LocalDate firstDay, LocalDate lastDay) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.firstDay()).isEqualTo(firstDay);
    assertThat(date.lastDay()).isEqualTo(lastDay);
  }

  // ---------------------------------------------------------------- printing and round trips

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0001",
        "2024",
        "9999",
        "2024-01",
        "2024-07",
        "2024-12",
        "2024-07-31",
        "2024-02-29",
        "0001-01-01",
        "9999-12-31",
        "2024-07-31T18:30:00+05:30",
        "2024-07-31T13:00:00Z",
        "2024-07-31T13:00:00-08:00",
        "2024-07-31T13:00:00.5Z",
        "2024-07-31T13:00:00.12+01:00",
        "2024-07-31T13:00:00.123456789-09:30",
        "2024-07-31T13:00:00.000000001Z",
        "2024-07-31T00:00:00+18:00",
        "2024-07-31T23:59:59-18:00",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59.999999999-18:00",
      })
  void printsCanonicalTextThatParsesBackToTheSameValue(String canonical) {
    PartialDate date = PartialDate.parse(canonical);

    assertThat(date.toString()).isEqualTo(canonical);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({
    "2024-07-31T10:00+00:00, 2024-07-31T10:00:00Z",
    "2024-07-31T10:00-00:00, 2024-07-31T10:00:00Z",
    "2024-07-31T13:00Z, 2024-07-31T13:00:00Z",
    "2024-07-31T13:00+05:30, 2024-07-31T13:00:00+05:30",
    "2024-07-31T13:00:00.500Z, 2024-07-31T13:00:00.5Z",
    "2024-07-31T13:00:00.000Z, 2024-07-31T13:00:00Z",
    "2024-07-31T13:00:00.120000000+01:00, 2024-07-31T13:00:00.12+01:00",
  })
  void normalisesNonCanonicalDateTimeText(String input, String canonical) {
    PartialDate date = PartialDate.parse(input);

    assertThat(date.toString()).isEqualTo(canonical);
    assertThat(PartialDate.parse(canonical)).isEqualTo(date);
  }

  @Test
  void normalisesZeroOffsetToZ() {
    PartialDate date = PartialDate.parse("2024-07-31T10:00+00:00");

    assertThat(date.toString()).isEqualTo("2024-07-31T10:00:00Z");
    assertThat(date).isEqualTo(PartialDate.parse("2024-07-31T10:00:00Z"));
    assertThat(date.dateTime().orElseThrow().getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void printsFactoryValuesCanonically() {
    assertThat(PartialDate.ofYear(7)).hasToString("0007");
    assertThat(PartialDate.ofYearMonth(2024, 3)).hasToString("2024-03");
    assertThat(PartialDate.ofDate(LocalDate.of(2024, 3, 5))).hasToString("2024-03-05");
    assertThat(
            PartialDate.ofDateTime(
                OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 10_000, ZoneOffset.ofHours(-3))))
        .hasToString("2024-03-05T07:08:09.00001-03:00");
    assertThat(PartialDate.ofDateTime(OffsetDateTime.of(2024, 3, 5, 7, 8, 0, 0, ZoneOffset.UTC)))
        .hasToString("2024-03-05T07:08:00Z");
  }

  // ---------------------------------------------------------------- rejections

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "2024-7",
        "2024-7-31",
        "2024-07-1",
        "2024-02-30",
        "2023-02-29",
        "2024-13",
        "2024-00",
        "2024-07-00",
        "2024-07-32",
        "24",
        "024",
        "0000",
        "12024",
        "+2024",
        "-2024",
        "+12024-01-01",
        "2024-07-31T10:00",
        "2024-07-31T10:00:00",
        "2024 ",
        " 2024",
        "2024-07-31T10:00Z ",
        "2024\n",
        "2024-07-31T24:00Z",
        "2024-07-31T10:60Z",
        "2024-07-31T10:00:60Z",
        "2024-07-31T10Z",
        "2024-07-31T1:00Z",
        "2024-07-31T10:00.5Z",
        "2024-07-31T10:00:00.Z",
        "2024-07-31T10:00:00.1234567890Z",
        "2024-07-31T10:00:00,5Z",
        "2024-07-31t10:00Z",
        "2024-07-31T10:00z",
        "2024-07-31 10:00Z",
        "2024-07-31T10:00+0530",
        "2024-07-31T10:00+05",
        "2024-07-31T10:00+5:30",
        "2024-07-31T10:00+05:30:00",
        "2024-07-31T10:00+19:00",
        "2024-07-31T10:00+18:30",
        "2024-07-31T10:00+05:60",
        "2024-07-31T10:00:00+05:30[Asia/Kolkata]",
        "2024-07-31T10:00UTC",
        "2024-W31",
        "2024-213",
        "20240731",
        "2024/07/31",
        "\uff12\uff10\uff12\uff14",
        "\u0662\u0660\u0662\u0664",
      })
  void rejectsTextOutsideTheAcceptedForms(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessageStartingWith("Cannot parse partial date \"")
        .hasMessageEndingWith(ACCEPTED);
  }

  @Test
  void rejectsMonthWithoutLeadingZeroNamingTheText() {
    assertThatThrownBy(() -> PartialDate.parse("2024-7"))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessage("Cannot parse partial date \"2024-7\"" + ACCEPTED);
  }

  @Test
  void rejectsImpossibleCalendarDateKeepingTheCause() {
    DateTimeParseException e =
        catchThrowableOfType(DateTimeParseException.class, () -> PartialDate.parse("2024-02-30"));

    assertThat(e).hasMessage("Cannot parse partial date \"2024-02-30\"" + ACCEPTED);
    assertThat(e.getCause()).isInstanceOf(DateTimeException.class);
    assertThat(e.getParsedString()).isEqualTo("2024-02-30");
    assertThat(e.getErrorIndex()).isZero();
  }

  @Test
  void rejectsDateTimeWithoutOffset() {
    assertThatThrownBy(() -> PartialDate.parse("2024-07-31T10:00"))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessage("Cannot parse partial date \"2024-07-31T10:00\"" + ACCEPTED);
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> PartialDate.parse(""))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessage("Cannot parse partial date \"\"" + ACCEPTED);
  }

  @Test
  void rejectsNullText() {
    assertThatNullPointerException().isThrownBy(() -> PartialDate.parse(null)).withMessage("text");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharactersInTheMessage() {
    assertThatThrownBy(() -> PartialDate.parse("a\"b\\c\nd\te\u0000\u00e9"))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessage("Cannot parse partial date \"a\\\"b\\\\c\\nd\\te\\u0000\\u00e9\"" + ACCEPTED);
  }

  @Test
  void truncatesLongInputInTheMessage() {
    String text = "x".repeat(1_000);

    DateTimeParseException e =
        catchThrowableOfType(DateTimeParseException.class, () -> PartialDate.parse(text));

    assertThat(e.getMessage())
        .hasSizeLessThan(200)
        .isEqualTo(
            "Cannot parse partial date \""
                + "x".repeat(40)
                + "\"... (truncated, 1000 chars)"
                + ACCEPTED);
    assertThat(e.getParsedString()).hasSize(40);
  }

  @Test
  void truncatesBeforeSplittingAnEscapeSequence() {
    // Each é escapes to six characters: six of them fit into 40, a seventh would not.
    String text = "\u00e9".repeat(30);

    assertThatThrownBy(() -> PartialDate.parse(text))
        .hasMessage(
            "Cannot parse partial date \""
                + "\\u00e9".repeat(6)
                + "\"... (truncated, 30 chars)"
                + ACCEPTED);
  }

  @Test
  void doesNotTruncateInputOfExactlyFortyCharacters() {
    String text = "y".repeat(40);

    assertThatThrownBy(() -> PartialDate.parse(text))
        .hasMessage("Cannot parse partial date \"" + text + "\"" + ACCEPTED);
  }

  // ---------------------------------------------------------------- factories

  @Test
  void factoriesProduceTheSameValuesAsParsing() {
    assertThat(PartialDate.ofYear(2024)).isEqualTo(PartialDate.parse("2024"));
    assertThat(PartialDate.ofYearMonth(2024, 7)).isEqualTo(PartialDate.parse("2024-07"));
    assertThat(PartialDate.ofDate(LocalDate.of(2024, 7, 31)))
        .isEqualTo(PartialDate.parse("2024-07-31"));
    OffsetDateTime dateTime =
        OffsetDateTime.of(2024, 7, 31, 18, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(PartialDate.ofDateTime(dateTime))
        .isEqualTo(PartialDate.parse("2024-07-31T18:30+05:30"));
    assertThat(PartialDate.ofDateTime(dateTime).dateTime()).contains(dateTime);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000, Integer.MIN_VALUE})
  void ofYearRejectsYearOutOfRange(int year) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofYear(year))
        .withMessage("year (" + year + ") must be between 1 and 9999");
  }

  @Test
  void ofYearAcceptsTheBoundaryYears() {
    assertThat(PartialDate.ofYear(1).year()).isEqualTo(1);
    assertThat(PartialDate.ofYear(9999).year()).isEqualTo(9999);
  }

  @Test
  void ofYearMonthRejectsMonthOutOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofYearMonth(2024, 13))
        .withMessage("month (13) must be between 1 and 12");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofYearMonth(2024, 0))
        .withMessage("month (0) must be between 1 and 12");
  }

  @Test
  void ofYearMonthRejectsYearOutOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofYearMonth(0, 1))
        .withMessage("year (0) must be between 1 and 9999");
  }

  @Test
  void ofDateRejectsNullAndYearsOutOfRange() {
    assertThatNullPointerException().isThrownBy(() -> PartialDate.ofDate(null)).withMessage("date");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofDate(LocalDate.of(10_000, 1, 1)))
        .withMessage("year (10000) must be between 1 and 9999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofDate(LocalDate.of(0, 12, 31)))
        .withMessage("year (0) must be between 1 and 9999");
  }

  @Test
  void ofDateTimeRejectsNullAndYearsOutOfRange() {
    assertThatNullPointerException()
        .isThrownBy(() -> PartialDate.ofDateTime(null))
        .withMessage("dateTime");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PartialDate.ofDateTime(OffsetDateTime.of(-5, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)))
        .withMessage("year (-5) must be between 1 and 9999");
  }

  @Test
  void ofDateTimeRejectsOffsetWithSeconds() {
    ZoneOffset offset = ZoneOffset.ofHoursMinutesSeconds(5, 30, 15);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PartialDate.ofDateTime(OffsetDateTime.of(2024, 7, 31, 0, 0, 0, 0, offset)))
        .withMessage("offset (+05:30:15) must be a whole number of minutes");
  }

  // ---------------------------------------------------------------- intervals

  @ParameterizedTest
  @CsvSource({
    "2024, 2024-01-01T00:00:00Z, 2025-01-01T00:00:00Z",
    "2024-07, 2024-07-01T00:00:00Z, 2024-08-01T00:00:00Z",
    "2024-02, 2024-02-01T00:00:00Z, 2024-03-01T00:00:00Z",
    "2023-02, 2023-02-01T00:00:00Z, 2023-03-01T00:00:00Z",
    "2024-12, 2024-12-01T00:00:00Z, 2025-01-01T00:00:00Z",
    "2024-07-31, 2024-07-31T00:00:00Z, 2024-08-01T00:00:00Z",
    "9999, 9999-01-01T00:00:00Z, +10000-01-01T00:00:00Z",
    "9999-12, 9999-12-01T00:00:00Z, +10000-01-01T00:00:00Z",
    "9999-12-31, 9999-12-31T00:00:00Z, +10000-01-01T00:00:00Z",
    "0001, 0001-01-01T00:00:00Z, 0002-01-01T00:00:00Z",
    "2024-07-31T18:30:00+05:30, 2024-07-31T13:00:00Z, 2024-07-31T13:00:00Z",
    "2024-07-31T13:00:00.5Z, 2024-07-31T13:00:00.5Z, 2024-07-31T13:00:00.5Z",
  })
  void coversHalfOpenUtcInterval(String text, String start, String end) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.intervalStart()).isEqualTo(Instant.parse(start));
    assertThat(date.intervalEnd()).isEqualTo(Instant.parse(end));
  }

  @Test
  void leapYearFebruaryEndsOnFirstOfMarch() {
    assertThat(PartialDate.ofYearMonth(2024, 2).intervalEnd())
        .isEqualTo(LocalDate.of(2024, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  @Test
  void lastYearEndsAtStartOfYearTenThousand() {
    assertThat(PartialDate.ofYear(9999).intervalEnd())
        .isEqualTo(LocalDate.of(10_000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  // ---------------------------------------------------------------- isBefore / isAfter

  @ParameterizedTest(name = "{0} before {1}: {2}, after: {3}")
  @CsvSource({
    // a,                               b,                                a before b, a after b
    "2024-07-31,                        2024-08-01,                       true,  false",
    "2024-08-01,                        2024-07-31,                       false, true",
    "2024-07-31,                        2024-07-31,                       false, false",
    "2024-07-31,                        2024-07-31T12:00Z,                false, false",
    "2024-07-31T12:00Z,                 2024-07-31,                       false, false",
    "2024-07,                           2024-07-15,                       false, false",
    "2024-07-15,                        2024-07,                          false, false",
    "2024-07,                           2024-08,                          true,  false",
    "2024-07,                           2024-08-01,                       true,  false",
    "2024-07,                           2024-07-31,                       false, false",
    "2024,                              2025-01,                          true,  false",
    "2024,                              2024-12-31,                       false, false",
    "2023,                              2024,                             true,  false",
    "2025,                              2024,                             false, true",
    // a period's end is exclusive: the instant at its end is already after it
    "2024-07-31,                        2024-08-01T00:00Z,                true,  false",
    "2024-08-01T00:00Z,                 2024-07-31,                       false, true",
    // an instant at a period's start lies inside the period
    "2024-08-01T00:00Z,                 2024-08-01,                       false, false",
    "2024-08-01,                        2024-08-01T00:00Z,                false, false",
    "2024-07-31T23:59:59.999999999Z,    2024-08-01,                       true,  false",
    // instants
    "2024-07-31T12:00Z,                 2024-07-31T12:00Z,                false, false",
    "2024-07-31T12:00Z,                 2024-07-31T17:30+05:30,           false, false",
    "2024-07-31T12:00Z,                 2024-07-31T12:00:00.000000001Z,   true,  false",
    "2024-07-31T12:00Z,                 2024-07-31T11:00-02:00,           true,  false",
    "2024-07-31T12:00:00.000000001Z,    2024-07-31T12:00Z,                false, true",
    // dates are UTC periods, so a late local evening west of UTC falls on the next UTC day
    "2024-07-31T23:00-05:00,            2024-08-01,                       false, false",
    "2024-07-31T23:00-05:00,            2024-07-31,                       false, true",
  })
  void ordersNonOverlappingValuesOnly(String a, String b, boolean aBeforeB, boolean aAfterB) {
    PartialDate first = PartialDate.parse(a);
    PartialDate second = PartialDate.parse(b);

    assertThat(first.isBefore(second)).as("%s isBefore %s", a, b).isEqualTo(aBeforeB);
    assertThat(first.isAfter(second)).as("%s isAfter %s", a, b).isEqualTo(aAfterB);
    assertThat(second.isAfter(first)).as("%s isAfter %s", b, a).isEqualTo(aBeforeB);
    assertThat(second.isBefore(first)).as("%s isBefore %s", b, a).isEqualTo(aAfterB);
    if (aBeforeB) {
      // Being entirely before implies sorting before.
      assertThat(first.compareTo(second)).as("%s compareTo %s", a, b).isNegative();
    }
  }

  @Test
  void rejectsNullComparands() {
    PartialDate date = PartialDate.ofYear(2024);

    assertThatNullPointerException().isThrownBy(() -> date.isBefore(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> date.isAfter(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> date.compareTo(null)).withMessage("other");
  }

  // ---------------------------------------------------------------- natural order

  @Test
  void sortsByIntervalStartThenEndThenText() {
    List<String> expected =
        List.of(
            "0001",
            "2023-12-31T23:59:59.999999999Z",
            "2024-01-01T00:00:00Z",
            "2024-01-01T05:30:00+05:30", // same instant as above, tie broken by text
            "2024-01-01",
            "2024-01",
            "2024",
            "2024-01-01T00:00:00.5Z",
            "2024-01-02",
            "2024-02",
            "2024-02-29",
            "2024-03",
            "2024-02-29T23:00:00-05:00", // 2024-03-01T04:00Z
            "2025",
            "9999-12-31",
            "9999-12-31T23:59:59.999999999-18:00");
    List<PartialDate> dates =
        expected.stream().map(PartialDate::parse).collect(Collectors.toList());

    for (long seed = 1; seed <= 5; seed++) {
      List<PartialDate> shuffled = new ArrayList<>(dates);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(shuffled).as("shuffle with seed %s", seed).isNotEqualTo(dates);

      Collections.sort(shuffled);

      assertThat(shuffled).extracting(PartialDate::toString).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void sortsNarrowerIntervalFirstWhenStartsCoincide() {
    assertThat(PartialDate.parse("2024-01").compareTo(PartialDate.parse("2024"))).isNegative();
    assertThat(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01"))).isPositive();
    assertThat(PartialDate.parse("2024-01-01").compareTo(PartialDate.parse("2024-01")))
        .isNegative();
  }

  @Test
  void comparesConsistentlyWithEquals() {
    PartialDate utc = PartialDate.parse("2024-07-31T13:00:00Z");
    PartialDate india = PartialDate.parse("2024-07-31T18:30:00+05:30");

    assertThat(utc.intervalStart()).isEqualTo(india.intervalStart());
    assertThat(utc.compareTo(india)).isNegative();
    assertThat(india.compareTo(utc)).isPositive();
    assertThat(utc.compareTo(PartialDate.parse("2024-07-31T13:00Z"))).isZero();
  }

  // ---------------------------------------------------------------- equals / hashCode

  @Test
  void equalValuesHaveEqualHashCodes() {
    PartialDate a = PartialDate.parse("2024-07-31T13:00Z");
    PartialDate b = PartialDate.parse("2024-07-31T13:00:00.000Z");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(PartialDate.parse("2024-07"))
        .isEqualTo(PartialDate.ofYearMonth(2024, 7))
        .hasSameHashCodeAs(PartialDate.ofYearMonth(2024, 7));
  }

  @Test
  void sameInstantWithDifferentOffsetsIsNotEqual() {
    assertThat(PartialDate.parse("2024-07-31T13:00:00Z"))
        .isNotEqualTo(PartialDate.parse("2024-07-31T18:30:00+05:30"));
  }

  @Test
  void sameStartWithDifferentPrecisionIsNotEqual() {
    PartialDate year = PartialDate.parse("2024");
    PartialDate month = PartialDate.parse("2024-01");
    PartialDate day = PartialDate.parse("2024-01-01");
    PartialDate instant = PartialDate.parse("2024-01-01T00:00Z");

    assertThat(year).isNotEqualTo(month).isNotEqualTo(day).isNotEqualTo(instant);
    assertThat(month).isNotEqualTo(day).isNotEqualTo(instant);
    assertThat(day).isNotEqualTo(instant);
    assertThat(year.firstDay()).isEqualTo(month.firstDay()).isEqualTo(day.firstDay());
  }

  @Test
  void isNotEqualToNullOrOtherTypes() {
    PartialDate year = PartialDate.parse("2024");

    assertThat(year.equals(null)).isFalse();
    assertThat(year.equals("2024")).isFalse();
    assertThat(year.equals(PartialDate.ofYear(2024))).isTrue();
  }
}
