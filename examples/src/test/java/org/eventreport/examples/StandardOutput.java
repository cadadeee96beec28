package org.eventreport.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example program and returns what it printed to standard output. */
final class StandardOutput {
  private StandardOutput() {}

  /** Something that may throw, such as a {@code main} method. */
  @FunctionalInterface
  interface Program {
    void run() throws Exception;
  }

  static String of(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
