package org.eventreport.json.internal;

import org.eventreport.json.ReportFormatException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Bad input found by the binding, with the JSON Pointer of the offending value taken when it was
 * found. Extends a Jackson type only so that it passes through Jackson's reader unchanged; the
 * facade turns it into a {@link ReportFormatException} before it reaches users.
 */
final class BindingFailure extends StreamReadException {
  private static final long serialVersionUID = 1L;

  final ReportFormatException.Problem problem;
  final String pointer;
  final String reason;

  BindingFailure(JsonParser parser, ReportFormatException.Problem problem, String reason) {
    this(parser, problem, reason, Pointers.current(parser));
  }

  BindingFailure(
      JsonParser parser, ReportFormatException.Problem problem, String reason, String pointer) {
    this(parser, problem, reason, pointer, parser.currentTokenLocation());
  }

  /** A failure found at {@code location} rather than at the current token. */
  BindingFailure(
      JsonParser parser,
      ReportFormatException.Problem problem,
      String reason,
      String pointer,
      TokenStreamLocation location) {
    super(parser, reason, location);
    this.problem = problem;
    this.pointer = pointer;
    this.reason = reason;
  }
}
