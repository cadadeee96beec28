package org.eventreport.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eventreport.json.ReportFormatException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON one line at a time, in constant memory: a buffer of at most one line (bounded by
 * {@link JsonLimits#maxDocumentBytes()}) plus 64 KiB. Lines are split on the byte {@code \n} (which
 * cannot occur inside a JSON string); a {@code \r} before it is dropped; blank lines are skipped.
 * Each other line becomes an {@link NdjsonRecord}: a report, or the error of that line. A line with
 * two JSON values is an error. Not thread-safe; close it to close the stream.
 *
 * <pre>{@code
 * try (NdjsonReader lines = ReportJson.strict().readNdjson(Path.of("reports.ndjson"))) {
 *   while (lines.hasNext()) {
 *     NdjsonRecord line = lines.next();
 *     line.error().ifPresent(e -> log.warn("line {}: {}", line.lineNumber(), e.getMessage()));
 *   }
 * }
 * }</pre>
 */
public final class NdjsonReader implements Iterator<NdjsonRecord>, Closeable {
  private static final int CHUNK = 64 * 1024;

  private final ReportJson json;
  private final InputStream in;
  private final long maxLine;
  private byte[] buffer = new byte[CHUNK];
  private int start;
  private int end;
  private boolean endOfInput;
  private long lineNumber;
  private @Nullable NdjsonRecord next;

  NdjsonReader(ReportJson json, InputStream in) {
    this.json = json;
    this.in = in;
    this.maxLine = json.limits().maxDocumentBytes();
  }

  /**
   * Whether another line holds a report or an error.
   *
   * @throws UncheckedIOException if reading the stream fails
   */
  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  /** The next non-blank line's record. */
  @Override
  public NdjsonRecord next() {
    NdjsonRecord record = hasNext() ? next : null;
    if (record == null) {
      throw new NoSuchElementException("no more lines");
    }
    next = null;
    return record;
  }

  /** The remaining records as a sequential stream; closing the stream closes this reader. */
  public Stream<NdjsonRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private @Nullable NdjsonRecord advance() {
    try {
      while (true) {
        int newline = indexOfNewline();
        if (newline < 0) {
          if (endOfInput) {
            if (start == end) {
              return null;
            }
            newline = end; // a last line without a newline
          } else if (end - start > maxLine + 1) {
            // Longer than a line of the limit and its \r can be: no need to wait for its \n.
            return skipOversizedLine();
          } else {
            fill();
            continue;
          }
        }
        lineNumber++;
        int lineStart = start;
        int lineEnd = newline > lineStart && buffer[newline - 1] == '\r' ? newline - 1 : newline;
        start = Math.min(newline + 1, end);
        if (!isBlank(lineStart, lineEnd)) {
          return parse(lineStart, lineEnd - lineStart);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private NdjsonRecord parse(int offset, int length) {
    if (length > maxLine) {
      // Whether a long line was skipped unread or found whole in the buffer, it gets one error.
      return oversized(lineNumber);
    }
    try {
      return NdjsonRecord.ok(lineNumber, json.read(buffer, offset, length), json);
    } catch (ReportFormatException e) {
      // The parser counts lines within the line; the stream's line is what a user looks for.
      return NdjsonRecord.failed(
          lineNumber,
          new ReportFormatException(e.problem(), e.pointer(), e.reason(), lineNumber, e.column()),
          json);
    }
  }

  /** Drops a line longer than the limit, up to its newline, without keeping it in memory. */
  private NdjsonRecord skipOversizedLine() throws IOException {
    lineNumber++;
    long line = lineNumber;
    while (true) {
      start = end; // discard what is buffered: it is all part of the long line
      int newline;
      do {
        if (endOfInput) {
          return oversized(line);
        }
        fill();
        newline = indexOfNewline();
      } while (newline < 0 && start == end);
      if (newline >= 0) {
        start = newline + 1;
        return oversized(line);
      }
    }
  }

  private NdjsonRecord oversized(long line) {
    return NdjsonRecord.failed(
        line,
        new ReportFormatException(
            Problem.LIMIT_EXCEEDED,
            "",
            "line is longer than the limit (" + maxLine + " bytes)",
            line,
            -1),
        json);
  }

  private int indexOfNewline() {
    for (int i = start; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads more input after what is buffered, moving it to the front or growing the buffer. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      long wanted = Math.min((long) buffer.length * 2, maxLine + CHUNK);
      byte[] larger = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(wanted, end + 1L))];
      System.arraycopy(buffer, 0, larger, 0, end);
      buffer = larger;
    }
    int read = in.read(buffer, end, buffer.length - end);
    if (read < 0) {
      endOfInput = true;
    } else {
      end += read;
    }
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
