package org.eventreport.json.internal;

import tools.jackson.core.JsonParser;

/** Reads the value the parser is on (its first token is current) and leaves it on the last. */
@FunctionalInterface
interface ValueReader<V> {
  V read(JsonParser parser, ReadOptions options);
}
