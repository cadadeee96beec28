package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.eventreport.json.ReportFormatException.Problem.DUPLICATE_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.INVALID_VALUE;
import static org.eventreport.json.ReportFormatException.Problem.LIMIT_EXCEEDED;
import static org.eventreport.json.ReportFormatException.Problem.MALFORMED_JSON;
import static org.eventreport.json.ReportFormatException.Problem.UNKNOWN_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.WRONG_TYPE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.eventreport.json.ReportFormatException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link ReportFormatException}'s message quotes the input only as a short, escaped excerpt:
 * whatever the document holds (values and member names of 10,000 characters, control characters,
 * other scripts, bidi overrides, template syntax), the message is one short line of printable
 * ASCII, and the exception is exactly a {@code ReportFormatException} with no Jackson type in it.
 */
class ErrorMessagesTest {
  private static final int MAX_MESSAGE_LENGTH = 400;

  private static final String START = SuiteResources.MINIMAL_REPORT_START;
  private static final String LONG = "w".repeat(10_000);
  private static final String CONTROLS = "a\\u0000b\\u0007c\\u001b[31md\\u007fe\\u0085f";
  private static final String OTHER_SCRIPTS =
      "\u202e\u0915\u093e\u0930\u0917\u093f\u0932 \ud83d\ude00\u200b";
  private static final String TEMPLATE = "${1+1}";

  private static final ReportJson STRICT = ReportJson.strict();
  private static final ReportJson LENIENT = ReportJson.lenient();

