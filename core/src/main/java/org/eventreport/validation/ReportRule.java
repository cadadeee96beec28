package org.eventreport.validation;

import org.eventreport.Report;

/**
 * A rule of your own, added with {@link ReportValidator.Builder#addRule(ReportRule)}. It has one
 * stable code and a default severity, both of which users can change like those of the built-in
 * rules. Implementations must be thread-safe: one validator may run them on many threads.
 *
 * <pre>{@code
 * ReportRule needsTitle = ReportRule.of("acme.title-required", Severity.WARNING,
 *     (report, sink) -> {
 *       if (report.title().isEmpty()) {
 *         sink.add("", "a report needs a title");
 *       }
 *     });
 * }</pre>
 */
public interface ReportRule {
  /**
   * The rule's code: lowercase letters, digits, {@code .}, {@code _} and {@code -}, not one of
   * {@link RuleCode}'s. Prefix it with your own name ({@code acme.title-required}).
   */
  String code();

  /** The severity unless the validator was configured otherwise. */
  Severity defaultSeverity();

  /**
   * Checks one report and adds a violation to {@code sink} for every problem found. Must not keep
   * {@code sink} after returning.
   */
  void check(Report report, ViolationSink sink);

  /** A rule made of a code, a severity and a check. */
  static ReportRule of(String code, Severity defaultSeverity, Check check) {
    return new SimpleReportRule(code, defaultSeverity, check);
  }

  /** The check of a rule made with {@link #of}. */
  @FunctionalInterface
  interface Check {
    /** Checks {@code report} as {@link ReportRule#check} does. */
    void check(Report report, ViolationSink sink);
  }
}
