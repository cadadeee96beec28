package org.eventreport.json;

import java.util.Objects;
import org.eventreport.internal.Excerpt;

/**
 * The input is not a report in the JSON format: malformed JSON, a value of the wrong type, an
 * unknown, missing or duplicate member, trailing content, or a limit exceeded. It says where: the
 * JSON Pointer of the offending value and the line and column of the input.
 *
 * <p>Messages quote input only as a short, escaped excerpt, and show the pointer escaped and cut to
 * 120 characters. This is the only exception type the reading methods throw for bad input; {@link
 * java.io.IOException} still reports failed I/O.
 */
public final class ReportFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem the input has: a stable, machine-readable classification. */
  public enum Problem {
    /** Not well-formed JSON (RFC 8259), or not UTF-8. */
    MALFORMED_JSON,
    /** Well-formed JSON, but the root is not a report object. */
    NOT_A_REPORT,
    /** A value of the wrong JSON type, such as a string where a number belongs. */
    WRONG_TYPE,
    /** A value of the right type that the format does not allow, such as an unknown enum word. */
    INVALID_VALUE,
    /** A member the format does not have (strict reading only). */
    UNKNOWN_PROPERTY,
    /** A member given twice in one object. */
    DUPLICATE_PROPERTY,
    /** A required member is missing. */
    MISSING_PROPERTY,
    /** More content after the report. */
    TRAILING_CONTENT,
    /** A configured limit (depth, length, size) is exceeded. */
    LIMIT_EXCEEDED
  }

  private static final int MAX_POINTER_IN_MESSAGE = 120;

  private final Problem problem;
  private final String pointer;
  private final String reason;
  private final long line;
  private final int column;

  /**
   * A new exception.
   *
   * @param problem what kind of problem
   * @param pointer the JSON Pointer of the offending value; {@code ""} for the root
   * @param reason what is wrong, without the location
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   */
  public ReportFormatException(
      Problem problem, String pointer, String reason, long line, int column) {
    super(format(pointer, reason, line, column));
    this.problem = Objects.requireNonNull(problem, "problem");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = line;
    this.column = column;
  }

  private static String format(String pointer, String reason, long line, int column) {
    // Member names come from the input: escaped and cut in the message; pointer() stays exact.
    String where =
        pointer.isEmpty() ? "(root)" : Excerpt.printable(pointer, MAX_POINTER_IN_MESSAGE);
    String at = "";
    if (line > 0) {
      at = column > 0 ? " (line " + line + ", column " + column + ")" : " (line " + line + ")";
    }
    return where + ": " + reason + at;
  }

  /** What kind of problem the input has. */
  public Problem problem() {
    return problem;
  }

  /**
   * The JSON Pointer of the offending value, such as {@code /events/2/size/low}; "" is the root.
   */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** The 1-based line of the input where the problem was found, or -1 when unknown. */
  public long line() {
    return line;
  }

  /**
   * The 1-based column where the problem was found, or -1 when unknown. It counts bytes of the
   * UTF-8 input (a {@code String} is read as its UTF-8 encoding).
   */
  public int column() {
    return column;
  }
}
