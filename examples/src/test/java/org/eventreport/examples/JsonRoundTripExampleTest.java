package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRoundTripExampleTest {
  @Test
  void exampleProgramReadsTheGoldenFileFindsNoViolationAndWritesItBack() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      JsonRoundTripExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "read /kargil-2024-08-01.json: 11661 bytes",
            "report kargil-2024-08-01: 4 events, 9 actors, 3 locations, 7 quotes",
            "violations: 0",
            "compact JSON: 9801 bytes",
            "written back: the same bytes as the file");
  }
}
