package org.eventreport.json.internal;

import org.eventreport.Report;
import org.eventreport.json.ReportFormatException;
import org.eventreport.json.ReportFormatException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads one report from a parser: the root must be a report object and nothing may follow it. Every
 * failure becomes a {@link ReportFormatException}; when the binding refuses a document, the rest is
 * still scanned, so that malformed JSON is reported as such wherever it is.
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
            Problem.NOT_A_REPORT,
            "no JSON value: the input is empty",
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
        throw new BindingFailure(
            parser, Problem.TRAILING_CONTENT, "more content after the report", "");
      }
      return report;
    } catch (BindingFailure failure) {
      scanForSyntaxErrors(parser);
      throw Errors.translate(failure);
    } catch (JacksonException e) {
      throw Errors.translate(e);
    }
  }

  private static void scanForSyntaxErrors(JsonParser parser) {
    try {
      while (parser.nextToken() != null) {
        // Only the tokenizer's verdict matters here.
      }
    } catch (StreamReadException syntax) {
      throw Errors.translate(syntax);
    } catch (JacksonException other) {
      // Not a syntax error (a limit, say): the binding's failure stands.
    }
  }
}
