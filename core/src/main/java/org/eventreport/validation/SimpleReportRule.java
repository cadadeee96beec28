package org.eventreport.validation;

import java.util.Objects;
import org.eventreport.Report;

/** The rule {@link ReportRule#of} returns. */
final class SimpleReportRule implements ReportRule {
  private final String code;
  private final Severity defaultSeverity;
  private final Check check;

  SimpleReportRule(String code, Severity defaultSeverity, Check check) {
    this.code = Objects.requireNonNull(code, "code");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public void check(Report report, ViolationSink sink) {
    check.check(report, sink);
  }

  @Override
  public String toString() {
    return "ReportRule(" + code + ")";
  }
}
