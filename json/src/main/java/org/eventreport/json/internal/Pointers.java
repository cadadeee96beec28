package org.eventreport.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** JSON Pointers of where a parser is. */
final class Pointers {
  private Pointers() {}

  /**
   * The pointer of the current value: the member or element the parser is on. At the start of an
   * object or array, that is the container itself.
   */
  static String current(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /** The pointer of the object whose members are being read (the parser is inside it). */
  static String enclosingObject(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.currentToken() != JsonToken.END_OBJECT && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }
}
