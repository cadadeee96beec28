package org.eventreport.json.schema;

import java.util.Map;
import org.eventreport.Event;
import org.eventreport.EventStatus;
import org.eventreport.Report;

/**
 * The values of the members that a document may leave out but that are always written (the model's
 * {@code @Value.Default}s). Immutables keeps them in method bodies, out of reach of reflection; a
 * test checks each against what the reader fills in, and that no defaulted member of the format is
 * missing here.
 */
final class Defaults {
  private static final Map<String, Object> VALUES =
      Map.of(
          key(Report.class, "schemaVersion"), Report.SCHEMA_VERSION,
          key(Event.class, "status"), EventStatus.OCCURRED);

  private Defaults() {}

  /** The default of {@code type}'s member {@code name}. */
  static Object of(Class<?> type, String name) {
    Object value = VALUES.get(key(type, name));
    if (value == null) {
      throw new IllegalStateException(
          "no default known for " + key(type, name) + "; add it to " + Defaults.class.getName());
    }
    return value;
  }

  private static String key(Class<?> type, String name) {
    return type.getSimpleName() + "." + name;
  }
}
