package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.eventreport.Report;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * Generated reports survive a write and a read unchanged, and writing is canonical. 10,000 reports
 * per mode and run; a failure names the seed that reproduces it.
 */
class RoundTripTest {
  private static final int REPORTS = 10_000;
  private static final long BASE_SEED = 0x5EED_2024_0801L;

  @Test
  void strictRoundTripKeepsEveryGeneratedReport() {
    roundTrip(ReportJson.strict(), false);
  }

  @Test
  void lenientRoundTripKeepsEveryUnknownMember() {
    roundTrip(ReportJson.lenient(), true);
  }

  @Test
  void generatedReportsAreValid() {
    ReportValidator validator = ReportValidator.create();
    for (int i = 0; i < 2_000; i++) {
      long seed = BASE_SEED + i;
      Report report = RandomReports.report(new SplittableRandom(seed));
      ValidationResult result = validator.validate(report);
      assertThat(result.errors()).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void typicalReportsWeighOneToTwoKilobytes() {
    ReportJson json = ReportJson.strict();
    long total = 0;
    for (int i = 0; i < 200; i++) {
      total += json.writeBytes(RandomReports.typical(new SplittableRandom(BASE_SEED + i))).length;
    }
    assertThat(total / 200).isBetween(1_000L, 2_000L);
  }

  private static void roundTrip(ReportJson json, boolean withExtensions) {
    for (int i = 0; i < REPORTS; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom random = new SplittableRandom(seed);
      Report report =
          withExtensions ? RandomReports.withExtensions(random) : RandomReports.report(random);
      byte[] written = json.writeBytes(report);
      Report read = json.read(written);
      assertThat(read).as("read(write(r)) for seed %d", seed).isEqualTo(report);
      assertThat(json.writeBytes(read))
          .as("write(read(write(r))) for seed %d", seed)
          .isEqualTo(written);
    }
  }
}
