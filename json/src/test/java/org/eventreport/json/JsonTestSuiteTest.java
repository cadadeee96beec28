package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventreport.json.ReportFormatException.Problem.DUPLICATE_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.INVALID_VALUE;
import static org.eventreport.json.ReportFormatException.Problem.LIMIT_EXCEEDED;
import static org.eventreport.json.ReportFormatException.Problem.MALFORMED_JSON;
import static org.eventreport.json.ReportFormatException.Problem.MISSING_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.NOT_A_REPORT;
import static org.eventreport.json.ReportFormatException.Problem.TRAILING_CONTENT;
import static org.eventreport.json.ReportFormatException.Problem.UNKNOWN_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.WRONG_TYPE;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eventreport.Report;
import org.eventreport.json.ReportFormatException.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader against JSONTestSuite (nst/JSONTestSuite, vendored under {@code
 * src/test/resources/JSONTestSuite}): no {@code y_} file is called malformed, every {@code n_} file
 * is, and every {@code i_} file has the outcome pinned in {@code i-outcomes.csv}. None of the files
 * is a report, so every read ends in a {@link ReportFormatException}; the problem tells whether the
 * reader judged the syntax ({@code MALFORMED_JSON}) or the content.
 *
 * <p>Each file is also read as the value of an unknown member of a minimal report in lenient mode,
 * where the value is kept in {@code extensions}: there a {@code y_} value gives a report.
 */
class JsonTestSuiteTest {
  private static final Duration PER_FILE = Duration.ofSeconds(1);

  /** What a well-formed document that is not a report may be refused as. */
  private static final Set<Problem> CONTENT_PROBLEMS =
      EnumSet.of(
          NOT_A_REPORT,
          WRONG_TYPE,
          INVALID_VALUE,
          UNKNOWN_PROPERTY,
          DUPLICATE_PROPERTY,
          MISSING_PROPERTY);

  /**
   * The {@code n_} files that may be refused as something other than {@code MALFORMED_JSON}, and
   * why. Every other {@code n_} file must be {@code MALFORMED_JSON}.
   */
  private static final Map<String, Set<Problem>> N_FILES_ALSO_ALLOWED =
      Map.of(
          // Unclosed nesting far deeper than the depth limit: the limit is met before the end.
          "n_structure_100000_opening_arrays.json", EnumSet.of(LIMIT_EXCEEDED),
          "n_structure_open_array_object.json", EnumSet.of(LIMIT_EXCEEDED),
          // One complete value and more content after it: the format's own category for that.
          "n_structure_double_array.json", EnumSet.of(TRAILING_CONTENT),
          "n_structure_object_with_trailing_garbage.json", EnumSet.of(TRAILING_CONTENT));

  /** The {@code y_} files whose value the format refuses even inside a lenient report. */
  private static final Map<String, Problem> Y_FILES_REFUSED_AS_VALUES =
      Map.of(
          "y_object_duplicated_key.json", DUPLICATE_PROPERTY,
          "y_object_duplicated_key_and_value.json", DUPLICATE_PROPERTY);

  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  private static final Map<String, AtomicInteger> READS = new LinkedHashMap<>();

  enum Mode {
    STRICT(ReportJson.strict()),
    LENIENT(ReportJson.lenient());

    final ReportJson json;

    Mode(ReportJson json) {
      this.json = json;
    }
  }

  static Stream<Arguments> yFiles() {
    return withModes("y_");
  }

  static Stream<Arguments> nFiles() {
    return withModes("n_");
  }

  static Stream<Arguments> iFiles() {
    return withModes("i_");
  }

  private static Stream<Arguments> withModes(String prefix) {
    return SuiteResources.suiteFiles(prefix).stream()
        .flatMap(file -> Stream.of(Mode.values()).map(mode -> Arguments.of(file, mode)));
  }

  static List<String> yFileNames() {
    return SuiteResources.suiteFiles("y_");
  }

  static List<String> nFileNames() {
    return SuiteResources.suiteFiles("n_");
  }

  static List<String> iFileNames() {
    return SuiteResources.suiteFiles("i_");
  }

