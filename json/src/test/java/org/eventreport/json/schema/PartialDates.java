package org.eventreport.json.schema;

/**
 * The text forms {@link org.eventreport.PartialDate#parse(CharSequence)} accepts, as one regular
 * expression that must match the whole value: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}
 * (with the real length of every month, 29 February only in leap years) and a date-time with {@code
 * Z} or an offset up to 18:00. Years run from 0001 to 9999. A test checks it against the parser.
 */
final class PartialDates {
  private static final String YEAR = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";
  private static final String MONTH = "(?:0[1-9]|1[0-2])";
  private static final String MONTH_DAY =
      "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
          + "|(?:0[13-9]|1[0-2])-(?:29|30)"
          + "|(?:0[13578]|1[02])-31)";
  private static final String LEAP_YEAR =
      "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
  private static final String DATE = "(?:" + YEAR + "-" + MONTH_DAY + "|" + LEAP_YEAR + "-02-29)";
  private static final String TIME =
      "T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";
  private static final String OFFSET = "(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))";

  /** The four forms. */
  static final String PATTERN =
      YEAR + "(?:-" + MONTH + ")?" + "|" + DATE + "(?:" + TIME + OFFSET + ")?";

  private PartialDates() {}
}
