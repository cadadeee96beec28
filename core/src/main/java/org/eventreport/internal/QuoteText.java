package org.eventreport.internal;

/**
 * Normalises text before a quote is compared with the body: typographic quotes and apostrophes
 * become ASCII ones, runs of white space become one space, and the ends are trimmed. Articles
 * reprint the same words with curly or straight quotes and broken lines; neither changes the words.
 */
final class QuoteText {
  private QuoteText() {}

  static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(plain(c));
    }
    return out.toString();
  }

  private static char plain(char c) {
    return switch (c) {
      // curly, low-9, high-reversed-9 and angle double quotation marks
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb' -> '"';
      // curly, low-9 and high-reversed-9 single quotation marks
      case '\u2018', '\u2019', '\u201a', '\u201b' -> '\'';
      default -> c;
    };
  }
}
