package org.eventreport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eventreport.benchmarks.RatioReport.Estimate;
import org.eventreport.benchmarks.RatioReport.Kind;
import org.eventreport.benchmarks.RatioReport.Row;
import org.junit.jupiter.api.Test;

class RatioReportTest {
  private static String row(String name, double score, double error, double alloc) {
    return """
    {"benchmark":"org.eventreport.benchmarks.ReportBenchmarks.%s","mode":"thrpt",
     "primaryMetric":{"score":%s,"scoreError":%s,"scoreConfidence":[%s,%s],
                      "scoreUnit":"ops/s"},
     "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreError":0.1,
                      "scoreConfidence":[%s,%s],"scoreUnit":"B/op"}}}
    """
        .formatted(
            name, score, error, score - error, score + error, alloc, alloc - 0.1, alloc + 0.1);
  }

  private static final String FILE =
      "["
          + String.join(
              ",",
              row("pojoRead", 200_000, 10_000, 10_000),
              row("read", 160_000, 8_000, 14_000),
              row("readValidate", 60_000, 3_000, 40_000),
              row("validate", 90_000, 9_000, 30_000),
              row("ndjsonRead", 150_000, 5_000, 14_500),
              row("pojoWrite", 400_000, 20_000, 3_000),
              row("write", 380_000, 19_000, 3_100),
              row("readValidateInvalid", 30_000, 3_000, 50_000))
          + "]";

  @Test
  void parsesRowsWithScoreIntervalAndAllocation() {
    Map<String, Row> rows = RatioReport.parse(FILE.getBytes(StandardCharsets.UTF_8));
    Row read = rows.get("read");
    assertThat(read.score()).isEqualTo(new Estimate(160_000, 152_000, 168_000));
    assertThat(read.alloc().score()).isEqualTo(14_000);
    assertThat(read.unit()).isEqualTo("ops/s");
  }

  @Test
  void throughputRatioIntervalHoldsEveryRatioOfValuesInsideTheRowIntervals() {
    Map<String, Row> rows = RatioReport.parse(FILE.getBytes(StandardCharsets.UTF_8));
    Estimate ratio = RatioReport.ratio(Kind.THROUGHPUT, rows.get("read"), rows.get("pojoRead"));
    assertThat(ratio.score()).isCloseTo(0.8, within(1e-9));
    assertThat(ratio.low()).isCloseTo(152_000.0 / 210_000, within(1e-9));
    assertThat(ratio.high()).isCloseTo(168_000.0 / 190_000, within(1e-9));
  }

  @Test
  void timeRatioIsTheInverseOfTheThroughputRatio() {
    Map<String, Row> rows = RatioReport.parse(FILE.getBytes(StandardCharsets.UTF_8));
    Estimate ratio = RatioReport.ratio(Kind.TIME, rows.get("validate"), rows.get("pojoRead"));
    assertThat(ratio.score()).isCloseTo(200_000.0 / 90_000, within(1e-9));
    assertThat(ratio.low()).isCloseTo(190_000.0 / 99_000, within(1e-9));
    assertThat(ratio.high()).isCloseTo(210_000.0 / 81_000, within(1e-9));
  }

  @Test
  void unboundedWhenTheDenominatorIntervalReachesZero() {
    Estimate ratio = new Estimate(1, 0.5, 1.5).over(new Estimate(1, -0.2, 2.2));
    assertThat(ratio.high()).isInfinite();
  }

  @Test
  void printsPassAndMissPerTarget() {
    Map<String, Row> rows = RatioReport.parse(FILE.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int misses =
        RatioReport.print(rows, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    // P2: 60k/160k = 0.375 < 0.5; P3: validate time / pojoRead time = 2.2 > 1.0; the rest pass.
    assertThat(misses).isEqualTo(2);
    assertThat(text).containsPattern("P1 .* 0\\.80 .* PASS");
    assertThat(text).containsPattern("P2 .* 0\\.38 .* MISS");
    assertThat(text).containsPattern("P3 .* 2\\.22 .* MISS");
    assertThat(text).containsPattern("P5 .* 1\\.40 .* PASS");
    assertThat(text).containsPattern("P8 .* 2\\.00 .* PASS");
    assertThat(text).contains("not measured"); // the tracked rows absent from the file
  }
}
