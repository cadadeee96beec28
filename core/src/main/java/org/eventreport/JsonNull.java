package org.eventreport;

/**
 * A JSON {@code null} kept in {@code extensions}: the model holds no Java {@code null}, so an
 * unknown member whose value was {@code null} is kept as {@link #INSTANCE} and written back as
 * {@code null}.
 */
public enum JsonNull {
  /** The one JSON null. */
  INSTANCE;

  /** Returns {@code "null"}, as JSON spells it. */
  @Override
  public String toString() {
    return "null";
  }
}
