package org.eventreport.json;

import java.util.Optional;
import org.eventreport.Report;
import org.eventreport.validation.ValidationResult;
import org.jspecify.annotations.Nullable;

/**
 * One line of an NDJSON stream: its 1-based line number and either the report read from it or the
 * error that line has. A bad line does not stop the stream.
 */
public final class NdjsonRecord {
  private final long lineNumber;
  private final @Nullable Report report;
  private final @Nullable ReportFormatException error;
  private final ReportJson json;
  private @Nullable ValidationResult validation;

  private NdjsonRecord(
      long lineNumber,
      @Nullable Report report,
      @Nullable ReportFormatException error,
      ReportJson json) {
    this.lineNumber = lineNumber;
    this.report = report;
    this.error = error;
    this.json = json;
  }

  static NdjsonRecord ok(long lineNumber, Report report, ReportJson json) {
    return new NdjsonRecord(lineNumber, report, null, json);
  }

  static NdjsonRecord failed(long lineNumber, ReportFormatException error, ReportJson json) {
    return new NdjsonRecord(lineNumber, null, error, json);
  }

  /** The line's 1-based number in the stream (blank lines count). */
  public long lineNumber() {
    return lineNumber;
  }

  /** Whether the line held a report. */
  public boolean isOk() {
    return report != null;
  }

  /** The report the line held; empty when it had an error. */
  public Optional<Report> report() {
    return Optional.ofNullable(report);
  }

  /** What is wrong with the line; empty when it held a report. Its line is this line. */
  public Optional<ReportFormatException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The report's violations, found by the reader's validator on first call and kept; empty when the
   * line had an error. Validation is left to this call so that readers who only need the reports do
   * not pay for it.
   */
  public Optional<ValidationResult> validation() {
    Report current = report;
    if (current == null) {
      return Optional.empty();
    }
    if (validation == null) {
      validation = json.validator().validate(current);
    }
    return Optional.of(validation);
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": " + (report != null ? "report " + report.id() : error);
  }
}
