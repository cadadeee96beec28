package org.eventreport.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eventreport.PartialDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The fast path for simple partial dates agrees with {@link PartialDate#parse} on every input: the
 * same value when it gives one, and no value (so that {@code parse} words the error) otherwise.
 */
class SimpleDatesTest {
  @Test
  void agreesWithPartialDateParseOnEveryYear() {
    for (int year = 0; year <= 9999; year++) {
      assertAgrees(String.format("%04d", year));
    }
  }

  @Test
  void agreesWithPartialDateParseOnMonthsAndDays() {
    for (String year : new String[] {"0000", "0001", "1900", "2000", "2023", "2024", "9999"}) {
      for (int month = 0; month <= 13; month++) {
        assertAgrees(String.format("%s-%02d", year, month));
        for (int day = 0; day <= 32; day++) {
          assertAgrees(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
  }

  @Test
  void agreesWithPartialDateParseOnOddInput() {
    List<String> odd = new ArrayList<>();
    for (String text :
        new String[] {
          "",
          "2",
          "202",
          "20245",
          "+2024",
          "-024",
          " 2024",
          "2024 ",
          "20a4",
          "２０２４",
          "٢٠٢٤",
          "2024-1",
          "2024-1-01",
          "2024/01/01",
          "2024-01/01",
          "2024_01",
          "2024-0a",
          "2024-01-0a",
          "2024-01-01T00:00Z",
          "2024-02-29T23:59:59.123456789+05:30",
          "2024-01-01t00:00z",
          "0000-01-01T00:00Z",
          "2024-W01",
          "2024-001",
          "99999-01-01"
        }) {
      odd.add(text);
    }
    odd.forEach(SimpleDatesTest::assertAgrees);
  }

  private static void assertAgrees(String text) {
    PartialDate parsed = parseOrNull(text);
    PartialDate simple = SimpleDates.parse(text);
    if (simple != null) {
      assertThat(simple).as(text).isEqualTo(parsed);
      assertThat(simple.toString()).as(text).isEqualTo(text);
    } else if (parsed != null) {
      // Only date-times are left to PartialDate.parse among the valid values.
      assertThat(parsed.precision()).as(text).isEqualTo(PartialDate.Precision.DATE_TIME);
    }
  }

  private static @Nullable PartialDate parseOrNull(String text) {
    try {
      return PartialDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
