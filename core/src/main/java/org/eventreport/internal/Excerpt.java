package org.eventreport.internal;

/**
 * A short, escaped excerpt of input for error messages, so that a message never carries raw or
 * unbounded input: quotes, backslashes and control characters are escaped, non-ASCII characters
 * become {@code \\uXXXX}, and at most {@value #MAX_ECHOED_CHARS} escaped characters are kept, with
 * the full length noted when cut.
 */
public final class Excerpt {
  /** How many escaped characters of the input a message may hold. */
  public static final int MAX_ECHOED_CHARS = 40;

  private Excerpt() {}

  /** {@code text} in double quotes, escaped and cut: {@code "2024-7"}. */
  public static String of(CharSequence text) {
    StringBuilder out = new StringBuilder(MAX_ECHOED_CHARS + 40).append('"');
    int used = 0;
    boolean truncated = false;
    for (int i = 0; i < text.length(); i++) {
      String escaped = escape(text.charAt(i));
      // Never cut an escape sequence in half; stop before the budget would be exceeded.
      if (used + escaped.length() > MAX_ECHOED_CHARS) {
        truncated = true;
        break;
      }
      out.append(escaped);
      used += escaped.length();
    }
    out.append('"');
    if (truncated) {
      out.append("... (truncated, ").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  /**
   * {@code text} with anything outside printable ASCII as {@code \\uXXXX}, cut with {@code "..."}
   * once the output reaches {@code maxChars}: for text that may carry input but needs no quotes,
   * such as a JSON Pointer or a parser's message.
   */
  public static String printable(CharSequence text, int maxChars) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (out.length() >= maxChars) {
        return out.append("...").toString();
      }
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      // Printable ASCII as is; everything else (controls, surrogates, other scripts) as \\uXXXX
      // so the message stays one plain ASCII line.
      default -> c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    };
  }
}
