package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eventreport.validation.RuleCode;
import org.junit.jupiter.api.Test;

/** The README says what the code does: its quick start and its rule table are checked here. */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICK_START =
      Path.of("src/main/java/org/eventreport/examples/QuickStartExample.java");

  @Test
  void quickStartInReadmeIsTheCodeOfQuickStartExample() throws IOException {
    String readme = Files.readString(README);
    String block = between(readme, "## Quick start\n\n```java\n", "```");
    String source =
        between(
            Files.readString(QUICK_START),
            "// README quick start begin\n",
            "    // README quick start end");

    assertThat(withoutWhiteSpace(block)).isEqualTo(withoutWhiteSpace(source));
    assertThat(block.lines().count()).isLessThanOrEqualTo(16);
  }

  @Test
  void quickStartReportIsValidAndWrittenAsJson() throws Exception {
    String printed = StandardOutput.of(() -> QuickStartExample.main(new String[0]));

    assertThat(printed)
        .startsWith("no violations\n{\n  \"id\" : \"kargil-2024-08-01\",")
        .contains("\"role\" : \"addressee\"");
  }

  @Test
  void ruleTableListsEveryRuleWithItsKindAndSeverity() throws IOException {
    String readme = Files.readString(README);
    for (RuleCode rule : RuleCode.values()) {
      String row =
          "| `"
              + rule.code()
              + "` | "
              + (rule.isFieldRule() ? "field" : "report")
              + " | "
              + rule.defaultSeverity().name().toLowerCase(Locale.ROOT)
              + " |";
      assertThat(readme).as(rule.code()).contains(row);
    }
    assertThat(readme.split("\n\\| `[a-z.-]+` \\| (field|report) \\|", -1))
        .as("rows in the rule table")
        .hasSize(RuleCode.values().length + 1);
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    assertThat(from).as("marker %s", begin).isNotNegative();
    from += begin.length();
    int to = text.indexOf(end, from);
    assertThat(to).as("marker %s", end).isNotNegative();
    return text.substring(from, to);
  }

  private static String withoutWhiteSpace(String code) {
    return code.replaceAll("\\s+", "");
  }
}
