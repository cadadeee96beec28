package org.eventreport.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.eventreport.Report;
import org.eventreport.json.RandomReports;
import org.eventreport.json.ReportJson;
import org.eventreport.validation.ReportValidator;
import org.junit.jupiter.api.Test;

/**
 * Every report the validator accepts, written by {@link ReportJson}, is valid under the schema: the
 * schema is never stricter than the library. Reports come from the seeded {@link RandomReports}.
 */
class RandomReportsSchemaTest {
  private static final int REPORTS = 1_000;
  private static final long SEED = 0x5C4E3A;

  @Test
  void thousandRandomValidReportsAreValidUnderTheSchema() {
    SplittableRandom random = new SplittableRandom(SEED);
    ReportValidator validator = ReportValidator.create();
    for (int i = 0; i < REPORTS; i++) {
      Report report = RandomReports.report(random);
      assertThat(validator.validate(report).isValid())
          .as(
              "report %d (seed %s) is valid for the validator: %s",
              i, SEED, validator.validate(report))
          .isTrue();
      String json = ReportJson.strict().write(report);
      assertThat(SchemaCheck.errors(json)).as("report %d (seed %s): %s", i, SEED, json).isEmpty();
    }
  }
}
