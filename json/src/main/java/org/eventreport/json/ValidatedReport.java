package org.eventreport.json;

import java.util.Objects;
import org.eventreport.Report;
import org.eventreport.validation.ValidationResult;

/**
 * A report read from JSON together with what the validator found in it.
 *
 * @param report the report as read
 * @param validation every violation found; check {@link ValidationResult#isValid()}
 */
public record ValidatedReport(Report report, ValidationResult validation) {
  /** Checks that neither component is null. */
  public ValidatedReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(validation, "validation");
  }
}
