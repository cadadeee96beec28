package org.eventreport.json.internal;

import org.eventreport.Report;
import org.eventreport.json.ReportFormatException;
import org.eventreport.json.ReportFormatException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one report from a parser: the input must be one JSON value, that value a report object.
 * Every failure becomes a {@link ReportFormatException}. When the binding refuses a document, the
 * rest is still scanned, so that malformed JSON (or a limit exceeded, or a second value) is
 * reported as such wherever it is: a problem of the document's content is reported only for
 * well-formed JSON.
 */
public final class Reading {
  private Reading() {}

  /** Reads the only value of {@code parser} as a report; closes nothing. */
  public static Report report(JsonParser parser, ReadOptions options) {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        // There is no token to point at: say where the input ended (line 1, column 1 when empty).
        throw new BindingFailure(
            parser,
            Problem.MALFORMED_JSON,
            "no JSON value: the input is empty or blank",
            "",
            parser.currentLocation());
      }
      if (first != JsonToken.START_OBJECT) {
        throw new BindingFailure(
            parser,
            Problem.NOT_A_REPORT,
            "expected a report object, got " + Scalars.describe(parser),
            "");
      }
      Report report = ModelBindings.REPORT.read(parser, options);
      if (parser.nextToken() != null) {
        throw trailing(parser);
      }
      return report;
    } catch (BindingFailure failure) {
      if (failure.problem != Problem.TRAILING_CONTENT
          && failure.problem != Problem.MALFORMED_JSON) {
        checkRestIsOneJsonValue(parser);
      }
      throw Errors.translate(failure);
    } catch (JacksonException e) {
      throw Errors.translate(e);
    }
  }

  private static BindingFailure trailing(JsonParser parser) {
    return new BindingFailure(
        parser, Problem.TRAILING_CONTENT, "more content after the first JSON value", "");
  }

  /**
   * Reads on to the end of the root value, then checks that nothing follows it. Any syntax error,
   * exceeded limit or second value found on the way replaces the binding's verdict.
   */
  private static void checkRestIsOneJsonValue(JsonParser parser) {
    try {
      JsonToken token = parser.currentToken();
      while (token != null && !endsRootValue(parser, token)) {
        token = parser.nextToken();
      }
      if (token != null && parser.nextToken() != null) {
        throw Errors.translate(trailing(parser));
      }
    } catch (JacksonException e) {
      throw Errors.translate(e);
    }
  }

  /** Whether {@code token} completes a value at the root: a scalar there, or a root's end. */
  private static boolean endsRootValue(JsonParser parser, JsonToken token) {
    return parser.streamReadContext().inRoot()
        && token != JsonToken.START_OBJECT
        && token != JsonToken.START_ARRAY;
  }
}
