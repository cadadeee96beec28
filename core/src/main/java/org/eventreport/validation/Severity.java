package org.eventreport.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The report is wrong: it breaks a rule of the model. */
  ERROR,
  /** The report is probably incomplete, but not wrong. */
  WARNING
}
