package org.eventreport.json.internal;

import java.util.regex.Pattern;
import org.eventreport.internal.Excerpt;
import org.eventreport.json.ReportFormatException;
import org.eventreport.json.ReportFormatException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** Turns Jackson's exceptions into {@link ReportFormatException}s that say where, in our words. */
public final class Errors {
  private static final int MAX_REASON_LENGTH = 200;
  private static final Pattern SOURCE =
      Pattern.compile(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)| ?at \\[Source: [^\\]]*\\]");

  private Errors() {}

  /** The exception for {@code e}, which must be about the input, not about our configuration. */
  public static ReportFormatException translate(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    if (e instanceof BindingFailure failure) {
      return new ReportFormatException(
          failure.problem, failure.pointer, failure.reason, line, column);
    }
    String pointer = pointerOf(e);
    if (e instanceof StreamConstraintsException) {
      return new ReportFormatException(Problem.LIMIT_EXCEEDED, pointer, reason(e), line, column);
    }
    if (e instanceof StreamReadException) {
      return new ReportFormatException(Problem.MALFORMED_JSON, pointer, reason(e), line, column);
    }
    // Databind problems cannot arise from our own binding; anything else is a bug of ours.
    throw new IllegalStateException("unexpected Jackson failure: " + e.getClass().getName(), e);
  }

  private static String pointerOf(JacksonException e) {
    if (e.processor() instanceof JsonParser parser) {
      try {
        return Pointers.current(parser);
      } catch (RuntimeException unavailable) {
        return "";
      }
    }
    return "";
  }

  /**
   * Jackson's message without its location, cut short, with anything outside printable ASCII
   * escaped: it may quote a token of the input.
   */
  private static String reason(JacksonException e) {
    // Jackson names the (redacted) source in some messages; that says nothing to our users.
    String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    // The first line says it; later lines repeat source context.
    String firstLine = message.lines().findFirst().orElse("");
    return Excerpt.printable(firstLine, MAX_REASON_LENGTH);
  }
}