  @Test
  void suiteIsVendoredComplete() {
    assertThat(yFileNames()).hasSize(95);
    assertThat(nFileNames()).hasSize(188);
    assertThat(iFileNames()).hasSize(35);
    assertThat(SuiteResources.bytes(SuiteResources.SUITE + "LICENSE")).isNotEmpty();
    assertThat(
            new String(
                SuiteResources.bytes(SuiteResources.SUITE + "SOURCE.txt"), StandardCharsets.UTF_8))
        .contains("nst/JSONTestSuite");
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("yFiles")
  void wellFormedFileIsNotCalledMalformed(String file, Mode mode) {
    Object outcome = read(file, mode.json, SuiteResources.suiteFile(file));

    // No file of the suite is a report; a well-formed one is refused for its content.
    assertThat(outcome).as("%s %s", mode, file).isExactlyInstanceOf(ReportFormatException.class);
    assertThat(problemOf(outcome)).as(describe(file, mode, outcome)).isIn(CONTENT_PROBLEMS);
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("nFiles")
  void malformedFileIsRefusedAsMalformed(String file, Mode mode) {
    Object outcome = read(file, mode.json, SuiteResources.suiteFile(file));

    assertThat(outcome).as("%s %s", mode, file).isExactlyInstanceOf(ReportFormatException.class);
    Set<Problem> allowed = EnumSet.of(MALFORMED_JSON);
    allowed.addAll(N_FILES_ALSO_ALLOWED.getOrDefault(file, Set.of()));
    assertThat(problemOf(outcome)).as(describe(file, mode, outcome)).isIn(allowed);
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("iFiles")
  void implementationDefinedFileHasItsPinnedOutcome(String file, Mode mode) {
    String pinned = pinnedOutcomes().get(file);
    assertThat(pinned).as("row of %s in i-outcomes.csv", file).isNotNull();

    Object outcome = read(file, mode.json, SuiteResources.suiteFile(file));

    assertThat(outcome).as("%s %s", mode, file).isExactlyInstanceOf(ReportFormatException.class);
    assertThat(verdict(outcome)).as(describe(file, mode, outcome)).isEqualTo(pinned);
  }

  @Test
  void everyImplementationDefinedFileHasExactlyOnePinnedRow() {
    List<String> rows = pinnedRows();
    List<String> pinnedFiles = rows.stream().map(row -> row.split(",", 3)[0]).toList();

    assertThat(pinnedFiles).doesNotHaveDuplicates();
    assertThat(pinnedFiles).containsExactlyInAnyOrderElementsOf(iFileNames());
    assertThat(rows)
        .allSatisfy(
            row -> {
              String[] columns = row.split(",", 3);
              assertThat(columns).hasSize(3);
              assertThat(columns[1]).isIn("accepted-syntax", "MALFORMED_JSON");
              assertThat(columns[2]).as("reason of %s", columns[0]).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yFileNames")
  void wellFormedValueIsKeptAsAnExtensionOfALenientReport(String file) {
    Object outcome = read(file, ReportJson.lenient(), asExtensionValue(file));

    Problem refused = Y_FILES_REFUSED_AS_VALUES.get(file);
    if (refused == null) {
      assertThat(outcome).as(describe(file, Mode.LENIENT, outcome)).isInstanceOf(Report.class);
      assertThat(((Report) outcome).extensions()).containsKey("x");
    } else {
      assertThat(outcome).as(file).isExactlyInstanceOf(ReportFormatException.class);
      assertThat(problemOf(outcome)).as(describe(file, Mode.LENIENT, outcome)).isEqualTo(refused);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nFileNames")
  void malformedValueInsideALenientReportIsRefusedAsMalformed(String file) {
    Object outcome = read(file, ReportJson.lenient(), asExtensionValue(file));

    assertThat(outcome).as(file).isExactlyInstanceOf(ReportFormatException.class);
    Set<Problem> allowed = EnumSet.of(MALFORMED_JSON);
    if (N_FILES_ALSO_ALLOWED.getOrDefault(file, Set.of()).contains(LIMIT_EXCEEDED)) {
      allowed.add(LIMIT_EXCEEDED);
    }
    assertThat(problemOf(outcome)).as(describe(file, Mode.LENIENT, outcome)).isIn(allowed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("iFileNames")
  void implementationDefinedValueInsideALenientReportHasTheSameSyntaxVerdict(String file) {
    byte[] content = SuiteResources.suiteFile(file);
    // A byte order mark is skipped only at the start of a document; inside one it is malformed.
    String expected = startsWith(content, UTF8_BOM) ? "MALFORMED_JSON" : pinnedOutcomes().get(file);

    Object outcome = read(file, ReportJson.lenient(), asExtensionValue(file));

    assertThat(verdict(outcome)).as(describe(file, Mode.LENIENT, outcome)).isEqualTo(expected);
  }

  /** The documented contract behind the pinned UTF-16 rows of {@code i-outcomes.csv}. */
  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void reportEncodedOtherThanUtf8IsRefusedAsMalformed(String charset) {
    String golden = new String(SuiteResources.golden(), StandardCharsets.UTF_8);
    byte[] encoded = golden.getBytes(Charset.forName(charset));
    byte[] withBom = ("\ufeff" + golden).getBytes(Charset.forName(charset));

    for (byte[] document : List.of(encoded, withBom)) {
      Object outcome = read(charset, ReportJson.strict(), document);

      assertThat(outcome)
          .as("%s gave %s", charset, outcome.getClass().getSimpleName())
          .isExactlyInstanceOf(ReportFormatException.class);
      assertThat(problemOf(outcome))
          .as(describe(charset, Mode.STRICT, outcome))
          .isEqualTo(MALFORMED_JSON);
    }
  }

  @AfterAll
  static void printSummary() {
    System.out.printf(
        "JSONTestSuite: %d y_, %d n_, %d i_ files; reads %s%n",
        yFileNames().size(), nFileNames().size(), iFileNames().size(), READS);
  }

  /**
   * Reads {@code document}, within {@link #PER_FILE}: a report or the {@link
   * ReportFormatException}. Anything else thrown (a {@link StackOverflowError}, a Jackson type)
   * fails the test.
   */
  private static Object read(String file, ReportJson json, byte[] document) {
    String kind = file.matches("[yni]_.*") ? file.substring(0, 2) : "other";
    synchronized (READS) {
      READS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }
    return assertTimeoutPreemptively(
        PER_FILE,
        () -> {
          try {
            return json.read(document);
          } catch (ReportFormatException e) {
            return e;
          }
        },
        () -> file + " took longer than " + PER_FILE);
  }

  private static Problem problemOf(Object outcome) {
    return ((ReportFormatException) outcome).problem();
  }

  /** The file, the mode and the outcome, with the message cut short, for failure messages. */
  private static String describe(String file, Mode mode, Object outcome) {
    String result =
        outcome instanceof ReportFormatException e
            ? e.problem() + " " + e.getMessage()
            : outcome.getClass().getSimpleName();
    return mode + " " + file + " gave " + result.substring(0, Math.min(300, result.length()));
  }

  /** {@code MALFORMED_JSON}, or {@code accepted-syntax} for a report or any other problem. */
  private static String verdict(Object outcome) {
    return outcome instanceof ReportFormatException e && e.problem() == MALFORMED_JSON
        ? "MALFORMED_JSON"
        : "accepted-syntax";
  }

  /** {@code {"id":"r",...,"x":<the file's bytes>}}. */
  private static byte[] asExtensionValue(String file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        (SuiteResources.MINIMAL_REPORT_START + ",\"x\":").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(SuiteResources.suiteFile(file));
    out.write('}');
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<String> pinnedRows() {
    String csv =
        new String(
            SuiteResources.bytes("/org/eventreport/json/i-outcomes.csv"), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines.get(0)).isEqualTo("file,outcome,reason");
    return lines.subList(1, lines.size());
  }

  private static Map<String, String> pinnedOutcomes() {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (String row : pinnedRows()) {
      String[] columns = row.split(",", 3);
      outcomes.put(columns[0], columns[1]);
    }
    return outcomes;
  }
}
