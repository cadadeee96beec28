package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eventreport.Report;
import org.eventreport.json.ReportJson;
import org.eventreport.validation.ReportValidator;
import org.junit.jupiter.api.Test;

/** The memory check, run small: its output and its generated reports (the real run is by hand). */
class NdjsonMemoryCheckTest {
  @Test
  void smallRunReadsEveryLineAndReportsTheCutShortOnesAsErrors() throws Exception {
    String printed = StandardOutput.of(() -> NdjsonMemoryCheck.main(new String[] {"2_000"}));
    List<String> lines = printed.lines().toList();

    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).matches("wrote 2,000 lines, [0-9,]+ bytes, in [0-9.]+ s");
    assertThat(lines.get(1)).matches("max heap: [0-9]+ MiB");
    assertThat(lines.get(2)).matches("heap used after GC before reading: [0-9.]+ MiB");
    assertThat(lines.get(3)).matches("read  10% \\(200 lines\\): heap used after GC [0-9.]+ MiB");
    assertThat(lines.get(4)).matches("read  50% \\(1,000 lines\\): heap used after GC [0-9.]+ MiB");
    assertThat(lines.get(5)).matches("read 100% \\(2,000 lines\\): heap used after GC [0-9.]+ MiB");
    assertThat(lines.get(6))
        .isEqualTo("lines read: 2,000, reports: 1,998, errors: 2, invalid reports: 0");
    assertThat(lines.get(7))
        .matches(
            "read and validated in [0-9.]+ s: [0-9,]+ records/s, [0-9.]+ MB/s \\(reading"
                + " thread's CPU: [0-9.]+ s, [0-9,]+ records per CPU second\\)");
    assertThat(lines.get(8))
        .matches(
            "heap used after GC, at most: [0-9.]+ MiB; peak heap in use \\(garbage included\\):"
                + " [0-9.]+ MiB");
  }

  @Test
  void tooFewReportsAreRefused() {
    assertThatThrownBy(() -> NdjsonMemoryCheck.main(new String[] {"9"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need at least 10 reports, got 9");
  }

  @Test
  void generatedReportsAreValidDistinctAndAboutTwoKilobytes() {
    ReportValidator validator = ReportValidator.create();
    ReportJson json = ReportJson.strict();
    Set<String> texts = new HashSet<>();
    long bytes = 0;
    for (long serial = 1; serial <= 100; serial++) {
      Report report = NdjsonMemoryCheck.generated(serial);
      String text = json.write(report);
      texts.add(text);
      bytes += text.length();

      assertThat(validator.validate(report).violations()).as("serial %d", serial).isEmpty();
      assertThat(report.id()).isEqualTo("gen-" + serial);
      assertThat(NdjsonMemoryCheck.generated(serial)).isEqualTo(report);
    }

    assertThat(texts).hasSize(100);
    assertThat(bytes / 100).isBetween(1_500L, 2_500L);
  }
}
