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
    switch (c) {
      case '\u201c': // left double quotation mark
      case '\u201d': // right double quotation mark
      case '\u201e': // double low-9 quotation mark
      case '\u201f': // double high-reversed-9 quotation mark
      case '\u00ab': // left-pointing double angle quotation mark
      case '\u00bb': // right-pointing double angle quotation mark
        return '"';
      case '\u2018': // left single quotation mark
      case '\u2019': // right single quotation mark
      case '\u201a': // single low-9 quotation mark
      case '\u201b': // single high-reversed-9 quotation mark
        return '\'';
      default:
        return c;
    }
  }
}
