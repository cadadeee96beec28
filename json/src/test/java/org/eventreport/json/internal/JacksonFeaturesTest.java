package org.eventreport.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.eventreport.Report;
import org.eventreport.json.CloseRecordingInputStream;
import org.eventreport.json.CloseRecordingOutputStream;
import org.eventreport.json.JsonLimits;
import org.eventreport.json.RandomReports;
import org.eventreport.json.ReportFormatException;
import org.eventreport.json.ReportFormatException.Problem;
import org.eventreport.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Jackson setting the format relies on, pinned on the mapper {@link Mappers} builds, and for
 * each the behaviour that would change if a Jackson default drifted.
 */
class JacksonFeaturesTest {
  private static final String PREFIX =
      "{\"id\":\"r\",\"published\":\"2024\",\"language\":\"en\",\"events\":[{\"id\":\"e\","
          + "\"category\":\"protest\",\"size\":{\"low\":";
  private static final String SUFFIX = "}}]}";

  private final JsonMapper mapper = Mappers.create(JsonLimits.defaults(), false);

  @Test
  void everyAllowFeatureOfJsonReadFeatureIsDisabled() {
    List<JsonReadFeature> allows =
        Arrays.stream(JsonReadFeature.values())
            .filter(feature -> feature.name().startsWith("ALLOW_"))
            .toList();

    assertThat(allows)
        .contains(
            JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS,
            JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_RS_CONTROL_CHAR);
    for (JsonReadFeature feature : allows) {
      assertThat(mapper.isEnabled(feature)).as(feature.name()).isFalse();
    }
  }

  @Test
  void lenientMapperHasTheSameJsonSyntax() {
    JsonMapper lenient = Mappers.create(JsonLimits.defaults(), true);

    for (JsonReadFeature feature : JsonReadFeature.values()) {
      assertThat(lenient.isEnabled(feature))
          .as(feature.name())
          .isEqualTo(mapper.isEnabled(feature));
    }
  }

