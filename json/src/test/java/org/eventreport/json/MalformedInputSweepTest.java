package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;
import static org.eventreport.json.ReportFormatException.Problem.DUPLICATE_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.LIMIT_EXCEEDED;
import static org.eventreport.json.ReportFormatException.Problem.MALFORMED_JSON;
import static org.eventreport.json.ReportFormatException.Problem.UNKNOWN_PROPERTY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eventreport.Report;
import org.eventreport.json.ReportFormatException.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Damaged copies of the golden report document, and documents at and just past every limit: every
 * read ends in a report or a {@link ReportFormatException}, never in any other throwable, and the
 * problem is the one the damage calls for. Every limit is exact: a value of the limit is accepted,
 * one more is {@code LIMIT_EXCEEDED}, for byte, text and stream input alike.
 */
class MalformedInputSweepTest {
  /** Bytes written over single positions of the golden document. */
  private static final byte[] BAD_BYTES = {
    '"', '{', '}', '[', ']', ',', ':', '\\', 0x00, 0x7f, (byte) 0xff, (byte) 0xc3, 'x', '0', ' '
  };

  /** The bad byte written over every position; the others go over every 9th. */
  private static final byte[] AT_EVERY_POSITION = {'"'};

  /** Bytes that are malformed wherever they stand in this (ASCII) document. */
  private static final byte[] NEVER_WELL_FORMED = {0x00, (byte) 0xff, (byte) 0xc3};

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final AtomicLong CASES = new AtomicLong();

  private static byte[] golden;
  private static Report goldenReport;

  /** How a document reaches the reader. */
  enum Input {
    BYTES,
    STRING,
    STREAM;

