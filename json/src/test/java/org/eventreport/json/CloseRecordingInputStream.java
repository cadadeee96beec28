package org.eventreport.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** An in-memory input stream that records whether it was closed. */
public final class CloseRecordingInputStream extends ByteArrayInputStream {
  /** Whether {@link #close()} was called. */
  public boolean closed;

  /** A stream of {@code bytes}. */
  public CloseRecordingInputStream(byte[] bytes) {
    super(bytes);
  }

  /** A stream of the UTF-8 bytes of {@code text}. */
  public CloseRecordingInputStream(String text) {
    this(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    closed = true;
    super.close();
  }
}
