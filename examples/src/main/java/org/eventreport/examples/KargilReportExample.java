package org.eventreport.examples;

import org.eventreport.Report;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;

/**
 * Builds the seed article's report, validates it and prints what it holds and what the validator
 * says. Run it with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class KargilReportExample {
  private KargilReportExample() {}

  /** Prints a summary of the report and its validation result. */
  public static void main(String[] args) {
    Report report = KargilReport.report();
    System.out.printf(
        "%s: %d events, %d actors, %d locations, %d quotes%n",
        report.id(),
        report.events().size(),
        report.actors().size(),
        report.locations().size(),
        report.quotes().size());
    report
        .events()
        .forEach(
            event ->
                System.out.printf(
                    "  %-20s %s/%s %s%n",
                    event.id(),
                    event.category().name().toLowerCase(java.util.Locale.ROOT),
                    event.mode().map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).orElse("-"),
                    event.label().orElse("")));

    ValidationResult result = ReportValidator.create().validate(report);
    System.out.println(result.isValid() ? "valid" : "invalid");
    System.out.println(result);
  }
}
