package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonRoundTripExampleTest {
  @Test
  void exampleProgramReadsTheGoldenFileFindsNoViolationAndWritesItBack() throws Exception {
    String printed = StandardOutput.of(() -> JsonRoundTripExample.main(new String[0]));

    assertThat(printed.lines())
        .containsExactly(
            "read /kargil-2024-08-01.json: 11661 bytes",
            "report kargil-2024-08-01: 4 events, 9 actors, 3 locations, 7 quotes",
            "violations: 0",
            "compact JSON: 9801 bytes",
            "written back: the same bytes as the file");
  }
}
