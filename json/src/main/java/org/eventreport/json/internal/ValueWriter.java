package org.eventreport.json.internal;

import tools.jackson.core.JsonGenerator;

/** Writes one value. */
@FunctionalInterface
interface ValueWriter<V> {
  void write(JsonGenerator generator, V value);
}