    Report read(ReportJson json, byte[] document) {
      return switch (this) {
        case BYTES -> json.read(document);
        case STRING -> json.read(new String(document, StandardCharsets.UTF_8));
        case STREAM -> {
          try {
            yield json.read(new ByteArrayInputStream(document));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }
  }

  private static long startNanos;
  private static long startCpuNanos;

  @BeforeAll
  static void loadGolden() {
    golden = SuiteResources.golden();
    goldenReport = SuiteResources.goldenReport();
    startNanos = System.nanoTime();
    startCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  @AfterAll
  static void printCount() {
    System.out.printf(
        "MalformedInputSweepTest: %d cases in %.1f s (%.1f s CPU of this thread)%n",
        CASES.get(),
        (System.nanoTime() - startNanos) / 1e9,
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpuNanos) / 1e9);
  }

  // (a) truncation

  @Test
  void everyTruncationIsMalformedUntilTheReportIsComplete() {
    long cases = truncations(ReportJson.strict(), 1) + truncations(ReportJson.lenient(), 7);

    assertThat(cases).isGreaterThanOrEqualTo(golden.length + golden.length / 7);
  }

  /** Reads the golden document cut at every {@code step}th length; returns how many reads. */
  private static long truncations(ReportJson json, int step) {
    int complete = lastIndexOf(golden, (byte) '}') + 1;
    long before = CASES.get();
    for (int length = 0; length < golden.length; length += step) {
      int cut = length;
      Supplier<String> label = () -> json + " truncated to " + cut + " bytes";
      Object outcome = read(json, Input.BYTES, Arrays.copyOf(golden, length), label);

      if (length >= complete) {
        // Only the final newline is missing: the report is whole.
        expect(goldenReport.equals(outcome), label, outcome);
      } else if (length == 0) {
        // Empty input; its problem is pinned by JsonTestSuiteTest (n_structure_no_data.json).
        expect(outcome instanceof ReportFormatException, label, outcome);
      } else {
        expect(problemOf(outcome) == MALFORMED_JSON, label, outcome);
      }
    }
    return CASES.get() - before;
  }

  // (b) single bytes overwritten

  @Test
  void everySingleByteOverwriteEndsInAReportOrAFormatException() {
    long cases = 0;
    for (int v = 0; v < BAD_BYTES.length; v++) {
      int step = contains(AT_EVERY_POSITION, BAD_BYTES[v]) ? 1 : 9;
      // Different residues for different bytes, so that together they cover every position.
      cases += overwrites(ReportJson.strict(), BAD_BYTES[v], v % step, step);
    }

    System.out.printf("single-byte overwrites, strict: %d cases%n", cases);
    assertThat(cases).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void everySingleByteOverwriteReadLenientlyEndsInAReportOrAFormatException() {
    long cases = 0;
    for (int v = 0; v < BAD_BYTES.length; v++) {
      cases += overwrites(ReportJson.lenient(), BAD_BYTES[v], (v * 7) % 29, 29);
    }

    System.out.printf("single-byte overwrites, lenient: %d cases%n", cases);
    assertThat(cases).isGreaterThanOrEqualTo(BAD_BYTES.length * (golden.length / 29L) * 9 / 10);
  }

  /**
   * Writes {@code bad} over every {@code step}th byte of the golden document from {@code start},
   * one at a time, and reads each copy; returns how many reads.
   */
  private static long overwrites(ReportJson json, byte bad, int start, int step) {
    long before = CASES.get();
    for (int position = start; position < golden.length; position += step) {
      if (golden[position] == bad) {
        continue;
      }
      byte[] damaged = golden.clone();
      damaged[position] = bad;
      int at = position;
      Supplier<String> label = () -> json + " " + describeOverwrite(at, bad);

      Object outcome = read(json, Input.BYTES, damaged, label);

      if (contains(NEVER_WELL_FORMED, bad)) {
        expect(problemOf(outcome) == MALFORMED_JSON, label, outcome);
      } else {
        expect(
            outcome instanceof Report || outcome instanceof ReportFormatException, label, outcome);
      }
    }
    return CASES.get() - before;
  }

  // (c) duplicate members

  static Stream<Arguments> duplicatedMembers() {
    JsonNode tree = TREES.readTree(golden());
    List<Arguments> cases = new ArrayList<>();
    collectObjects(
        tree,
        "",
        (pointer, object) -> {
          for (String name : object.propertyNames()) {
            for (boolean atEnd : new boolean[] {false, true}) {
              cases.add(Arguments.of(pointer, name, atEnd));
            }
          }
        });
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}/{1} again at end: {2}")
  @MethodSource("duplicatedMembers")
  void memberGivenTwiceIsADuplicateAtItsExactPointer(String object, String name, boolean atEnd) {
    JsonNode tree = TREES.readTree(golden);
    String again =
        TREES.writeValueAsString(name)
            + ":"
            + TREES.writeValueAsString(valueAt(tree, object, name));
    String document = withInserted(tree, object, atEnd ? null : name, again);
    String pointer = object + "/" + escapePointer(name);

    for (ReportJson json : List.of(ReportJson.strict(), ReportJson.lenient())) {
      String label = json + " " + pointer;
      Object outcome = read(json, Input.BYTES, document.getBytes(StandardCharsets.UTF_8), label);

      assertProblem(outcome, DUPLICATE_PROPERTY, label);
      assertThat(((ReportFormatException) outcome).pointer()).as(label).isEqualTo(pointer);
    }
  }

  static Stream<String> objectPointers() {
    List<String> pointers = new ArrayList<>();
    collectObjects(TREES.readTree(golden()), "", (pointer, object) -> pointers.add(pointer));
    return pointers.stream();
  }

  @ParameterizedTest(name = "object \"{0}\"")
  @MethodSource("objectPointers")
  void unknownMemberGivenTwiceIsADuplicateWhenReadLeniently(String object) {
    String document = withInserted(TREES.readTree(golden), object, null, "\"zz\":{},\"zz\":[1]");
    byte[] bytes = utf8(document);
    String pointer = object + "/zz";

    Object lenient = read(ReportJson.lenient(), Input.BYTES, bytes, "lenient " + pointer);
    Object strict = read(ReportJson.strict(), Input.BYTES, bytes, "strict " + pointer);

    assertProblem(lenient, DUPLICATE_PROPERTY, pointer);
    assertThat(((ReportFormatException) lenient).pointer()).isEqualTo(pointer);
    assertProblem(strict, UNKNOWN_PROPERTY, pointer);
    assertThat(((ReportFormatException) strict).pointer()).isEqualTo(pointer);
  }

  @Test
  void duplicateInsideAnExtensionValueIsFoundAtItsEscapedPointer() {
    String document =
        SuiteResources.MINIMAL_REPORT_START
            + ",\"x\":{\"a\":[{\"b\":1}],\"c\":[0,{\"a/b~c\":1,\"a/b~c\":2}]}}";

    Object outcome = read(ReportJson.lenient(), Input.STRING, utf8(document), "extension");

    assertProblem(outcome, DUPLICATE_PROPERTY, "extension");
    assertThat(((ReportFormatException) outcome).pointer()).isEqualTo("/x/c/1/a~1b~0c");
  }

  // (d) nesting

  @ParameterizedTest
  @EnumSource(Input.class)
  void nestingOfExactlyTheDefaultDepthIsAcceptedAndOneMoreIsALimit(Input input) {
    assertDepthLimitIsExact(ReportJson.lenient(), 64, input);
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void nestingOfExactlyACustomDepthIsAcceptedAndOneMoreIsALimit(Input input) {
    ReportJson json = ReportJson.lenient().with(JsonLimits.builder().maxDepth(10).build());

    assertDepthLimitIsExact(json, 10, input);
  }

  private static void assertDepthLimitIsExact(ReportJson json, int maxDepth, Input input) {
    for (IntFunction<String> shape :
        List.<IntFunction<String>>of(
            MalformedInputSweepTest::nestedArrays, MalformedInputSweepTest::nestedObjects)) {
      String label = json + " depth " + maxDepth + " " + shape.apply(3);
      Object atLimit = read(json, input, utf8(shape.apply(maxDepth)), label);
      Object overLimit = read(json, input, utf8(shape.apply(maxDepth + 1)), label + " + 1");

      assertThat(atLimit).as(label).isInstanceOf(Report.class);
      assertThat(((Report) atLimit).extensions()).containsKey("x");
      assertProblem(overLimit, LIMIT_EXCEEDED, label + " + 1");
    }
  }

  @Test
  void goldenReportNeedsNoMoreThanTheSmallestDepthLimit() {
    ReportJson json = ReportJson.strict().with(JsonLimits.builder().maxDepth(5).build());

    assertThat(read(json, Input.BYTES, golden, "golden at maxDepth 5")).isEqualTo(goldenReport);
  }

  static Stream<Arguments> hundredThousandOpenings() {
    String arrays = "[".repeat(100_000);
    String objects = "{\"a\":".repeat(100_000);
    String inReport = SuiteResources.MINIMAL_REPORT_START + ",\"x\":";
    return Stream.of(
        Arguments.of("bare arrays", arrays),
        Arguments.of("bare objects", "{\"a\":" + objects),
        Arguments.of("arrays in a report", inReport + arrays),
        Arguments.of("objects in a report", inReport + objects),
        Arguments.of("closed arrays in a report", inReport + arrays + "]".repeat(100_000) + "}"),
        Arguments.of(
            "arrays in events", SuiteResources.MINIMAL_REPORT_START + ",\"events\":" + arrays));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hundredThousandOpenings")
  void hundredThousandOpeningBracketsAreAFormatExceptionNotAStackOverflow(
      String shape, String document) {
    for (ReportJson json : List.of(ReportJson.strict(), ReportJson.lenient())) {
      for (Input input : Input.values()) {
        Object outcome = read(json, input, utf8(document), json + " " + input + " " + shape);

        assertThat(outcome).as(shape).isExactlyInstanceOf(ReportFormatException.class);
      }
    }
  }

  @Test
  void depthLimitHasACeilingThatStillReadsSafely() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonLimits.builder().maxDepth(JsonLimits.MAX_DEPTH + 1))
        .withMessage("maxDepth (1001) must be at most 1000");
    // At the ceiling, nested unknown members are read without a StackOverflowError.
    ReportJson json =
        ReportJson.lenient().with(JsonLimits.builder().maxDepth(JsonLimits.MAX_DEPTH).build());
    int depth = JsonLimits.MAX_DEPTH - 1;
    String document =
        SuiteResources.MINIMAL_REPORT_START
            + ",\"x\":"
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "}";

    Object outcome = read(json, Input.BYTES, utf8(document), "999 arrays, maxDepth 1000");

    assertThat(outcome).isInstanceOf(Report.class);
  }

  // (e) lengths and sizes

  /** Strings of {@code n} UTF-16 units, written as JSON string content. */
  private static final Map<String, IntFunction<String>> STRINGS =
      Map.of(
          "ascii", n -> "b".repeat(n),
          "two-byte", n -> "\u00e9".repeat(n),
          "three-byte", n -> "\u20ac".repeat(n),
          "surrogate-pairs", n -> "\ud83d\ude00".repeat(n / 2) + "b".repeat(n % 2),
          "escapes", n -> "\\n".repeat(n));

  /** Numbers of {@code n} characters. */
  private static final Map<String, IntFunction<String>> NUMBERS =
      Map.of(
          "digits", n -> "1".repeat(n),
          "negative", n -> "-" + "1".repeat(n - 1),
          "fraction", n -> "1." + "1".repeat(n - 2),
          "negative-with-exponent", n -> "-1." + "1".repeat(n - 7) + "e-10");

  /** Member names of {@code n} UTF-16 units, written as JSON string content. */
  private static final Map<String, IntFunction<String>> NAMES =
      Map.of(
          "ascii", n -> "n".repeat(n),
          "two-byte", n -> "\u00e9".repeat(n),
          "three-byte", n -> "\u20ac".repeat(n),
          "surrogate-pairs", n -> "\ud83d\ude00".repeat(n / 2) + "n".repeat(n % 2),
          "escapes", n -> "\\u00e9".repeat(n));

  static Stream<Arguments> stringShapes() {
    return withInputs(STRINGS);
  }

  static Stream<Arguments> numberShapes() {
    return withInputs(NUMBERS);
  }

  static Stream<Arguments> nameShapes() {
    return withInputs(NAMES);
  }

  private static Stream<Arguments> withInputs(Map<String, IntFunction<String>> shapes) {
    return shapes.keySet().stream()
        .sorted()
        .flatMap(shape -> Stream.of(Input.values()).map(input -> Arguments.of(shape, input)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("stringShapes")
  void stringOfExactlyTheLimitIsAcceptedAndOneMoreIsALimit(String shape, Input input) {
    JsonLimits limits = JsonLimits.builder().maxStringLength(1000).build();
    IntFunction<String> string = STRINGS.get(shape);

    // The body of a strict report, and the value of an unknown member of a lenient one.
    assertLimitIsExact(
        ReportJson.strict().with(limits),
        input,
        n -> SuiteResources.MINIMAL_REPORT_START + ",\"body\":\"" + string.apply(n) + "\"}",
        1000,
        "body of " + shape);
    assertLimitIsExact(
        ReportJson.lenient().with(limits),
        input,
        n -> SuiteResources.MINIMAL_REPORT_START + ",\"zz\":[\"" + string.apply(n) + "\"]}",
        1000,
        "extension string of " + shape);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("numberShapes")
  void numberOfExactlyTheLimitIsAcceptedAndOneMoreIsALimit(String shape, Input input) {
    IntFunction<String> number = NUMBERS.get(shape);
    assertThat(number.apply(20)).hasSize(20);

    for (int limit : new int[] {100, 20}) {
      ReportJson json =
          ReportJson.lenient().with(JsonLimits.builder().maxNumberLength(limit).build());

      assertLimitIsExact(
          json,
          input,
          n -> SuiteResources.MINIMAL_REPORT_START + ",\"n\":" + number.apply(n) + "}",
          limit,
          "number of " + shape);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nameShapes")
  void nameOfExactlyTheLimitIsAcceptedAndOneMoreIsALimit(String shape, Input input) {
    IntFunction<String> name = NAMES.get(shape);

    for (int limit : new int[] {1000, 20}) {
      ReportJson json =
          ReportJson.lenient().with(JsonLimits.builder().maxNameLength(limit).build());

      assertLimitIsExact(
          json,
          input,
          n -> SuiteResources.MINIMAL_REPORT_START + ",\"" + name.apply(n) + "\":1}",
          limit,
          "name of " + shape);
    }
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void documentOfExactlyTheLimitIsAcceptedAndOneMoreByteIsALimit(Input input) {
    String nonAscii =
        SuiteResources.MINIMAL_REPORT_START
            + ",\"title\":\"Kargil \u2013 \u0915\u093e\ud83d\ude00\"}";
    for (byte[] document : List.of(golden, utf8(nonAscii))) {
      int size = document.length;
      ReportJson atLimit =
          ReportJson.strict().with(JsonLimits.builder().maxDocumentBytes(size).build());
      ReportJson belowLimit =
          ReportJson.strict().with(JsonLimits.builder().maxDocumentBytes(size - 1).build());

      Object accepted = read(atLimit, input, document, input + " " + size + " bytes at limit");
      Object refused = read(belowLimit, input, document, input + " " + size + " bytes, one over");

      assertThat(accepted).as("%s %d bytes", input, size).isInstanceOf(Report.class);
      assertProblem(refused, LIMIT_EXCEEDED, input + " " + size + " bytes, one over");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e2147483648",
        "1e-2147483649",
        "-1.5E+99999999999",
        "0.4e0066999999999999999",
        "123e-99999999999"
      })
  void numberWithAnExponentBeyondAnyDecimalIsAReportOrAFormatException(String number) {
    String document = SuiteResources.MINIMAL_REPORT_START + ",\"n\":[" + number + "]}";

    for (Input input : Input.values()) {
      Object outcome = read(ReportJson.lenient(), input, utf8(document), input + " " + number);

      assertThat(outcome).as(number).isInstanceOfAny(Report.class, ReportFormatException.class);
    }
  }

  private static void assertLimitIsExact(
      ReportJson json, Input input, IntFunction<String> document, int limit, String label) {
    Object atLimit = read(json, input, utf8(document.apply(limit)), label + " at " + limit);
    Object overLimit =
        read(json, input, utf8(document.apply(limit + 1)), label + " at " + (limit + 1));

    assertThat(atLimit)
        .as("%s %s of %d gave %s", input, label, limit, describe(atLimit))
        .isInstanceOf(Report.class);
    assertProblem(overLimit, LIMIT_EXCEEDED, input + " " + label + " of " + (limit + 1));
  }

  // helpers

  /**
   * Reads {@code document}: the report or the {@link ReportFormatException}. Any other throwable
   * fails with the case's label, so that it can be reproduced.
   */
  private static Object read(ReportJson json, Input input, byte[] document, String label) {
    return read(json, input, document, () -> label);
  }

  private static Object read(
      ReportJson json, Input input, byte[] document, Supplier<String> label) {
    CASES.incrementAndGet();
    try {
      return input.read(json, document);
    } catch (ReportFormatException e) {
      return e;
    } catch (Throwable other) {
      throw new AssertionError("case [" + label.get() + "] threw " + other, other);
    }
  }

  /** Fails with the case's label and outcome unless {@code expected}; cheap when it holds. */
  private static void expect(boolean expected, Supplier<String> label, Object outcome) {
    if (!expected) {
      fail("case [" + label.get() + "] gave " + describe(outcome));
    }
  }

  private static @Nullable Problem problemOf(Object outcome) {
    return outcome instanceof ReportFormatException e ? e.problem() : null;
  }

  private static String describe(Object outcome) {
    if (outcome instanceof ReportFormatException e) {
      String message = e.getMessage();
      return e.problem() + " " + message.substring(0, Math.min(300, message.length()));
    }
    return outcome.getClass().getSimpleName();
  }

  private static void assertProblem(Object outcome, Problem problem, String label) {
    assertThat(outcome)
        .as("%s gave %s", label, describe(outcome))
        .isExactlyInstanceOf(ReportFormatException.class);
    assertThat(problemOf(outcome)).as("%s gave %s", label, describe(outcome)).isEqualTo(problem);
  }

  private static String describeOverwrite(int position, byte bad) {
    int from = Math.max(0, position - 20);
    int to = Math.min(golden.length, position + 20);
    String context =
        new String(golden, from, to - from, StandardCharsets.UTF_8).replace("\n", "\\n");
    return String.format(
        "byte %d (0x%02x '%s') overwritten with 0x%02x near [%s]",
        position, golden[position], (char) golden[position], bad, context);
  }

  /** A minimal report with {@code "x"}: arrays nested so that the document has {@code depth}. */
  private static String nestedArrays(int depth) {
    int arrays = depth - 1; // the report object is the first level
    return SuiteResources.MINIMAL_REPORT_START
        + ",\"x\":"
        + "[".repeat(arrays)
        + "]".repeat(arrays)
        + "}";
  }

  /** A minimal report with {@code "x"}: objects nested so that the document has {@code depth}. */
  private static String nestedObjects(int depth) {
    int objects = depth - 1;
    return SuiteResources.MINIMAL_REPORT_START
        + ",\"x\":"
        + "{\"a\":".repeat(objects - 1)
        + "{}"
        + "}".repeat(objects - 1)
        + "}";
  }

  /** Visits every object of a tree with its JSON Pointer. */
  private static void collectObjects(
      JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
    if (node.isObject()) {
      visitor.accept(pointer, node);
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        collectObjects(member.getValue(), pointer + "/" + escapePointer(member.getKey()), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjects(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  /** The value of member {@code name} of the object at {@code pointer}. */
  private static JsonNode valueAt(JsonNode tree, String pointer, String name) {
    return tree.at(pointer).get(name);
  }

  /**
   * The tree as compact JSON with {@code members} (JSON text of one or more members) inserted into
   * the object at {@code target}: right after its member {@code after}, or after its last member
   * when {@code after} is null.
   */
  private static String withInserted(
      JsonNode tree, String target, @Nullable String after, String members) {
    StringBuilder out = new StringBuilder();
    write(out, tree, "", target, after, members);
    return out.toString();
  }

  private static void write(
      StringBuilder out,
      JsonNode node,
      String pointer,
      String target,
      @Nullable String after,
      String members) {
    if (node.isObject()) {
      boolean isTarget = pointer.equals(target);
      out.append('{');
      String separator = "";
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        out.append(separator).append(TREES.writeValueAsString(member.getKey())).append(':');
        String memberPointer = pointer + "/" + escapePointer(member.getKey());
        write(out, member.getValue(), memberPointer, target, after, members);
        if (isTarget && member.getKey().equals(after)) {
          out.append(',').append(members);
        }
        separator = ",";
      }
      if (isTarget && after == null) {
        out.append(separator).append(members);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(out, node.get(i), pointer + "/" + i, target, after, members);
      }
      out.append(']');
    } else {
      out.append(TREES.writeValueAsString(node));
    }
  }

  private static String escapePointer(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static byte[] golden() {
    return golden != null ? golden : SuiteResources.golden();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int lastIndexOf(byte[] bytes, byte b) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte each : bytes) {
      if (each == b) {
        return true;
      }
    }
    return false;
  }
}
