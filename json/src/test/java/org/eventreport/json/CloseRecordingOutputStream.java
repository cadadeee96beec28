package org.eventreport.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** An in-memory output stream that counts flushes and records whether it was closed. */
public final class CloseRecordingOutputStream extends ByteArrayOutputStream {
  /** How many times {@link #flush()} was called. */
  public int flushes;

  /** Whether {@link #close()} was called. */
  public boolean closed;

  @Override
  public void flush() throws IOException {
    flushes++;
    super.flush();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    super.close();
  }
}
