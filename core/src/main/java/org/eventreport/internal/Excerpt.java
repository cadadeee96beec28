package org.eventreport.internal;

/**
 * A short, escaped excerpt of text taken from a report, for messages: at most 40 code points,
 * control and non-ASCII characters as {@code \\uXXXX}, so a message never carries raw input.
 */
public final class Excerpt {
  static final int MAX_CODE_POINTS = 40;

  private Excerpt() {}

  /** {@code text} quoted, escaped and cut to {@value #MAX_CODE_POINTS} code points. */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CODE_POINTS) + 8);
    out.append('"');
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      if (count == MAX_CODE_POINTS) {
        out.append("...");
        break;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      count++;
      if (cp == '"' || cp == '\\') {
        out.append('\\').append((char) cp);
      } else if (cp >= 0x20 && cp < 0x7f) {
        out.append((char) cp);
      } else {
        for (char c : Character.toChars(cp)) {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out.append('"').toString();
  }
}
