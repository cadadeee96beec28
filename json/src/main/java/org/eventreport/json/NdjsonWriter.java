package org.eventreport.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.eventreport.Report;

/**
 * Writes NDJSON: each report as one line of compact, canonical JSON followed by {@code \n}. Lines
 * are not flushed one by one: call {@link #flush()} to push them out, or close the writer. Not
 * thread-safe; close it to flush and close the stream.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final ReportJson json;
  private final OutputStream out;

  NdjsonWriter(ReportJson json, OutputStream out) {
    this.json = json;
    this.out = out;
  }

  /** Writes one report as one line. */
  public NdjsonWriter write(Report report) throws IOException {
    json.writeLine(Objects.requireNonNull(report, "report"), out);
    out.write('\n');
    return this;
  }

  /** Flushes the stream. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() throws IOException {
    try (OutputStream closing = out) {
      closing.flush();
    }
  }
}
