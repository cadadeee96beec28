package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eventreport.Event;
import org.eventreport.JsonNull;
import org.eventreport.Report;
import org.eventreport.json.ReportFormatException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strictness table: what each reading mode does with input that is not quite the format. One
 * test per row, each run strict and lenient; every refusal is checked for its problem, pointer,
 * line, column and whole message.
 *
 * <p>Documents start from {@link #TEMPLATE}, a report with one object of every type. It is written
 * with {@code '} for {@code "} and marks where each object's members begin ({@code <event>}) and
 * end ({@code </event>}); the marks are dropped from the JSON. Refused documents have a line break
 * after every comma, so that lines and columns are both exercised; where a refusal is expected is
 * found by searching the document for the offending text.
 */
class StrictnessTableTest {
  private static final String TEMPLATE =
      "{<report>'id':'r1','schemaVersion':'1.0','published':'2024-08-01','language':'en',"
          + "'body':'Thousands rallied in Kargil.',"
          + "'events':[{<event>'id':'e1','category':'protest','status':'occurred',"
          + "'time':{<time>'start':'2024-08-01'</time>},'location':'l1',"
          + "'participants':[{<participant>'actor':'a1','role':'participant'</participant>}],"
          + "'size':{<count>'low':1000</count>},"
          + "'relations':[{<relation>'type':'in_response_to','event':'e1'</relation>}],"
          + "'evidence':[{<span>'start':0,'end':9</span>}],"
          + "'codings':[{<coding>'scheme':'acled','code':'6'</coding>}]</event>}],"
          + "'actors':[{<actor>'id':'a1','name':'protesters','kind':'group'</actor>}],"
          + "'locations':[{<location>'id':'l1','name':'Kargil','kind':'district','country':'IN',"
          + "'coordinates':{<coordinates>'latitude':34.55,'longitude':76.13</coordinates>}"
          + "</location>}],"
          + "'quotes':[{<quote>'id':'q1','text':'Thousands','kind':'direct',"
          + "'span':{<quoteSpan>'start':0,'end':9</quoteSpan>}</quote>}]</report>}";

  private static final String UNKNOWN = "'x_extra':{'a':[1,2.50,null]}";
  private static final String ROLES =
      "organizer, leader, participant, speaker, author, addressee, target, victim, perpetrator,"
          + " supporter";
  private static final String STATUSES = "occurred, planned, threatened, hypothetical, denied";

  /** The two reading modes. */
  enum Mode {
    STRICT(ReportJson.strict()),
    LENIENT(ReportJson.lenient());

    final ReportJson json;

    Mode(ReportJson json) {
      this.json = json;
    }
  }

  /** Every object of the template: its mark, its pointer, its type and its extensions. */
  enum Level {
    REPORT("report", "", "Report", r -> r.extensions()),
    EVENT("event", "/events/0", "Event", r -> event(r).extensions()),
    TIME("time", "/events/0/time", "EventTime", r -> event(r).time().orElseThrow().extensions()),
    PARTICIPANT(
        "participant",
        "/events/0/participants/0",
        "Participation",
        r -> event(r).participants().get(0).extensions()),
    COUNT("count", "/events/0/size", "Count", r -> event(r).size().orElseThrow().extensions()),
    RELATION(
        "relation",
        "/events/0/relations/0",
        "EventRelation",
        r -> event(r).relations().get(0).extensions()),
    SPAN("span", "/events/0/evidence/0", "TextSpan", r -> event(r).evidence().get(0).extensions()),
    CODING("coding", "/events/0/codings/0", "Coding", r -> event(r).codings().get(0).extensions()),
    ACTOR("actor", "/actors/0", "Actor", r -> r.actors().get(0).extensions()),
    LOCATION("location", "/locations/0", "Location", r -> r.locations().get(0).extensions()),
    COORDINATES(
        "coordinates",
        "/locations/0/coordinates",
        "Coordinates",
        r -> r.locations().get(0).coordinates().orElseThrow().extensions()),
    QUOTE("quote", "/quotes/0", "Quote", r -> r.quotes().get(0).extensions()),
    QUOTE_SPAN(
        "quoteSpan",
        "/quotes/0/span",
        "TextSpan",
        r -> r.quotes().get(0).span().orElseThrow().extensions());

    final String mark;
    final String pointer;
    final String type;
    final Function<Report, Map<String, Object>> extensions;

    Level(
        String mark,
        String pointer,
        String type,
        Function<Report, Map<String, Object>> extensions) {
      this.mark = mark;
      this.pointer = pointer;
      this.type = type;
      this.extensions = extensions;
    }

    private static Event event(Report report) {
      return report.events().get(0);
    }
  }

  static Stream<Arguments> everyLevelInBothModes() {
    return Arrays.stream(Mode.values())
        .flatMap(mode -> Arrays.stream(Level.values()).map(level -> Arguments.of(mode, level)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void templateReadsAndWritesBackUnchanged(Mode mode) {
    String json = json(TEMPLATE);

    assertThat(mode.json.write(mode.json.read(multiLine(json)))).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("everyLevelInBothModes")
  void unknownMemberIsRefusedStrictlyAndKeptLenientlyAfterTheKnownOnesAtEveryLevel(
      Mode mode, Level level) {
    String doc = multiLine(withFirst(level.mark, UNKNOWN));

    if (mode == Mode.STRICT) {
      assertRefused(
          mode,
          doc,
          Problem.UNKNOWN_PROPERTY,
          level.pointer + "/x_extra",
          doc.indexOf("\"x_extra\""),
          "unknown property \"x_extra\" of " + level.type);
    } else {
      Report report = mode.json.read(doc);

      assertThat(level.extensions.apply(report))
          .containsExactly(
              Map.entry(
                  "x_extra",
                  Map.of("a", Arrays.asList(1, new BigDecimal("2.50"), JsonNull.INSTANCE))));
      assertThat(mode.json.write(report)).isEqualTo(withLast(level.mark, UNKNOWN));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void duplicateKnownMemberIsRefusedAtItsSecondOccurrence(Mode mode) {
    String root = multiLine(withFirst("report", "'language':'de'"));
    assertRefused(
        mode,
        root,
        Problem.DUPLICATE_PROPERTY,
        "/language",
        root.indexOf("\"language\":\"en\""),
        "duplicate property \"language\"");

    String nested = multiLine(withFirst("count", "'low':5"));
    assertRefused(
        mode,
        nested,
        Problem.DUPLICATE_PROPERTY,
        "/events/0/size/low",
        nested.indexOf("\"low\":1000"),
        "duplicate property \"low\"");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void duplicateUnknownMemberIsRefusedAsUnknownStrictlyAndAsDuplicateLeniently(Mode mode) {
    String doc = multiLine(withFirst("event", "'x_extra':1,'x_extra':2"));

    if (mode == Mode.STRICT) {
      assertRefused(
          mode,
          doc,
          Problem.UNKNOWN_PROPERTY,
          "/events/0/x_extra",
          doc.indexOf("\"x_extra\":1"),
          "unknown property \"x_extra\" of Event");
    } else {
      assertRefused(
          mode,
          doc,
          Problem.DUPLICATE_PROPERTY,
          "/events/0/x_extra",
          doc.indexOf("\"x_extra\":2"),
          "duplicate property \"x_extra\"");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void duplicateInsideAnUnknownObjectIsRefusedWithItsPointer(Mode mode) {
    String object = multiLine(withFirst("quote", "'x_extra':{'a':{'b':1,'b':2}}"));
    String array = multiLine(withFirst("quote", "'x_extra':[{'b':1},{'b':2,'b':3}]"));

    if (mode == Mode.STRICT) {
      for (String doc : new String[] {object, array}) {
        assertRefused(
            mode,
            doc,
            Problem.UNKNOWN_PROPERTY,
            "/quotes/0/x_extra",
            doc.indexOf("\"x_extra\""),
            "unknown property \"x_extra\" of Quote");
      }
    } else {
      assertRefused(
          mode,
          object,
          Problem.DUPLICATE_PROPERTY,
          "/quotes/0/x_extra/a/b",
          object.indexOf("\"b\":2"),
          "duplicate property \"b\"");
      assertRefused(
          mode,
          array,
          Problem.DUPLICATE_PROPERTY,
          "/quotes/0/x_extra/1/b",
          array.indexOf("\"b\":3"),
          "duplicate property \"b\"");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void stringForNumberIsWrongType(Mode mode) {
    String low = multiLine(replacing("'low':1000", "'low':'12'"));
    assertRefused(
        mode,
        low,
        Problem.WRONG_TYPE,
        "/events/0/size/low",
        low.indexOf("\"12\""),
        "expected an integer, got the string \"12\"");
    assertThatThrownBy(() -> mode.json.read(low))
        .hasMessage(
            "/events/0/size/low: expected an integer, got the string \"12\" (line 13, column 15)");

    String latitude = multiLine(replacing("'latitude':34.55", "'latitude':'34.55'"));
    assertRefused(
        mode,
        latitude,
        Problem.WRONG_TYPE,
        "/locations/0/coordinates/latitude",
        latitude.indexOf("\"34.55\""),
        "expected a number, got the string \"34.55\"");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void floatForIntegerIsWrongTypeEvenWithoutAFraction(Mode mode) {
    for (String number : new String[] {"1.5", "1.0", "1e3"}) {
      String doc = multiLine(replacing("'low':1000", "'low':" + number));
      assertRefused(
          mode,
          doc,
          Problem.WRONG_TYPE,
          "/events/0/size/low",
          doc.indexOf(number + "}"),
          "expected an integer, got the number \"" + number + "\"");
    }
    String start = multiLine(replacing("<span>'start':0", "'start':0.0"));
    assertRefused(
        mode,
        start,
        Problem.WRONG_TYPE,
        "/events/0/evidence/0/start",
        start.indexOf("0.0"),
        "expected an integer, got the number \"0.0\"");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void numberForEnumIsWrongType(Mode mode) {
    String doc = multiLine(replacing("'role':'participant'", "'role':0"));

    assertRefused(
        mode,
        doc,
        Problem.WRONG_TYPE,
        "/events/0/participants/0/role",
        doc.indexOf("\"role\":0") + "\"role\":".length(),
        "expected one of " + ROLES + ", got the number \"0\"");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nullForARequiredValueIsWrongType(Mode mode) {
    String id = multiLine(replacing("'id':'e1'", "'id':null"));
    assertRefused(
        mode,
        id,
        Problem.WRONG_TYPE,
        "/events/0/id",
        id.indexOf("null"),
        "expected a string, got null");

    String published = multiLine(replacing("'published':'2024-08-01'", "'published':null"));
    assertRefused(
        mode,
        published,
        Problem.WRONG_TYPE,
        "/published",
        published.indexOf("null"),
        "expected a string, got null");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nullForAnOptionalValueIsWrongTypeNotAbsent(Mode mode) {
    String location = multiLine(replacing("'location':'l1'", "'location':null"));
    assertRefused(
        mode,
        location,
        Problem.WRONG_TYPE,
        "/events/0/location",
        location.indexOf("null"),
        "expected a string, got null");

    String time = multiLine(replacing("{<time>'start':'2024-08-01'</time>}", "null"));
    assertRefused(
        mode,
        time,
        Problem.WRONG_TYPE,
        "/events/0/time",
        time.indexOf("null"),
        "expected an object (EventTime), got null");

    String codings =
        multiLine(replacing("[{<coding>'scheme':'acled','code':'6'</coding>}]", "null"));
    assertRefused(
        mode,
        codings,
        Problem.WRONG_TYPE,
        "/events/0/codings",
        codings.indexOf("null"),
        "expected an array, got null");

    String status = multiLine(replacing("'status':'occurred'", "'status':null"));
    assertRefused(
        mode,
        status,
        Problem.WRONG_TYPE,
        "/events/0/status",
        status.indexOf("null"),
        "expected one of " + STATUSES + ", got null");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void booleanForStringIsWrongType(Mode mode) {
    String name = multiLine(replacing("'name':'protesters'", "'name':true"));
    assertRefused(
        mode,
        name,
        Problem.WRONG_TYPE,
        "/actors/0/name",
        name.indexOf("true"),
        "expected a string, got true");

    String body = multiLine(replacing("'body':'Thousands rallied in Kargil.'", "'body':false"));
    assertRefused(
        mode,
        body,
        Problem.WRONG_TYPE,
        "/body",
        body.indexOf("false"),
        "expected a string, got false");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void trailingValueIsTrailingContentAndTrailingGarbageIsMalformed(Mode mode) {
    String report = multiLine(json(TEMPLATE));

    String object = report + " {}";
    assertRefused(
        mode,
        object,
        Problem.TRAILING_CONTENT,
        "",
        object.lastIndexOf('{'),
        "more content after the first JSON value");

    String array = report + "\n[]";
    assertRefused(
        mode,
        array,
        Problem.TRAILING_CONTENT,
        "",
        array.lastIndexOf('['),
        "more content after the first JSON value");

    String garbage = report + " x";
    assertRefused(
        mode,
        garbage,
        Problem.MALFORMED_JSON,
        "",
        garbage.lastIndexOf('x'),
        "Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token"
            + " 'null', 'true' or 'false')");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emptyInputIsMalformedAtLineOneColumnOne(Mode mode) {
    assertRefused(
        mode, "", Problem.MALFORMED_JSON, "", 0, "no JSON value: the input is empty or blank");
    assertThatThrownBy(() -> mode.json.read(new byte[0]))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "(root): no JSON value: the input is empty or blank (line 1, column 1)");
            });
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void whitespaceOnlyInputIsMalformedWhereTheInputEnds(Mode mode) {
    String blank = " \n\t \r\n  ";

    assertRefused(
        mode,
        blank,
        Problem.MALFORMED_JSON,
        "",
        blank.length(),
        "no JSON value: the input is empty or blank");
    assertThatThrownBy(() -> mode.json.read(blank))
        .hasMessage("(root): no JSON value: the input is empty or blank (line 3, column 3)");
  }

  /**
   * A UTF-8 byte order mark before the document is ignored, as RFC 8259 allows; anywhere else it is
   * malformed. Columns count its three bytes; a stray mark is pointed at by its last byte, as
   * Jackson does for every character it refuses.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void leadingByteOrderMarkIsIgnoredAndCountedInColumns(Mode mode) {
    String json = json(TEMPLATE);
    Report expected = mode.json.read(json);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    assertThat(mode.json.read(concat(bom, json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
    assertThat(mode.json.read("\uFEFF" + json)).isEqualTo(expected);

    assertRefused(
        mode, "\uFEFF[]", Problem.NOT_A_REPORT, "", 1, 4, "expected a report object, got an array");
    assertRefused(
        mode,
        " \uFEFF" + json,
        Problem.MALFORMED_JSON,
        "",
        1,
        4,
        "Unexpected character ('\\ufeff' (code 65279 / 0xfeff)): expected a valid value (JSON"
            + " String, Number, Array, Object or token 'null', 'true' or 'false')");
    assertRefused(
        mode,
        "\uFEFF\uFEFF" + json,
        Problem.MALFORMED_JSON,
        "",
        1,
        6,
        "Unexpected character ('\\ufeff' (code 65279 / 0xfeff)): expected a valid value (JSON"
            + " String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0", "1.1", "1.0.0"})
  void schemaVersionOfMajorOneIsAcceptedAndKept(String version) {
    for (Mode mode : Mode.values()) {
      String json =
          json(TEMPLATE.replace("'schemaVersion':'1.0'", "'schemaVersion':'" + version + "'"));

      Report report = mode.json.read(json);

      assertThat(report.schemaVersion()).as(mode.name()).isEqualTo(version);
      assertThat(mode.json.write(report)).as(mode.name()).isEqualTo(json);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "10.0", "0.9", "", "1x"})
  void schemaVersionOfAnotherMajorIsRefused(String version) {
    for (Mode mode : Mode.values()) {
      String doc =
          multiLine(replacing("'schemaVersion':'1.0'", "'schemaVersion':'" + version + "'"));

      assertRefused(
          mode,
          doc,
          Problem.INVALID_VALUE,
          "/schemaVersion",
          doc.indexOf("\"" + version + "\""),
          "unsupported schemaVersion \"" + version + "\"; this library reads 1.0");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void schemaVersionAsANumberIsWrongType(Mode mode) {
    String doc = multiLine(replacing("'schemaVersion':'1.0'", "'schemaVersion':1.0"));

    assertRefused(
        mode,
        doc,
        Problem.WRONG_TYPE,
        "/schemaVersion",
        doc.indexOf("1.0"),
        "expected a string, got the number \"1.0\"");
  }

  /** Asserts that {@code doc} is refused, at the line and column of its index {@code at}. */
  private static void assertRefused(
      Mode mode, String doc, Problem problem, String pointer, int at, String reason) {
    assertThat(at).as("index of the offending text in the document").isNotNegative();
    String before = doc.substring(0, at);
    long line = before.chars().filter(c -> c == '\n').count() + 1;
    int column = at - (before.lastIndexOf('\n') + 1) + 1;
    assertRefused(mode, doc, problem, pointer, line, column, reason);
  }

  private static void assertRefused(
      Mode mode,
      String doc,
      Problem problem,
      String pointer,
      long line,
      int column,
      String reason) {
    assertThatThrownBy(() -> mode.json.read(doc))
        .as("%s reading %s", mode, doc)
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> {
              assertThat(e.problem()).as("problem").isEqualTo(problem);
              assertThat(e.pointer()).as("pointer").isEqualTo(pointer);
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.column()).as("column").isEqualTo(column);
              assertThat(e.reason()).as("reason").isEqualTo(reason);
              assertThat(e.getMessage())
                  .isEqualTo(
                      (pointer.isEmpty() ? "(root)" : pointer)
                          + ": "
                          + reason
                          + " (line "
                          + line
                          + ", column "
                          + column
                          + ")");
            });
  }

  /** The template as JSON, with {@code member} first in the object marked {@code mark}. */
  private static String withFirst(String mark, String member) {
    return json(TEMPLATE.replace("<" + mark + ">", member + ","));
  }

  /** The template as JSON, with {@code member} last in the object marked {@code mark}. */
  private static String withLast(String mark, String member) {
    return json(TEMPLATE.replace("</" + mark + ">", "," + member));
  }

  /** The template as JSON, with {@code text} (which it must hold) replaced. */
  private static String replacing(String text, String replacement) {
    assertThat(TEMPLATE).contains(text);
    return json(TEMPLATE.replace(text, replacement));
  }

  private static String json(String template) {
    return template.replaceAll("</?[A-Za-z]+>", "").replace('\'', '"');
  }

  /** The same JSON with a line break after every comma (the template's text has none). */
  private static String multiLine(String json) {
    return json.replace(",", ",\n");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
