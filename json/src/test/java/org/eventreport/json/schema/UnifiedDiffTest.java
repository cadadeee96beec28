package org.eventreport.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
  }

  @Test
  void changedLineIsShownWithThreeLinesOfContextOnEachSide() {
    String from = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String to = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

    assertThat(UnifiedDiff.of("file", from, "written", to))
        .isEqualTo(
            "--- file\n"
                + "+++ written\n"
                + "@@ -2,7 +2,7 @@\n"
                + " 2\n"
                + " 3\n"
                + " 4\n"
                + "-5\n"
                + "+five\n"
                + " 6\n"
                + " 7\n"
                + " 8\n");
  }

  @Test
  void changesFarApartMakeTwoHunks() {
    String from = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
    String to = "new\na\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";

    assertThat(UnifiedDiff.of("from", from, "to", to))
        .isEqualTo(
            "--- from\n"
                + "+++ to\n"
                + "@@ -1,3 +1,4 @@\n"
                + "+new\n"
                + " a\n"
                + " b\n"
                + " c\n"
                + "@@ -8,5 +9,4 @@\n"
                + " h\n"
                + " i\n"
                + " j\n"
                + "-k\n"
                + " \n");
  }

  @Test
  void missingFinalNewlineAndCarriageReturnShowAsChanges() {
    assertThat(UnifiedDiff.of("from", "x\ny\n", "to", "x\r\ny"))
        .isEqualTo("--- from\n+++ to\n@@ -1,3 +1,2 @@\n-x\n+x\r\n y\n-\n");
  }
}
