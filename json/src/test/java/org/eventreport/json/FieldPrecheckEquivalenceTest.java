package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.eventreport.Report;
import org.eventreport.internal.FieldValidation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The field rules' fast path (a hand-written pre-check that skips Hibernate Validator when it
 * proves a report clean) gives exactly the violations of Hibernate Validator alone: same codes,
 * paths and messages, on thousands of generated valid reports and of reports with one to three
 * values anywhere replaced by a bad one. A failure names the seed that reproduces it.
 */
class FieldPrecheckEquivalenceTest {
  private static final long BASE_SEED = 0xF1E1_D5L;
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** Strings that break one field rule or another, and some that break none. */
  private static final List<JsonNode> BAD_STRINGS = badStrings();

  /** Numbers that break one field rule or another, and some that break none. */
  private static final List<JsonNode> BAD_NUMBERS = badNumbers();

  @Test
  void validReportsGetNoViolationOnEitherPath() {
    for (int i = 0; i < 1_200; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom random = new SplittableRandom(seed);
      Report report =
          switch (i % 4) {
            case 0 -> RandomReports.report(random);
            case 1 -> RandomReports.withExtensions(random);
            default -> RandomReports.typical(random);
          };
      assertThat(fastPath(report)).as("seed %d", seed).isEmpty();
      assertThat(hibernateValidatorOnly(report)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void reportsWithBadValuesGetTheSameViolationsOnBothPaths() {
    int compared = 0;
    int withFieldViolations = 0;
    for (int i = 0; compared < 3_000; i++) {
      long seed = BASE_SEED + 1_000_000 + i;
      SplittableRandom random = new SplittableRandom(seed);
      Report valid = i % 4 == 0 ? RandomReports.report(random) : RandomReports.typical(random);
      ObjectNode tree = (ObjectNode) TREES.readTree(ReportJson.strict().writeBytes(valid));
      List<Slot> slots = new ArrayList<>();
      collectSlots(tree, slots);
      for (int k = random.nextInt(1, 4); k > 0; k--) {
        Slot slot = slots.get(random.nextInt(slots.size()));
        // Same JSON type as the value replaced, so that most mutated documents are still reports.
        List<JsonNode> bad = slot.isNumber() ? BAD_NUMBERS : BAD_STRINGS;
        slot.set().accept(bad.get(random.nextInt(bad.size())));
      }
      Report report;
      try {
        report = ReportJson.strict().read(TREES.writeValueAsBytes(tree));
      } catch (ReportFormatException notTheFormat) {
        continue; // a number where a string goes, an unknown enum value, ...: not a report
      }
      List<String> hv = hibernateValidatorOnly(report);
      assertThat(fastPath(report)).as("seed %d", seed).isEqualTo(hv);
      compared++;
      withFieldViolations += hv.isEmpty() ? 0 : 1;
    }
    // The mutations must reach the slow path often, or this test would prove little.
    assertThat(withFieldViolations).isGreaterThan(1_000);
  }

  private static List<String> fastPath(Report report) {
    List<String> found = new ArrayList<>();
    FieldValidation.check(
        report, (code, path, message) -> found.add(code + " " + path + " " + message));
    found.sort(null);
    return found;
  }

  private static List<String> hibernateValidatorOnly(Report report) {
    List<String> found = new ArrayList<>();
    FieldValidation.checkWithHibernateValidator(
        report, (code, path, message) -> found.add(code + " " + path + " " + message));
    found.sort(null);
    return found;
  }

  /** Where a scalar value of the tree is, and whether it is a number. */
  private record Slot(boolean isNumber, Consumer<JsonNode> set) {}

  /** A slot for every scalar value of the tree: object members and array elements. */
  private static void collectSlots(JsonNode node, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      for (String name : object.propertyNames()) {
        JsonNode child = object.get(name);
        if (child.isValueNode()) {
          slots.add(new Slot(child.isNumber(), value -> object.set(name, value)));
        } else {
          collectSlots(child, slots);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        int index = i;
        if (child.isValueNode()) {
          slots.add(new Slot(child.isNumber(), value -> array.set(index, value)));
        } else {
          collectSlots(child, slots);
        }
      }
    }
  }

  private static List<JsonNode> badStrings() {
    List<JsonNode> values = new ArrayList<>();
    for (String text :
        new String[] {
          "",
          " ",
          "\u2003\t",
          "Bad Id",
          "-leading-dash",
          "x".repeat(65),
          "a".repeat(64),
          "Q0",
          "Q12",
          "q12",
          "Q" + "9".repeat(20),
          "ZZ",
          "fr",
          "FR",
          "ftp://example.org/x",
          "http://",
          "https://example.org/a?b=c",
          "not a url",
          "en_US!!",
          "zh-Hant-TW",
          "Acled",
          "1acled",
          "acled.v2",
          "ok-id.1_x",
          "plain text"
        }) {
      values.add(JsonNodeFactory.instance.stringNode(text));
    }
    return values;
  }

  private static List<JsonNode> badNumbers() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<JsonNode> values = new ArrayList<>();
    for (long number : new long[] {-1, 0, 1, 7, Long.MIN_VALUE, Long.MAX_VALUE}) {
      values.add(nodes.numberNode(number));
    }
    for (double number : new double[] {-90.0001, 90.5, -180.5, 180.0, 179.9}) {
      values.add(nodes.numberNode(number));
    }
    return values;
  }
}
