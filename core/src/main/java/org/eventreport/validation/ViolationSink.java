package org.eventreport.validation;

/** Where a {@link ReportRule} puts what it finds; the validator adds the code and severity. */
public interface ViolationSink {
  /**
   * Adds a violation.
   *
   * @param path a JSON Pointer into the report, such as {@code /events/0/label}, or {@code ""} for
   *     the report itself
   * @param message a fixed message for people; do not paste report text into it
   * @throws IllegalArgumentException if {@code path} is neither empty nor starts with {@code /}
   */
  void add(String path, String message);
}
