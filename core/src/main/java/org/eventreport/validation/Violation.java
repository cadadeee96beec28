package org.eventreport.validation;

import java.util.Objects;

/**
 * One broken rule: where it is broken, which rule, how serious it is, and a message for people.
 *
 * @param path a JSON Pointer (RFC 6901) into the report's JSON form, such as {@code
 *     /events/1/participants/0/actor}; the empty string is the report itself
 * @param code the rule's stable, machine-readable code, such as {@code reference.unresolved} (see
 *     {@link RuleCode} for the built-in ones)
 * @param severity how serious it is
 * @param message a message for people; it never evaluates text taken from the report
 */
public record Violation(String path, String code, Severity severity, String message) {
  /** Checks that no component is null. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** The violation as one line: {@code ERROR reference.unresolved at /events/0/location: ...}. */
  @Override
  public String toString() {
    return severity + " " + code + " at " + (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