  static Stream<Arguments> documents() {
    return Stream.of(
        // Unknown member names (strict), under and over the name limit.
        doc(
            "long unknown name",
            STRICT,
            START + ",\"" + "n".repeat(900) + "\":1}",
            UNKNOWN_PROPERTY),
        doc("very long unknown name", STRICT, START + ",\"" + LONG + "\":1}", LIMIT_EXCEEDED),
        doc(
            "unknown name with controls",
            STRICT,
            START + ",\"" + CONTROLS + "\":1}",
            UNKNOWN_PROPERTY),
        doc(
            "unknown name in other scripts",
            STRICT,
            START + ",\"" + OTHER_SCRIPTS + "\":1}",
            UNKNOWN_PROPERTY),
        doc(
            "unknown name with a template",
            STRICT,
            START + ",\"" + TEMPLATE + "\":1}",
            UNKNOWN_PROPERTY),
        doc(
            "long unknown nested name",
            STRICT,
            START + ",\"events\":[{\"" + "e".repeat(900) + "\":1}]}",
            UNKNOWN_PROPERTY),
        // Duplicate names (lenient keeps unknown members, so names can be long and nested).
        doc(
            "long duplicate name",
            LENIENT,
            START + ",\"" + "d".repeat(900) + "\":1,\"" + "d".repeat(900) + "\":2}",
            DUPLICATE_PROPERTY),
        doc(
            "duplicate name with controls",
            LENIENT,
            START + ",\"x\":{\"" + CONTROLS + "\":1,\"" + CONTROLS + "\":2}}",
            DUPLICATE_PROPERTY),
        doc(
            "duplicate deep under long names",
            LENIENT,
            START + ",\"x\":" + deepUnderLongNames() + "}",
            DUPLICATE_PROPERTY),
        doc(
            "very long name in an extension",
            LENIENT,
            START + ",\"x\":{\"" + LONG + "\":1}}",
            LIMIT_EXCEEDED),
        // Bad values.
        doc("long enum value", STRICT, event("\"" + LONG + "\""), INVALID_VALUE),
        doc("enum value with controls", STRICT, event("\"" + CONTROLS + "\""), INVALID_VALUE),
        doc(
            "enum value in other scripts",
            STRICT,
            event("\"" + OTHER_SCRIPTS + "\""),
            INVALID_VALUE),
        doc("enum value with a template", STRICT, event("\"" + TEMPLATE + "\""), INVALID_VALUE),
        doc("long string for a number", STRICT, coordinates("\"" + LONG + "\""), WRONG_TYPE),
        doc(
            "long number for a string",
            STRICT,
            START + ",\"title\":" + "9".repeat(10_000) + "}",
            LIMIT_EXCEEDED),
        doc(
            "long partial date",
            STRICT,
            START.replace("2024-08-01", "2024-" + LONG) + "}",
            INVALID_VALUE),
        doc(
            "partial date with controls",
            STRICT,
            START.replace("2024-08-01", CONTROLS) + "}",
            INVALID_VALUE),
        doc(
            "long schemaVersion",
            STRICT,
            START + ",\"schemaVersion\":\"2" + LONG + "\"}",
            INVALID_VALUE),
        doc("long integer", STRICT, span("9".repeat(99)), INVALID_VALUE),
        doc(
            "string over its limit",
            STRICT,
            START + ",\"body\":\"" + "b".repeat(1_000_001) + "\"}",
            LIMIT_EXCEEDED),
        // Malformed JSON.
        doc("long unquoted token", STRICT, START + ",\"title\":" + LONG + "}", MALFORMED_JSON),
        doc(
            "raw control characters",
            STRICT,
            START + ",\"title\":\"a\u0001\u001b[31mb\"}",
            MALFORMED_JSON),
        doc(
            "raw characters of another script",
            STRICT,
            START + ",\"title\":" + OTHER_SCRIPTS + "}",
            MALFORMED_JSON),
        doc(
            "template outside a string",
            STRICT,
            START + ",\"title\":" + TEMPLATE + "}",
            MALFORMED_JSON),
        doc("long garbage after the report", STRICT, START + "}" + LONG, MALFORMED_JSON),
        doc("bad escape", STRICT, START + ",\"title\":\"\\q" + LONG + "\"}", MALFORMED_JSON),
        Arguments.of(
            "invalid UTF-8",
            STRICT,
            concat(START + ",\"title\":\"", new byte[] {(byte) 0xc3, 0x28, (byte) 0xff}, "\"}"),
            MALFORMED_JSON),
        Arguments.of(
            "ISO-8859-1 name",
            STRICT,
            concat(START + ",\"", new byte[] {(byte) 0xe9, (byte) 0xe8}, "\":1}"),
            MALFORMED_JSON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void documentIsRefusedForTheIntendedProblem(
      String name, ReportJson json, byte[] document, Problem problem) {
    Throwable thrown = catchThrowable(() -> json.read(document));

    assertThat(thrown).isExactlyInstanceOf(ReportFormatException.class);
    assertThat(((ReportFormatException) thrown).problem()).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void messageIsOneShortLineOfPrintableAscii(String name, ReportJson json, byte[] document) {
    Throwable thrown = catchThrowable(() -> json.read(document));

    assertThat(thrown).isExactlyInstanceOf(ReportFormatException.class);
    assertShortPrintableAscii(thrown.getMessage());
  }

  private static void assertShortPrintableAscii(String message) {
    String start = message.substring(0, Math.min(200, message.length()));
    String shown = start.replaceAll("[^\\x20-\\x7e]", "?");
    assertThat(message.length())
        .as("length of the message %s...", shown)
        .isLessThan(MAX_MESSAGE_LENGTH);
    assertThat(message.chars().filter(c -> c < 0x20 || c > 0x7e).toArray())
        .as("characters other than printable ASCII in the message %s...", shown)
        .isEmpty();
  }

  /** The documents that are UTF-8, so that they can be given as text too. */
  static Stream<Arguments> textDocuments() {
    return documents()
        .filter(
            arguments -> {
              byte[] document = (byte[]) arguments.get()[2];
              String text = new String(document, StandardCharsets.UTF_8);
              return Arrays.equals(text.getBytes(StandardCharsets.UTF_8), document);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textDocuments")
  void messageForTextInputIsOneShortLineOfPrintableAsciiToo(
      String name, ReportJson json, byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);

    Throwable thrown = catchThrowable(() -> json.read(text));

    assertThat(thrown).isExactlyInstanceOf(ReportFormatException.class);
    assertShortPrintableAscii(thrown.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void noJacksonTypeIsExposed(String name, ReportJson json, byte[] document) {
    Throwable thrown = catchThrowable(() -> json.read(document));

    assertThat(thrown).isExactlyInstanceOf(ReportFormatException.class);
    for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
      assertThat(cause.getClass().getName()).doesNotStartWith("tools.jackson.");
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      assertThat(suppressed.getClass().getName()).doesNotStartWith("tools.jackson.");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void templateSyntaxIsQuotedVerbatimNeverEvaluated(String name, byte[] document) {
    Throwable thrown = catchThrowable(() -> STRICT.read(document));

    assertThat(thrown).isExactlyInstanceOf(ReportFormatException.class);
    assertThat(thrown.getMessage()).contains(TEMPLATE).doesNotContain("\"2\"");
  }

  @Test
  void columnCountsBytesOfTheUtf8InputForBytesAndText() {
    String document = START + ",\"title\":\"\u00e9\u00e9\u00e9\u20ac\",\"zz\":1}";
    int name = document.indexOf("\"zz\"");
    int byteColumn = utf8(document.substring(0, name)).length + 1;

    Throwable fromBytes = catchThrowable(() -> STRICT.read(utf8(document)));
    Throwable fromText = catchThrowable(() -> STRICT.read(document));

    assertThat(fromBytes).isExactlyInstanceOf(ReportFormatException.class);
    assertThat(fromText).isExactlyInstanceOf(ReportFormatException.class);
    assertThat(((ReportFormatException) fromBytes).column()).isEqualTo(byteColumn);
    assertThat(((ReportFormatException) fromText).column()).isEqualTo(byteColumn);
  }

  static Stream<Arguments> templates() {
    return Stream.of(
        Arguments.of("enum value", utf8(event("\"" + TEMPLATE + "\""))),
        Arguments.of("partial date", utf8(START.replace("2024-08-01", TEMPLATE) + "}")),
        Arguments.of("schemaVersion", utf8(START + ",\"schemaVersion\":\"" + TEMPLATE + "\"}")),
        Arguments.of("string for a number", utf8(coordinates("\"" + TEMPLATE + "\""))));
  }

  private static Arguments doc(String name, ReportJson json, String document, Problem problem) {
    return Arguments.of(name, json, utf8(document), problem);
  }

  private static String event(String category) {
    return START + ",\"events\":[{\"id\":\"e\",\"category\":" + category + "}]}";
  }

  private static String coordinates(String latitude) {
    return START
        + ",\"locations\":[{\"id\":\"l\",\"name\":\"n\",\"kind\":\"site\",\"country\":\"IN\","
        + "\"coordinates\":{\"latitude\":"
        + latitude
        + ",\"longitude\":1}}]}";
  }

  private static String span(String start) {
    return START
        + ",\"events\":[{\"id\":\"e\",\"category\":\"protest\",\"evidence\":[{\"start\":"
        + start
        + ",\"end\":1}]}]}";
  }

  /** Twenty objects nested under names of 900 characters, with a duplicate at the bottom. */
  private static String deepUnderLongNames() {
    StringBuilder out = new StringBuilder();
    for (int level = 0; level < 20; level++) {
      out.append("{\"").append(Character.toString('a' + level).repeat(900)).append("\":");
    }
    out.append("{\"d\":1,\"d\":2}");
    out.append("}".repeat(20));
    return out.toString();
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] start = utf8(before);
    byte[] end = utf8(after);
    byte[] all = new byte[start.length + middle.length + end.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(middle, 0, all, start.length, middle.length);
    System.arraycopy(end, 0, all, start.length + middle.length, end.length);
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