  @Test
  void streamFeaturesAreSetForTheBindingAndForCallersStreams() {
    assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isFalse();
    assertThat(mapper.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)).isFalse();
    assertThat(mapper.isEnabled(StreamReadFeature.AUTO_CLOSE_SOURCE)).isFalse();
    assertThat(mapper.isEnabled(StreamWriteFeature.AUTO_CLOSE_TARGET)).isFalse();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).isFalse();
  }

  @Test
  void parsersTheMapperCreatesHaveTheMappersStreamFeatures() {
    try (JsonParser parser = mapper.createParser(new byte[] {'{', '}'})) {
      assertThat(parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isFalse();
      assertThat(parser.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)).isFalse();
      assertThat(parser.isEnabled(StreamReadFeature.AUTO_CLOSE_SOURCE)).isFalse();
    }
  }

  @Test
  void streamReadConstraintsAreTheDefaultLimitsWithoutAJacksonDocumentLimit() {
    StreamReadConstraints constraints = mapper.tokenStreamFactory().streamReadConstraints();

    assertThat(constraints.getMaxNestingDepth()).isEqualTo(64);
    assertThat(constraints.getMaxStringLength()).isEqualTo(1_000_000);
    // Jackson counts names in UTF-8 bytes (up to 3 per UTF-16 unit); the binding checks exactly.
    assertThat(constraints.getMaxNameLength()).isEqualTo(3_000);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(100);
    // ReportJson counts document bytes itself, exactly and per NDJSON line.
    assertThat(constraints.hasMaxDocumentLength()).isFalse();
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(-1);
  }

  @Test
  void streamReadConstraintsFollowCustomLimits() {
    JsonLimits limits =
        JsonLimits.builder()
            .maxDepth(7)
            .maxStringLength(321)
            .maxNameLength(54)
            .maxNumberLength(21)
            .maxDocumentBytes(4_321)
            .build();

    StreamReadConstraints constraints =
        Mappers.create(limits, true).tokenStreamFactory().streamReadConstraints();

    assertThat(constraints.getMaxNestingDepth()).isEqualTo(7);
    assertThat(constraints.getMaxStringLength()).isEqualTo(321);
    assertThat(constraints.getMaxNameLength()).isEqualTo(162);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(21);
    assertThat(constraints.hasMaxDocumentLength()).isFalse();
    assertThat(Mappers.options(limits, true))
        .isEqualTo(new ReadOptions(true, 321, 54, 21))
        .isNotEqualTo(Mappers.options(limits, false));
  }

  @Test
  void errorReportsQuoteAtMostFortyCharactersOfATokenAndNoRawContent() {
    ErrorReportConfiguration errors = mapper.tokenStreamFactory().errorReportConfiguration();

    assertThat(errors.getMaxErrorTokenLength()).isEqualTo(40);
    assertThat(errors.getMaxRawContentLength()).isZero();
  }

  static Stream<Arguments> nonStandardJson() {
    String expectedValue =
        "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or"
            + " 'false')";
    return Stream.of(
        Arguments.of(
            "ALLOW_JAVA_COMMENTS (block)",
            "/* c */ 1",
            "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized"
                + " as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"),
        Arguments.of(
            "ALLOW_JAVA_COMMENTS (line)",
            "// c\n1",
            "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized"
                + " as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"),
        Arguments.of(
            "ALLOW_YAML_COMMENTS",
            "# c\n1",
            "Unexpected character ('#' (code 35)): " + expectedValue),
        Arguments.of(
            "ALLOW_SINGLE_QUOTES", "'1'", "Unexpected character (''' (code 39)): " + expectedValue),
        Arguments.of(
            "ALLOW_NON_NUMERIC_NUMBERS (NaN)",
            "NaN",
            "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to"
                + " allow"),
        Arguments.of(
            "ALLOW_NON_NUMERIC_NUMBERS (-Infinity)",
            "-Infinity",
            "Non-standard token '-Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"
                + " to allow"),
        Arguments.of(
            "ALLOW_LEADING_ZEROS_FOR_NUMBERS",
            "01",
            "Invalid numeric value: Leading zeroes not allowed"),
        Arguments.of(
            "ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS",
            "+1",
            "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow"
                + " numbers to have plus signs: enable"
                + " `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow"),
        Arguments.of(
            "ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS",
            ".5",
            "Unexpected character ('.' (code 46)): " + expectedValue),
        Arguments.of(
            "ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS",
            "1.",
            "Unexpected character ('}' (code 125)) in numeric value: Decimal point not followed"
                + " by a digit"),
        Arguments.of(
            "ALLOW_HEXADECIMAL_NUMBERS",
            "0x10",
            "Unexpected character ('x' (code 120)): hexadecimal number literals require enabling"
                + " `JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`"),
        Arguments.of(
            "ALLOW_MISSING_VALUES",
            "[1,,2]",
            "Unexpected character (',' (code 44)): expected a value"),
        Arguments.of(
            "ALLOW_TRAILING_COMMA",
            "[1,]",
            "Unexpected character (']' (code 93)): expected a value"),
        Arguments.of(
            "ALLOW_UNESCAPED_CONTROL_CHARS",
            "\"a\tb\"",
            "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash"
                + " to be included in string value"),
        Arguments.of(
            "ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER",
            "\"\\a\"",
            "Unrecognized character escape 'a' (code 97)"),
        Arguments.of(
            "ALLOW_RS_CONTROL_CHAR",
            "\u001e1",
            "Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t)"
                + " is allowed between tokens (consider enabling"
                + " `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow use of Record Separators"
                + " (..."));
  }

  /**
   * The value of {@code size.low} is not RFC 8259 JSON: malformed in both modes, although the
   * binding would refuse most of these values as the wrong type anyway.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("nonStandardJson")
  void nonStandardJsonIsMalformedInBothModes(String feature, String value, String reason) {
    for (ReportJson json : List.of(ReportJson.strict(), ReportJson.lenient())) {
      assertThatThrownBy(() -> json.read(PREFIX + value + SUFFIX))
          .as("%s with %s", feature, json)
          .isInstanceOfSatisfying(
              ReportFormatException.class,
              e -> {
                assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
                assertThat(e.reason()).isEqualTo(reason);
              });
    }
  }

  @Test
  void unquotedNameIsMalformed() {
    assertThatThrownBy(
            () ->
                ReportJson.lenient().read("{\"id\":\"r\",\"published\":\"2024\",language:\"en\"}"))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
              assertThat(e.reason())
                  .isEqualTo(
                      "Unexpected character ('l' (code 108)): was expecting double-quote to start"
                          + " property name");
            });
  }

  @Test
  void longUnrecognizedTokenIsQuotedCutToFortyCharacters() {
    String token = "true" + "x".repeat(100);

    assertThatThrownBy(() -> ReportJson.strict().read(PREFIX + token + SUFFIX))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(
                        "Unrecognized token '"
                            + token.substring(0, 40)
                            + "...': was expecting (JSON String, Number, Array, Object or token"
                            + " 'null', 'true' or 'false')"));
  }

  @Test
  void jacksonMessagesNameNoSource() {
    assertThatThrownBy(() -> ReportJson.strict().read(PREFIX + "NaN" + SUFFIX))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> assertThat(e.getMessage()).doesNotContain("Source").doesNotContain("REDACTED"));
  }

  @Test
  void mapperReadingFailsOnTrailingTokens() {
    String report = ReportJson.strict().write(RandomReports.typical(new SplittableRandom(1)));

    assertThatThrownBy(() -> mapper.readValue(report + " {}", Report.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "Trailing token (`JsonToken.START_OBJECT`) found after value (bound as"
                + " `org.eventreport.Report`): not allowed as per"
                + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
  }

  @Test
  void mapperLeavesCallersStreamsOpen() throws IOException {
    Report report = RandomReports.typical(new SplittableRandom(2));
    CloseRecordingOutputStream out = new CloseRecordingOutputStream();
    mapper.writeValue(out, report);
    CloseRecordingInputStream in = new CloseRecordingInputStream(out.toByteArray());

    Report read = mapper.readValue(in, Report.class);

    assertThat(read).isEqualTo(report);
    assertThat(out.closed).as("output closed").isFalse();
    assertThat(in.closed).as("input closed").isFalse();
  }

  @Test
  void mapperWritesCompactJson() {
    String written = mapper.writeValueAsString(RandomReports.typical(new SplittableRandom(3)));

    assertThat(written).startsWith("{\"id\":\"r-0").doesNotContain("\n").doesNotContain(" : ");
  }

  @Test
  void jacksonModuleRouteGivesTheSameReportsAndBytesAsReportJson() {
    for (boolean lenient : new boolean[] {false, true}) {
      JsonMapper viaModule = Mappers.create(JsonLimits.defaults(), lenient);
      ReportJson json = ReportJson.strict().withLenient(lenient);
      for (int i = 0; i < 300; i++) {
        SplittableRandom random = new SplittableRandom(0xFEA7_0000L + i);
        Report report =
            lenient ? RandomReports.withExtensions(random) : RandomReports.report(random);
        byte[] bytes = json.writeBytes(report);

        assertThat(viaModule.writeValueAsBytes(report)).as("seed index %d", i).isEqualTo(bytes);
        assertThat(viaModule.writeValueAsString(report)).isEqualTo(json.write(report));
        assertThat(viaModule.readValue(bytes, Report.class))
            .as("seed index %d", i)
            .isEqualTo(json.read(bytes))
            .isEqualTo(report);
      }
    }
  }
}
