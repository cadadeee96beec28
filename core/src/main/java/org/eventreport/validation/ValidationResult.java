package org.eventreport.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every violation {@link ReportValidator} found in one report, in document order (by path, with
 * array indexes compared as numbers, then by code).
 */
public final class ValidationResult {
  private static final ValidationResult EMPTY = new ValidationResult(List.of());

  private final List<Violation> violations;

  private ValidationResult(List<Violation> violations) {
    this.violations = violations;
  }

  static ValidationResult of(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationResult(List.copyOf(violations));
  }

  /** All violations, errors and warnings; empty when the report breaks no rule. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** The violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** Whether the report has no error (it may still have warnings). */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  private List<Violation> withSeverity(Severity severity) {
    return violations.stream()
        .filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /** One violation per line, or {@code "no violations"}. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValidationResult that && that.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }
}
